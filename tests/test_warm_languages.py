"""`--workers N` loads before the fork only the languages its batch may be read in: a batch with no Hangul loads no
Kiwi (`parallel.warm_codes`, `Pipeline.warm(codes)`, `parallel.build_tables(codes)`), and the export is the same."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from readout.ingest.sources import RawDocument
from readout.lang import languages_in
from readout.parallel import table_modules, warm_codes

ROOT = Path(__file__).resolve().parents[1]

EN_A = "The Peruvian trade minister Rosa Quispe met her Chilean counterpart in Lima on Tuesday."
EN_B = "Bolivia on Friday recalled its envoy from Asuncion after a quarrel over river tolls."
KO_A = "페루 외교장관은 10일 리마에서 칠레 외교장관과 회담하고 국경 재개방을 요청했다."


@pytest.mark.parametrize("text, codes", [
    (EN_A, {"en"}),
    ("Sao Paulo and Bogotá: ministers from Perú and Colômbia held talks.", {"en"}),  # accents are no Hangul
    ("東京で外相会談が行われた。", {"en"}),  # kana and kanji: not Korean's script
    ("", {"en"}),
    (KO_A, {"en", "ko"}),
    ("Minister Quispe said 협력 was the word of the day in Lima.", {"en", "ko"}),  # one Hangul word is enough
])
def test_the_languages_a_text_may_be_read_in(text, codes):
    assert languages_in(text) == codes


def jobs(*texts: str, html: bool = False) -> list:
    return [(RawDocument(f"d{i}", html=t) if html else RawDocument(f"d{i}", text=t), None) for i, t in enumerate(texts)]


@pytest.mark.parametrize("batch, peek, codes", [
    (jobs(EN_A, EN_B), 8, {"en"}),
    (jobs(), 8, {"en"}),  # no document: the default language alone
    (jobs(EN_A, KO_A), 8, {"en", "ko"}),
    (jobs(EN_A, f"<p>{KO_A}</p>", html=True), 8, {"en", "ko"}),  # a page's HTML is looked at too
    (jobs(EN_A, EN_B, KO_A), 2, {"en"}),  # past the peek: not loaded before the fork, still run
])
def test_the_peek_names_the_batch_s_languages_and_keeps_every_job_in_order(batch, peek, codes):
    found, rest = warm_codes(iter(batch), peek)
    assert found == codes
    assert [doc.id for doc, _stored in rest] == [doc.id for doc, _stored in batch]


def test_a_language_left_out_keeps_its_folder_s_tables_unbuilt():
    import readout.kb.loader  # noqa: F401 - imported, so their tables are candidates
    import readout.lang.en.language  # noqa: F401
    import readout.lang.ko.sentences  # noqa: F401

    english_only = {name for name, _module in table_modules({"en"})}
    every = {name for name, _module in table_modules(None)}
    assert "readout.lang.ko.sentences" in every and "readout.lang.ko.sentences" not in english_only
    assert "readout.lang.ko" in every and "readout.lang.ko" not in english_only
    assert {"readout.lang.en.language", "readout.kb.loader", "readout.lang"} <= english_only
    assert {name for name, _module in table_modules({"en", "ko"})} == every


CHILD = """
import json, sys
from readout.api import run
report = run([sys.argv[1]], db=sys.argv[2], out=sys.argv[3], progress=False, workers=2)
from readout.lang.ko import sentences
print(json.dumps({"kiwi": sentences.kiwi.cache_info().currsize, "read": report.read}))
"""


@pytest.mark.parametrize("texts, kiwi", [
    ([EN_A, EN_B], 0),  # an English batch: no Kiwi in the parent, so none in its workers
    ([EN_A, KO_A], 1),  # a Korean document: Kiwi loaded once, before the fork
    ([EN_A, EN_B] * 40, 0),  # more than the peek: the rest read on by the pool's feeding thread
])
def test_two_workers_load_kiwi_before_the_fork_only_for_a_batch_with_korean(tmp_path, texts, kiwi):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"d{i}", "published": "2026-03-10", "text": t}, ensure_ascii=False)
                              + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, str(source), str(tmp_path / "w.db"), str(tmp_path / "w.jsonl")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"kiwi": kiwi, "read": len(texts)}


@pytest.mark.parametrize("codes", [{"en"}, {"en", "ko"}, None])
def test_the_dask_plugin_warms_each_worker_with_the_batch_s_languages(codes):
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    from readout.cluster import WarmPipeline
    from readout.settings import Settings

    warmed = []

    class Pipeline:
        settings = Settings()

        def warm(self, codes=None):
            warmed.append(codes)
            return self

    plugin = WarmPipeline("test-warm-languages", Pipeline(), codes)
    try:
        plugin.setup(None)
    finally:
        plugin.teardown(None)
    assert warmed == [codes]
