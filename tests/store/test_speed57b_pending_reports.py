"""A batch's report rows are written once per batch (`event_rows.PendingReports`), settled before any statement
that reads or changes `doc_events`: the table ends the same, row numbers included, as when each document wrote its
own; a document that fails after the earlier documents' rows were written inside its savepoint loses none of them.

Our own stories (towns, people and days outside every tuned set), in both languages, each told by several outlets,
one story told again under the same id in the batch (a replaced document)."""
from __future__ import annotations

import sqlite3

import pytest

from readout.api import extract_text
from readout.errors import StorageError
from readout.settings import Settings
from readout.store.db import Store
from readout.store.event_rows import REPORT_INSERT, PendingReports
from readout.store.events import EventWriter
from readout.store.migrations import migrate

STORIES = [
    ("2024-05-07", "Kenyan Foreign Minister Musalia Mudavadi met Chilean Foreign Minister Alberto van Klaveren "
                   "in Mombasa on Tuesday. The two ministers discussed copper prices."),
    ("2024-05-07", "Chilean Foreign Minister Alberto van Klaveren held talks with Kenyan Foreign Minister Musalia "
                   "Mudavadi in Mombasa on Tuesday, officials said."),
    ("2024-05-08", "알베르토 반 클라베렌 칠레 외교장관은 7일 몸바사에서 케냐 외교장관과 회담했다."),
    ("2024-05-09", "Estonia condemned Georgia's detention of opposition leaders on Thursday."),
    ("2024-05-09", "에스토니아는 9일 조지아의 야당 지도자 구금을 규탄했다."),
]


def articles(copies: int = 2) -> list:
    """Each story `copies` times under its own id, and the first story once more under the first id (a document
    replaced inside its batch)."""
    docs = [extract_text(text + f"\n\n(outlet {n})", doc_id=f"t{i}-outlet{n}", published=day)
            for n in range(copies) for i, (day, text) in enumerate(STORIES)]
    day, text = STORIES[0]
    return docs + [extract_text(text + "\n\n(outlet 0, corrected)", doc_id="t0-outlet0", published=day)]


def report_rows(db: str) -> list:
    """`doc_events` as stored, with SQLite's row numbers (what `members_of` orders by)."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT rowid, * FROM doc_events ORDER BY rowid").fetchall()
    finally:
        conn.close()


def stored(path: str, docs: list, batch: int) -> tuple[list, list]:
    with Store(path, settings=Settings()) as store:
        results = []
        for start in range(0, len(docs), batch):
            results += store.save_batch(docs[start:start + batch])
        store.compose_dirty()
        events = list(store.events())
    return results, events


def test_rows_written_per_batch_are_the_rows_written_per_document(tmp_path, monkeypatch):
    """The old writing (each document's rows at once) kept in the test, against the pending rows: the same table,
    row numbers included, and the same export."""
    new = stored(str(tmp_path / "batch.db"), articles(), 100)
    real = EventWriter.write_members

    def at_once(writer, rows, blocks):
        real(writer, rows, blocks)
        writer.settle()

    monkeypatch.setattr(EventWriter, "write_members", at_once)
    old = stored(str(tmp_path / "each.db"), articles(), 100)
    monkeypatch.undo()
    assert new[1] == old[1]
    assert report_rows(str(tmp_path / "batch.db")) == report_rows(str(tmp_path / "each.db"))
    assert len(report_rows(str(tmp_path / "batch.db"))) >= 8
    assert any(len(e["sources"]) >= 3 for e in new[1])  # the outlets merged: members were read back


def test_a_document_failing_after_earlier_rows_were_written_loses_none_of_them(tmp_path, monkeypatch):
    """The earlier documents' rows written inside the failing document's savepoint (it read `doc_events`) come back
    to pending when that savepoint is rolled back; the failed document's rows are gone."""
    docs = articles()[:-1]
    bad = docs[len(docs) // 2].id
    real = EventWriter.insert

    def failing(writer, article):
        if article.id != bad:
            return real(writer, article)
        assert writer.pending.rows  # the earlier documents' rows are pending here
        writer.settle()  # written inside this document's savepoint
        real(writer, article)
        raise sqlite3.IntegrityError("simulated refusal after the rows were written")

    monkeypatch.setattr(EventWriter, "insert", failing)
    results, got = stored(str(tmp_path / "mid.db"), docs, 100)
    monkeypatch.undo()
    (refused,) = [r for r in results if isinstance(r, StorageError)]
    assert refused.doc == bad
    others = [d for d in articles()[:-1] if d.id != bad]
    _results, expected = stored(str(tmp_path / "without.db"), others, 1)
    assert got == expected
    kept = [row[1:] for row in report_rows(str(tmp_path / "mid.db"))]
    assert kept == [row[1:] for row in report_rows(str(tmp_path / "without.db"))]
    assert bad not in {row[1] for row in kept} and len({row[1] for row in kept}) >= len(others) - 2


def table(conn: sqlite3.Connection) -> list:
    return [r[0] for r in conn.execute("SELECT key FROM doc_events ORDER BY rowid")]


def row(key: str, doc: str) -> tuple:
    return (key, doc, "CONSULT", "2024-05-07", "day", "text", 0, None, "[]", "[]", "{}", "ev_1", b"", None, None)


@pytest.fixture
def conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    migrate(conn)
    conn.execute("PRAGMA foreign_keys = OFF")  # the rows alone: no documents or events behind them
    return conn


CASES = [  # (why, settle inside the second document?, roll it back?, keys written after the batch settles)
    ("no statement read the table: all written at the end", False, False, ["a1", "a2", "b1"]),
    ("written inside the second document, which is kept", True, False, ["a1", "a2", "b1"]),
    ("second document rolled back, nothing written yet: its rows dropped", False, True, ["a1", "a2"]),
    ("second document rolled back after writing the first's rows: the first's come back", True, True, ["a1", "a2"]),
]


@pytest.mark.parametrize("why, settle_inside, roll_back, keys", CASES, ids=[c[0] for c in CASES])
def test_pending_rows_follow_the_savepoints(conn, why, settle_inside, roll_back, keys):
    pending = PendingReports()
    conn.execute("SAVEPOINT document")
    pending.begin()
    pending.add([row("a1", "d1"), row("a2", "d1")])
    conn.execute("RELEASE document")
    conn.execute("SAVEPOINT document")
    pending.begin()
    if settle_inside:
        pending.settle(conn)
        assert table(conn) == ["a1", "a2"] and not pending.rows
    pending.add([row("b1", "d2")])
    if roll_back:
        conn.execute("ROLLBACK TO document")
        pending.undo()
    conn.execute("RELEASE document")
    pending.settle(conn)
    assert table(conn) == keys and not pending.rows


def test_pending_rows_settle_with_the_insert_statement(conn):
    pending = PendingReports()
    pending.add([row("a1", "d1")])
    pending.settle(conn)
    pending.settle(conn)  # nothing pending: no statement
    conn.executemany(REPORT_INSERT, [row("a1", "d1")])  # the same statement: the row replaced, not doubled
    assert table(conn) == ["a1"]
    pending.add([row("a2", "d1")])
    pending.clear()
    pending.settle(conn)
    assert table(conn) == ["a1"]
