"""A report whose fit candidate another report of its own document took (store/events.py gives each record one
report of a document) founds an event, and its stored reason says so (merge_verdict.mark_taken): before, the
refused candidate showed nothing against it."""
from __future__ import annotations

from readout.store.merge_verdict import TAKEN, Verdict, mark_taken, new_event_reason


def verdict(event_id: str, ok: bool, *disagreed: str) -> Verdict:
    v = Verdict(event_id, ok, 1.0, 1.0)
    v.disagreed += list(disagreed)
    return v


def test_a_fit_candidate_taken_by_the_documents_other_report_says_so():
    reason = new_event_reason(mark_taken([verdict("ev_a", True), verdict("ev_b", False, "other target")], {"ev_a"}))
    assert reason["refused"][0]["disagreed"] == [TAKEN]
    assert reason["refused"][1]["disagreed"] == ["other target"]  # a refusal keeps its own reason, nothing added


def test_an_untaken_or_unfit_candidate_is_not_marked():
    verdicts = mark_taken([verdict("ev_a", True), verdict("ev_b", False, "date: 3 days apart")], {"ev_b"})
    assert [v.disagreed for v in verdicts] == [[], ["date: 3 days apart"]]


def test_marking_twice_adds_the_reason_once():
    v = verdict("ev_a", True)
    mark_taken(mark_taken([v], {"ev_a"}), {"ev_a"})
    assert v.disagreed == [TAKEN]
