"""A batch's report rows, blocks and mentions held to its end (store/deferred.py): every statement that could
see a held row finds it written, a ROLLBACK drops them, and a document that fails in a batch written without
savepoints has the batch written again with one per document: it alone is refused, nothing else lost or twice."""
from __future__ import annotations

import sqlite3

import pytest

from readout.errors import StorageError
from readout.store.db import SaveResult, Store
from readout.store.deferred import DEFERRED, DISCARD, DeferringConnection, UnwritableRow, checked, tables_seen
from readout.store.events import EventWriter
from tests.store.test_batches import articles
from tests.store.test_store import MEETING_EN, MEETING_KO

SEEN = [  # statement -> the deferred tables whose held rows it must find written
    ("INSERT OR REPLACE INTO doc_events VALUES (?,?)", {"doc_events"}),
    ("SELECT de.* FROM doc_events de JOIN documents d ON d.id = de.doc_id WHERE de.event_id = ?", {"doc_events"}),
    ("UPDATE mentions SET entity_id = ? WHERE doc = ?", {"mentions"}),
    ("DELETE FROM documents WHERE id = ?", {"doc_events"}),  # cascades to report rows
    ("DELETE FROM events WHERE id = ?", {"doc_events"}),  # refused while a report row names it
    ("INSERT OR REPLACE INTO documents VALUES (?)", {"doc_events"}),  # a replace deletes the old row
    ("INSERT INTO documents (id) VALUES (?)", set()),
    ("SELECT id, content_hash FROM documents WHERE id IN (?)", set()),
    ("UPDATE events SET dirty = 1 WHERE id = ? AND dirty = 0", set()),
    ("INSERT OR IGNORE INTO event_blocks SELECT type, party, date, ? FROM event_blocks", {"event_blocks"}),
    ("SELECT count(*) FROM mentions_doc_events", set()),  # a longer word is another name
    ("COMMIT", set(DEFERRED)),
    ("SAVEPOINT document", set(DEFERRED)),
    ("PRAGMA wal_checkpoint(TRUNCATE)", set(DEFERRED)),
]


@pytest.mark.parametrize("sql,tables", SEEN)
def test_a_statement_sees_the_held_rows_of_the_tables_it_could_read(sql, tables):
    assert tables_seen(sql) == tables


@pytest.mark.parametrize("sql", ["ROLLBACK", "rollback to document"])
def test_a_rollback_drops_the_held_rows(sql):
    assert tables_seen(sql) == DISCARD


@pytest.mark.parametrize("row", [("a", {"not": "bindable"}), ("a",), ("a", "b", "c"), ("a", [1])])
def test_a_row_sqlite_would_refuse_is_refused_when_held(row):
    with pytest.raises(UnwritableRow):
        checked([("ok", 1), row], 2)


def test_held_rows_are_written_in_order_before_a_reader_and_dropped_by_a_rollback():
    conn = DeferringConnection(sqlite3.connect(":memory:", isolation_level=None))
    conn.execute("CREATE TABLE mentions (doc INTEGER, surface TEXT)")
    conn.deferring = True
    conn.execute("BEGIN")
    for doc, surface in [(2, "Lisbon"), (1, "리스본"), (3, "Porto")]:
        conn.write("mentions", "INSERT INTO mentions VALUES (?,?)", [(doc, surface)])
    assert conn.raw.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0  # held
    assert [r[0] for r in conn.execute("SELECT doc FROM mentions ORDER BY rowid")] == [2, 1, 3]
    conn.write("mentions", "INSERT INTO mentions VALUES (?,?)", [(4, "포르투")])
    conn.execute("ROLLBACK")
    assert conn.held == {} and conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0


def rows_of(store: Store) -> dict[str, list]:
    """What the batch stored, as comparable rows (no clock values)."""
    q = lambda sql: sorted(tuple(r) for r in store.conn.execute(sql))  # noqa: E731
    return {"documents": q("SELECT id, content_hash FROM documents"),  # numbers skip a refused document's
            "reports": q("SELECT key, doc_id, event_id, parties FROM doc_events"),
            "blocks": q("SELECT * FROM event_blocks"),
            "mentions": q("SELECT d.id, m.start, m.end, m.label, m.entity_id FROM mentions m"
                          " JOIN documents d ON d.terms_rowid = m.doc"),
            "events": q("SELECT id, type, date, n_sources FROM events")}


