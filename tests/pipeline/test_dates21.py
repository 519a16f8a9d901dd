"""The date of an act, session 20 (dates21), on our own sentences:
- Korean: a date before a quoted name or a noun and '이후/이래 N년 만' ("2019년 5월 '산마르코호' 이후 7년 만이다") dates the
  earlier case the story's act is the first since, not that act (lexicon ko `date_background_after_re`; English
  'the first since May 2019' already reads so);
- an act that took place is never dated by a day after the report, nor by a meeting still ahead ('agreed to hold
  talks next month', '다음 달 협상을 열기로 합의했다': the month is the planned talks'; pipeline/act_dates.after_report);
- a statement its own clause leaves undated is on the day its maker told of it ('said on Sunday it had lodged a
  protest'; act_dates.told_on);
- a noun act inside a statement whose verb follows it ('14일 논평을 내고 "A군의 공습에 깊은 우려를 표한다"'): a date
  before that verb's clause is the statement's, not the deed's (act_dates.judged_after)."""
from __future__ import annotations

import datetime as dt

import pytest

from readout.api import extract_text
from readout.pipeline import default_pipeline

REF = dt.date(2026, 5, 14)


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


@pytest.mark.parametrize("lang, text, date_text, background", [
    ("ko", "리비아 해군이 이탈리아 어선을 나포한 것은 2019년 5월 '산마르코호' 이후 7년 만이다.", "2019년 5월", True),
    ("ko", "가나가 토고 어민을 억류한 것은 2021년 3월 “바다의 별” 이래 5년 만이다.", "2021년 3월", True),
    ("ko", "칠레가 볼리비아와 국경 회담을 연 것은 2020년 8월 국경 회담 이후 6년 만이다.", "2020년 8월", True),
    ("en", "It was the first seizure of an Italian trawler by Libya since May 2019.", "May 2019", True),
    # negative: a quoted name after a date with no 'since' is named by the act of its own sentence
    ("ko", "칠레 해군은 지난 3월 '남십자성' 훈련을 시작했다.", "지난 3월", False),
    ("ko", "케냐 정부는 2026년 5월 10일 '평화의 길' 협정에 서명했다.", "2026년 5월 10일", False),
])
def test_the_case_an_act_is_the_first_since_is_background(pipeline, lang, text, date_text, background):
    found = [d for d in pipeline.language(lang).find_dates(text, 0, REF) if text[d.span.start:d.span.end] == date_text]
    assert found and found[0].background is background


def dates_of(text: str, published: str, kind: str) -> list[str]:
    return [str(e.date) for e in extract_text(text, published=published).events if e.type == kind]


@pytest.mark.parametrize("text, expected", [
    ("리비아 해군은 12일 이탈리아 어선을 나포했다. 리비아가 이탈리아 어선을 나포한 것은 2019년 5월 '산마르코호' 이후 "
     "7년 만이다.", {"2026-05-12"}),
    # negative: a quoted name after a date with no 'since' leaves the date to the act
    ("리비아 해군은 지난달 10일 '산마르코호'를 나포했다.", {"2026-04-10"}),
])
def test_ko_an_act_first_since_an_old_case_is_not_dated_by_it(text, expected):
    assert set(dates_of(text, "2026-05-14", "COERCE")) == expected


@pytest.mark.parametrize("text, published, kind, expected", [
    ("케냐와 탄자니아는 다음 달 국경 회담을 열기로 합의했다.", "2026-01-22", "AGREE", "2026-01-22"),
    ("칠레와 페루는 14일 내달 어업 협상을 재개하기로 합의했다.", "2026-05-14", "AGREE", "2026-05-14"),
    ("케냐 대통령과 탄자니아 대통령은 21일 회담하고 다음 달 국경 협상을 열기로 합의했다.", "2026-01-22", "AGREE",
     "2026-01-21"),
    ("Kenya and Tanzania agreed to hold border talks next month.", "2026-01-22", "AGREE", "2026-01-22"),
    ("Chile and Peru agreed on Tuesday to resume fishing talks next month.", "2026-05-14", "AGREE", "2026-05-12"),
    # negative: the planned talks keep the month ahead
    ("케냐와 탄자니아는 다음 달 국경 회담을 열기로 합의했다.", "2026-01-22", "CONSULT", "2026-02-01"),
    ("Kenya and Tanzania agreed to hold border talks next month.", "2026-01-22", "CONSULT", "2026-02-01"),
])
def test_an_agreement_is_not_dated_by_the_plan_it_makes(text, published, kind, expected):
    assert dates_of(text, published, kind) == [expected]


STORY = "Chile on Monday dismissed Bolivia's complaint about a navy patrol. The Chilean patrol boat sailed along the " \
    "border on Saturday. "


@pytest.mark.parametrize("text, kind, expected", [
    (STORY + "Bolivia's Foreign Ministry said on Sunday it had lodged a protest with Chile.", "ACCUSE", ["2026-09-13"]),
    # 'the same evening' after it is that day
    (STORY + "Bolivia's Foreign Ministry said on Sunday it had lodged a protest with Chile. The Bolivian Embassy issued "
     "its own statement the same evening, warning Chile against any further provocation.", "THREATEN",
     ["2026-09-13"]),
    # negative: a statement its own clause dates keeps that day
    (STORY + "Bolivia's Foreign Ministry said on Sunday it had lodged a protest with Chile on Friday.", "ACCUSE", ["2026-09-11"]),
    # negative: a material deed told in the report is not dated by the telling
    (STORY + "Bolivia's navy said on Sunday it had seized a Chilean fishing boat.", "COERCE", ["2026-09-12"]),
])
def test_en_a_statement_told_by_its_maker_is_on_the_day_told(text, kind, expected):
    assert dates_of(text, "2026-09-14", kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    # a noun act inside a statement whose verb follows it: the date before that verb's clause is the statement's
    ("우간다군은 12일 국경 마을을 공습했다. 케냐 외교부는 14일 논평을 내고 \"국경 마을에 대한 우간다군의 공습에 깊은 우려를 "
     "표한다\"고 밝혔다.", "ASSAULT", ["2026-05-12"]),
    ("차드군은 11일 국경 검문소를 포격했다. 수단 정부는 14일 성명을 내고 \"차드군의 포격에 강력히 항의한다\"고 밝혔다.",
     "ASSAULT", ["2026-05-11"]),
    # negative: the statement keeps its day
    ("우간다군은 12일 국경 마을을 공습했다. 케냐 외교부는 14일 논평을 내고 \"국경 마을에 대한 우간다군의 공습에 깊은 우려를 "
     "표한다\"고 밝혔다.", "ACCUSE", ["2026-05-14"]),
    # negative: English judges after its verb; the deed's own day stays
    ("Kenya on Thursday condemned Uganda's air strike on a border village on Monday.", "ASSAULT", ["2026-05-11"]),
])
def test_a_noun_act_judged_by_a_later_verb_is_not_dated_by_the_statement(text, kind, expected):
    assert dates_of(text, "2026-05-14", kind) == expected
