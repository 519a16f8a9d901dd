"""The per-document time budget works where extraction runs: worker processes and a Dask cluster,
not only the main thread (SIGALRM would not). A document past its budget is rejected alone."""
from __future__ import annotations

import json

import pytest

from readout.api import run
from readout.settings import SETTINGS

GOOD_EN = "U.S. Secretary of State Antony Blinken met South Korean Foreign Minister Park Jin on Monday in Seoul."


def inputs(folder):
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "z-good.txt").write_text(GOOD_EN.replace("Monday", "Tuesday"), encoding="utf-8")
    soup = " ".join(GOOD_EN.rstrip(".").split() * 6000)  # about 600k characters without a full stop
    (folder / "feed.jsonl").write_text(json.dumps({"id": "soup", "text": soup}) + "\n", encoding="utf-8")
    return folder


# one Dask worker: tasks run in its thread pool (where SIGALRM cannot reach) in submission order, so the
# first document (which also loads the models, with `model_load_seconds` more) is a good one
@pytest.mark.parametrize("engine,workers", [("local", 1), ("local", 2), ("dask", 1)])
def test_a_document_past_its_budget_is_rejected_by_every_engine(tmp_path, engine, workers):
    if engine == "dask":
        pytest.importorskip("distributed", reason="dask.distributed is not installed")
    tight = SETTINGS.replace(document_seconds=0.5)  # travels with the pipeline to every worker
    report = run([str(inputs(tmp_path / "in"))], db=str(tmp_path / "r.db"), progress=False, workers=workers,
                 engine=engine, settings=tight)
    assert [(r.doc, r.code) for r in report.rejected] == [("soup", "time_budget")]
    assert report.new == 2 and report.events_found >= 2
