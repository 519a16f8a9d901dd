"""Every line of every document asks each language's line rules (boilerplate lines, labeled and full dates), but only
a language a document is read in builds its readers: Korean answers an English-only run's lines from its light
module (`lang/ko/lines.py`, `Languages.line_rules`), so such a run imports no Korean reader and no Kiwi."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from readout.lang import Languages
from readout.lang.ko.lines import KoreanLines
from readout.model import Article
from readout.pipeline import default_pipeline
from readout.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[2]
LIGHT = {"readout.lang.ko", "readout.lang.ko.lines"}

EN_DOC = ("Ministers of Norway and Chile met in Oslo\n"
          "The Norwegian foreign minister Ola Brekke met his Chilean counterpart in Oslo on Tuesday.\n"
          "The two agreed to open a consulate in Valparaiso next year.\n")
KO_DOC = ("노르웨이 외교장관, 칠레 외교장관과 오슬로서 회담\n"
          "노르웨이 외교장관은 10일 오슬로에서 칠레 외교장관과 회담하고 영사관 개설에 합의했다.\n")


def korean_modules_after_run(text: str, tmp_path) -> set[str]:
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    script = ("import runpy, sys\n"
              f"sys.argv = ['readout', 'run', {str(doc)!r}, '--db', 'x.db', '--out', 'x.jsonl', '--quiet']\n"
              "try:\n    runpy.run_module('readout.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
              "print(sorted(m for m in sys.modules if m.startswith(('readout.lang.ko', 'kiwipiepy'))))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=True)
    return set(eval(out.stdout.strip().splitlines()[-1]))


def test_an_english_run_imports_only_korean_s_light_line_rules(tmp_path):
    assert korean_modules_after_run(EN_DOC, tmp_path) <= LIGHT


def test_a_korean_document_still_builds_the_korean_readers(tmp_path):
    found = korean_modules_after_run(KO_DOC, tmp_path)
    assert "readout.lang.ko.language" in found and "kiwipiepy" in found


LINES = [
    "페이스북", "트위터", "많이 본 기사", "무단 전재 및 재배포 금지", "기사입력 2031.04.12 09:30", "입력 2031-04-12",
    "Share on Facebook", "reporter@example.com",
    # negatives: content lines of either language, a date in a sentence
    "노르웨이 외교장관은 오슬로에서 칠레 외교장관과 회담했다.", "The ministers met in Oslo on 2031.04.12 to sign a deal.",
    "Published 2031.04.12", "발행 2031년 4월 12일", "",
]


@pytest.mark.parametrize("line", LINES)
def test_the_light_rules_answer_as_the_korean_language_does(line):
    light = KoreanLines(SETTINGS.language("ko"))
    full = default_pipeline().language("ko")
    assert light.boilerplate_line(line) == full.boilerplate_line(line)
    assert light.labeled_dates(line) == full.labeled_dates(line)
    assert light.full_date(line) == full.full_date(line)


@pytest.mark.parametrize("text, expected", [
    ("기사입력 2031.04.12 09:30", [date(2031, 4, 12)]),
    ("등록 2031-11-02", [date(2031, 11, 2)]),
    ("The ministers met in Oslo on 2031.04.12.", []),  # no label: no publication date
    ("기사입력 오늘 아침", []),  # a label with no full date after it
])
def test_the_light_rules_find_labeled_dates(text, expected):
    assert KoreanLines(SETTINGS.language("ko")).labeled_dates(text) == expected


def test_line_rules_build_no_language_not_asked_for():
    pipeline = default_pipeline()
    langs = Languages(pipeline.settings, pipeline.knowledge)
    rules = langs.line_rules()
    assert [type(r).__name__ for r in rules] == ["KoreanLines", "English"]
    assert set(langs.built) == {"en"}
    langs["ko"]  # built once asked: its own rules answer from then on
    assert [type(r).__name__ for r in langs.line_rules()] == ["Korean", "English"]


def test_line_rules_are_kept_until_a_language_is_built():
    pipeline = default_pipeline()
    langs = Languages(pipeline.settings, pipeline.knowledge)
    first = langs.line_rules()
    assert langs.line_rules() is first  # asked of every line: made once
    langs["en"]  # already built: the kept list still answers
    assert langs.line_rules() is first
    langs["ko"]  # built later: the list is made again with the built language
    again = langs.line_rules()
    assert again is not first and type(again[0]).__name__ == "Korean"
    assert langs.line_rules() is again


def test_an_english_document_s_korean_stamp_still_dates_it():
    pipeline = default_pipeline()
    article = pipeline(Article("stamp", "입력 2031.04.12\nThe Norwegian foreign minister met his Chilean counterpart "
                                        "in Oslo on Tuesday.\n"))
    assert article.reference_date == date(2031, 4, 12)
