"""A run's knowledge (knowledge base + learned aliases) is loaded when the first document to extract reads it: a rerun
whose documents are all unchanged extracts none and reads no knowledge base, and a pipeline sent to another process
carries the loaded value, not its loader."""
from __future__ import annotations

import pickle

import pytest

from readout import api
from readout.kb.knowledge import Knowledge
from readout.pipeline import default_pipeline

TEXT = "The foreign minister of Norway met the foreign minister of Chile in Oslo on Tuesday.\n"


def counted_loads(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = Knowledge.load.__func__

    def load(cls, learned=None):
        calls.append(1)
        return real(cls, learned)

    monkeypatch.setattr(Knowledge, "load", classmethod(load))
    return calls


def test_a_loader_is_called_when_the_knowledge_is_first_read_and_once():
    calls: list[int] = []
    pipeline = default_pipeline(knowledge=lambda: calls.append(1) or Knowledge.load())
    assert calls == []
    assert pipeline.knowledge is pipeline.knowledge and calls == [1]


def test_a_value_given_is_the_pipeline_s_knowledge():
    knowledge = Knowledge.load()
    assert default_pipeline(knowledge=knowledge).knowledge is knowledge


def test_a_pickled_pipeline_carries_the_loaded_knowledge_not_its_loader():
    unpicklable = lambda: Knowledge.load()  # noqa: E731 - a closure over a database, as api.run's
    copy = pickle.loads(pickle.dumps(default_pipeline(knowledge=unpicklable)))
    assert isinstance(copy.__dict__["knowledge"], Knowledge) and "_load_knowledge" not in copy.__dict__


@pytest.mark.parametrize("changed, loads", [(False, 0), (True, 1)])
def test_a_rerun_of_unchanged_documents_loads_no_knowledge(tmp_path, monkeypatch, changed, loads):
    doc = tmp_path / "in" / "meeting.txt"
    doc.parent.mkdir()
    doc.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "run.db")
    first = api.run([str(doc.parent)], db=db, out=str(tmp_path / "first.jsonl"), progress=False)
    if changed:
        doc.write_text(TEXT + "The two ministers also signed a fisheries agreement.\n", encoding="utf-8")
    calls = counted_loads(monkeypatch)
    again = api.run([str(doc.parent)], db=db, out=str(tmp_path / "again.jsonl"), progress=False)
    assert len(calls) == loads and again.unchanged == (0 if changed else 1) and first.exported
    if not changed:
        assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "first.jsonl").read_bytes()
