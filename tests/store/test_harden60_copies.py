"""(harden60, issue 20) A copy of a wire story with another header (every offset shifted) makes its report rows from
its original's rows (`copies.shifted_lean`), not afresh with `lean.compact`: the same text, key for key; and a copy
whose original's reports sit in one record since an absorption joins that record with each, as its original does.
Our own invented stories (tests/store/test_speed59_copies.py's), in English and in Korean."""
from __future__ import annotations

import sqlite3

import pytest

from readout.settings import Settings
from readout.store import events as event_store
from readout.store.copies import shifted_lean
from readout.store.db import Store
from readout.store.lean import reason_of
from tests.store.test_speed59_copies import story, stored
from tests.store.test_speed59b_stored_copies import headed

LEANS = [  # (why, the original row's lean JSON, the copy's record, its text, the shift, the row it gets, or None)
    ("its own id and offsets; evidence dropped as its text holds it",
     '{"id":"ev_a","type":"CONSULT","actors":[3],"sources":[{"doc":"a","lang":"en","start":0,"end":5,"~":"t"}]}',
     {"id": "ev_b", "type": "CONSULT", "actors": [{"id": "EST"}],
      "sources": [{"doc": "b", "lang": "en", "text": "Talks", "start": 7, "end": 12}]}, "Head.\n\nTalks end.", 7,
     '{"id":"ev_b","type":"CONSULT","actors":[3],"sources":[{"doc":"b","lang":"en","start":7,"end":12,"~":"t"}]}'),
    ("evidence kept in both, its spans shifted",
     '{"id":"ev_a","type":"ACCUSE","sources":[{"doc":"a","text":"규탄했다","start":0,"end":4,'
     '"evidence":[{"start":0,"end":2}]}]}',
     {"id": "ev_b", "type": "ACCUSE", "sources": [{"doc": "b", "text": "규탄했다", "start": 3, "end": 7,
                                                  "evidence": [{"start": 3, "end": 5}]}]}, "머리말 규탄", 3,
     '{"id":"ev_b","type":"ACCUSE","sources":[{"doc":"b","text":"규탄했다","start":3,"end":7,'
     '"evidence":[{"start":3,"end":5}]}]}'),
    ("the original dropped evidence its copy's text does not hold: made afresh",
     '{"id":"ev_a","sources":[{"doc":"a","start":0,"end":5,"~":"t"}]}',
     {"id": "ev_b", "sources": [{"doc": "b", "text": "Talks", "start": 2, "end": 7}]}, "..Tulks", 2, None),
    ("a url of its own kept: made afresh", '{"id":"ev_a","sources":[{"doc":"a","url":"u1","start":0}]}',
     {"id": "ev_b", "sources": [{"doc": "b", "url": "u2", "start": 4}]}, None, 4, None),
    ("the original's id not found: made afresh", '{"id":"ev_z","sources":[{"doc":"a","start":0}]}',
     {"id": "ev_b", "sources": [{"doc": "b", "start": 4}]}, None, 4, None),
]


@pytest.mark.parametrize("why, original, record, text, shift, want", LEANS, ids=[row[0] for row in LEANS])
def test_a_shifted_copy_row_is_its_originals_with_its_own_sources(why, original, record, text, shift, want):
    assert shifted_lean(original, "a", "a", record, None, text, shift) == want


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("runs", [1, 2])
def test_a_shifted_copy_makes_no_row_afresh_and_its_rows_are_what_weighing_makes(tmp_path, monkeypatch, lang, runs):
    docs = [story(lang, 0), headed(lang, 1)]
    _w, weighed = stored(str(tmp_path / "w.db"), docs, weigh_all=True, monkeypatch=monkeypatch)
    path = str(tmp_path / "h.db")
    stored(path, docs[:1]) if runs == 2 else None
    made: list[str | None] = []
    afresh: list[dict] = []
    real_shifted, real_compact = event_store.shifted_lean, event_store.compact
    monkeypatch.setattr(event_store, "shifted_lean", lambda *a: made.append(real_shifted(*a)) or made[-1])
    monkeypatch.setattr(event_store, "compact", lambda record, *a: afresh.append(record) or real_compact(record, *a))
    stored(path, docs if runs == 1 else docs[1:])
    monkeypatch.undo()
    _r, got = stored(path, [])
    assert made and all(made), made  # every row of the copy from its original's
    assert not [r for r in afresh if any(s.get("doc") == docs[1].id for s in r.get("sources", ()))]
    assert got["rows"] == weighed["rows"]


def records_of(conn: sqlite3.Connection, doc_id: str) -> list[str]:
    return [e for (e,) in conn.execute("SELECT event_id FROM doc_events WHERE doc_id = ? ORDER BY rowid", (doc_id,))]


@pytest.mark.parametrize("runs", [1, 2])
def test_a_copy_whose_original_sits_twice_in_one_record_joins_it_twice(tmp_path, runs):
    """The original's first two reports (one act read twice) in one record since an absorption: the copy's join it
    both, as the original's are, no row lost or doubled and no record founded (weighing would found one for the
    second, `taken`, beside the record the store already holds for the act)."""
    original, copy = story("en", 0), story("en", 1)
    path = str(tmp_path / "a.db")
    with Store(path, settings=Settings()) as store:
        store.save_batch([original])
        first, second = records_of(store.conn, original.id)[:2]
        assert first != second
        store.writer.absorb(first, second)
        store.conn.commit() if store.conn.in_transaction else None
        if runs == 1:
            store.save_batch([copy])
        store.compose_dirty()
    if runs == 2:
        with Store(path, settings=Settings()) as store:
            store.save_batch([copy])
            store.compose_dirty()
    conn = sqlite3.connect(path)
    theirs, mine = records_of(conn, original.id), records_of(conn, copy.id)
    assert mine == theirs and mine[:2] == [first, first]
    assert conn.execute("SELECT count(*) FROM events WHERE id = ?", (second,)).fetchone()[0] == 0
    events = {e for (e,) in conn.execute("SELECT id FROM events")}
    assert set(mine) <= events and len(events) == len(set(theirs))
    reasons = [reason_of(r) for (r,) in conn.execute("SELECT merge_reason FROM doc_events WHERE doc_id = ?",
                                                      (copy.id,))]
    assert len(reasons) == len(theirs) and all(r["rule"].startswith(f"copy of {original.id}") for r in reasons)
    conn.close()


def test_a_source_without_a_document_is_made_afresh():
    assert shifted_lean('{"id":"ev_a","sources":[{"doc":"a","start":0}]}', "a", "a",
                        {"id": "ev_b", "sources": [{"start": 4}]}, None, None, 4) is None