def statements(store: Store) -> list[str]:
    """The statements the store's connection runs from now on (sqlite3's trace: one per execution)."""
    ran: list[str] = []
    store.conn.set_trace_callback(ran.append)
    return ran


UNRELATED = [  # three meetings of other parties: none reads another's report rows (no candidate to weigh)
    ("fr.txt", "French President Emmanuel Macron met Brazilian President Lula da Silva in Paris on Monday."),
    ("jp.txt", "일본 총리는 13일 도쿄에서 호주 총리와 회담했다."),
    ("en.txt", MEETING_EN),
]


def test_a_batch_without_failure_has_no_savepoint_and_holds_its_rows_to_the_end(tmp_path, monkeypatch):
    with Store(str(tmp_path / "r.db")) as store:
        held: dict[str, list] = {}
        real = store.flush_held

        def count_then_flush():  # what the batch's end writes: each table's rows, of every document
            held.update({t: [r for _sql, rows in groups for r in rows] for t, groups in store.conn.held.items()})
            real()

        monkeypatch.setattr(store, "flush_held", count_then_flush)
        ran = statements(store)
        results = store.save_batch(articles(*UNRELATED))
        assert all(isinstance(r, SaveResult) for r in results)
        assert not [s for s in ran if s.startswith("SAVEPOINT")]
        assert {r[1] for r in held["doc_events"]} == {doc for doc, _text in UNRELATED}
        assert len({r[0] for r in held["mentions"]}) == 3  # three documents' numbers
        assert len(held["doc_events"]) == store.conn.execute("SELECT count(*) FROM doc_events").fetchone()[0]
        assert store.conn.held == {} and not store.conn.deferring


def unwritable_report(store: Store, monkeypatch, doc_id: str) -> None:
    """The report rows of document `doc_id` carry a value sqlite3 cannot bind (a writer's slip)."""
    real = store.writer.member_row

    def slip(member, *args, **kwargs):
        row = real(member, *args, **kwargs)
        return (*row[:-1], {"measure": "slipped"}) if member.doc_id == doc_id else row

    monkeypatch.setattr(store.writer, "member_row", slip)


def refused_at_the_end(store: Store, monkeypatch, doc_id: str) -> None:
    """The report rows of `doc_id` pass the held check but break a NOT NULL column: refused only when written."""
    real = store.writer.member_row

    def slip(member, *args, **kwargs):
        row = real(member, *args, **kwargs)
        return (*row[:8], None, *row[9:]) if member.doc_id == doc_id else row  # parties NOT NULL

    monkeypatch.setattr(store.writer, "member_row", slip)


@pytest.mark.parametrize("fault", [unwritable_report, refused_at_the_end])
def test_a_bad_document_in_the_middle_of_a_batch_is_refused_alone(tmp_path, monkeypatch, fault):
    good = [("ko.txt", MEETING_KO), ("en.txt", MEETING_EN), ("copy.txt", MEETING_EN + " (Reposted)")]
    with Store(str(tmp_path / "alone.db")) as store:
        store.save_batch(articles(*good))
        store.compose_dirty()
        expected = rows_of(store)
    with Store(str(tmp_path / "r.db")) as store:
        fault(store, monkeypatch, "bad.txt")
        ran = statements(store)
        results = store.save_batch(articles(good[0], ("bad.txt", MEETING_EN), *good[1:]))
        store.compose_dirty()
        assert isinstance(results[1], StorageError) and results[1].doc == "bad.txt"
        assert [r.status for r in results if isinstance(r, SaveResult)] == ["new", "new", "new"]
        assert [s for s in ran if s.startswith("SAVEPOINT")]  # written again, a savepoint per document
        assert rows_of(store) == expected  # the others kept, each once


def test_a_writer_on_a_plain_connection_writes_at_once(tmp_path):
    with Store(str(tmp_path / "r.db")) as store:
        writer = EventWriter(store.conn.raw, store.settings)
        writer.write("mentions", "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?)",
                     [(1, 0, 4, "PERSON", "Kim", "per_x", "actor", None)])
        assert store.conn.raw.execute("SELECT count(*) FROM mentions").fetchone()[0] == 1
