"""The lean store (migration 0010, readout/store/lean.py): report rows hold what the database does not
already hold, and give back exactly the records they were written from; a database written before
the migration ends, once migrated, with the same events, export and full-text search."""
from __future__ import annotations

import json
import sqlite3
import zlib
from datetime import date

import pytest

from readout.api import extract_text
from readout.records import document_record
from readout.store import lean
from readout.store.db import Store
from readout.store.terms import search_terms
from readout.store.lean import DERIVED, Entities, compact, expand, full_event, lean_event, reason_of
from readout.store.migrations import MIGRATIONS, split_sql

KO = "정하늘 외교부 장관은 3일 서울에서 마리 뒤랑 프랑스 외무장관과 회담했다.\n두 장관은 공급망 협력을 논의했다."
EN = ("Foreign Minister Jung Ha-neul met French Foreign Minister Marie Durand in Seoul on March 3, "
      "the ministry said.\nThe two discussed supply chains.")
CALL_EN = "On March 5, Defense Minister Kim Do-yun spoke by phone with Japan's defense minister about drills."


@pytest.fixture(scope="module")
def articles():
    published = date(2025, 3, 4)
    return [extract_text(KO, "ko.txt", published), extract_text(EN, "en.txt", published),
            extract_text(CALL_EN, "call.txt", date(2025, 3, 5))]


@pytest.fixture
def conn(tmp_path):
    with Store(str(tmp_path / "r.db")) as store:
        yield store.conn


@pytest.mark.parametrize("with_document", [True, False])
def test_a_report_record_comes_back_as_written(articles, conn, with_document):
    entities = Entities(conn, 100)
    assert sum(len(a.events) for a in articles) >= 2
    for article in articles:
        for event in article.events:
            record = document_record(event, article)
            url, text = (article.url, article.text) if with_document else (None, None)
            lean = compact(record, entities, url, text)
            start, end = record["sources"][0]["start"], record["sources"][0]["end"]
            assert expand(json.loads(json.dumps(lean)), entities, article.url, article.text[start:end]) == record
            assert list(expand(lean, entities, article.url, article.text[start:end])["sources"][0]) == \
                list(record["sources"][0])  # key order kept: the export is byte-identical
            assert all(isinstance(e, int) for e in lean["actors"])
            assert (DERIVED in lean["sources"][0]) == with_document


@pytest.mark.parametrize("record", [
    {"mode": None, "sources": [{"published": "2025-03-04"}]},  # hand-built: nothing to derive
    {"sources": [{"doc": "a.txt", "url": "u", "text": "not the document's", "start": 0, "end": 3}]},
])
def test_what_the_document_does_not_give_back_is_kept(conn, record):
    entities = Entities(conn, 10)
    lean = compact(record, entities, "other", "Abc def")
    assert expand(lean, entities, "other", "Abc") == record


def test_a_merged_record_is_stored_lean_and_read_in_full(articles, tmp_path):
    with Store(str(tmp_path / "r.db")) as store:
        for article in articles:
            store.save(article)
        for event_id, stored in store.conn.execute("SELECT id, record FROM events").fetchall():
            record = store.event(event_id)
            assert DERIVED in stored and "text" not in json.loads(stored)["sources"][0]
            assert all(s["text"] for s in record["sources"])
            assert lean_event(store.conn, record) == stored and full_event(store.conn, stored) == record


# the band rows as a database before 0018 holds them: hex digests and document names (speed56)
OLD_BANDS = ("INSERT INTO main.doc_bands SELECT b.band, printf('%016x', b.hash), d.id FROM n.doc_bands b"
             " JOIN n.documents d ON d.terms_rowid = b.doc")


def old_database(path: str, new: Store, articles) -> None:
    """The database a run before migration 0010 would have written for the same documents: the
    schema up to 0009 and every row in its full form (from the new store's rows, expanded)."""
    old = sqlite3.connect(path, isolation_level=None)
    old.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, sql in MIGRATIONS[:MIGRATIONS.index(next(m for m in MIGRATIONS if m[0] == "0010_lean_store"))]:
        for statement in split_sql(sql):
            old.execute(statement)
        old.execute("INSERT INTO migrations VALUES (?, '')", (name,))
    old.execute("ATTACH DATABASE ? AS n", (new.path,))
    for table in ("persons", "aliases", "event_parties", "event_blocks", "near_duplicates"):
        old.execute(f"INSERT INTO main.{table} SELECT * FROM n.{table}")
    old.execute(OLD_BANDS)
    cols = [r[1] for r in old.execute("PRAGMA main.table_info(documents)")]
    old.execute(f"INSERT INTO main.documents SELECT {', '.join(cols)} FROM n.documents")
    old.executemany("INSERT INTO documents_fts VALUES (?, ?)", [(a.id, search_terms(a)) for a in articles])
    old.execute("INSERT INTO main.mentions SELECT d.id, m.start, m.end, m.label, m.surface, m.entity_id, m.role,"
                " m.reason FROM n.mentions m JOIN n.documents d ON d.terms_rowid = m.doc")
    cols = [r[1] for r in old.execute("PRAGMA main.table_info(events)")]
    old.execute(f"INSERT INTO main.events SELECT {', '.join(cols)} FROM n.events")
    for event_id, stored in new.conn.execute("SELECT id, record FROM events").fetchall():
        full = json.dumps(full_event(new.conn, stored), ensure_ascii=False)
        old.execute("UPDATE main.events SET record = ? WHERE id = ?", (full, event_id))
    cols = [r[1] for r in old.execute("PRAGMA main.table_info(doc_events)")]  # not the later migrations' columns
    old.execute(f"INSERT INTO main.doc_events SELECT {', '.join(cols)} FROM n.doc_events")
    for row in new.conn.execute("SELECT de.*, d.url, substr(d.text, json_extract(de.record, '$.sources[0].start') + 1,"
                                " json_extract(de.record, '$.sources[0].end') - json_extract(de.record,"
                                " '$.sources[0].start')) AS evidence FROM doc_events de JOIN documents d"
                                " ON d.id = de.doc_id").fetchall():
        full = new.writer.full_row(row)
        reason = json.dumps(reason_of(row["merge_reason"]), ensure_ascii=False)
        old.execute("UPDATE main.doc_events SET record = ?, place = ?, merge_reason = ? WHERE key = ?",
                    (json.dumps(json.loads(full["record"]), ensure_ascii=False), full["place"], reason, row["key"]))
    old.close()


def test_the_migration_keeps_every_event_and_the_export(articles, tmp_path):
    new = Store(str(tmp_path / "new.db"))
    for article in articles:
        new.save(article)
    old_path = str(tmp_path / "old.db")
    old_database(old_path, new, articles)
    assert "text" in sqlite3.connect(old_path).execute("SELECT record FROM doc_events").fetchone()[0]
    with Store(old_path) as migrated:  # opening a store applies the migrations it has not had
        assert list(migrated.events()) == list(new.events()) != []
        reports = "SELECT key, record, place, merge_reason FROM doc_events ORDER BY key"
        assert migrated.conn.execute(reports).fetchall() == new.conn.execute(reports).fetchall()
        migrated.conn.execute("UPDATE events SET dirty = 1")
        migrated.compose_dirty()  # records composed again from the migrated report rows: the same
        assert list(migrated.events()) == list(new.events())
        hits = migrated.conn.execute("SELECT d.id FROM document_terms JOIN documents d ON d.terms_rowid ="
                                     " document_terms.rowid WHERE document_terms MATCH ?", ("뒤랑",)).fetchall()
        assert [h[0] for h in hits] == ["ko.txt"]
        assert migrated.conn.execute("SELECT count(*) FROM mentions").fetchone() == \
            new.conn.execute("SELECT count(*) FROM mentions").fetchone()
    new.close()


def test_a_replaced_document_is_found_by_its_new_words_only(tmp_path):
    with Store(str(tmp_path / "r.db")) as store:
        store.save(extract_text(KO, "a.txt", date(2025, 3, 4)))
        store.save(extract_text(CALL_EN, "a.txt", date(2025, 3, 5)))  # the same document, changed

        def found(word: str) -> list[str]:
            return [r[0] for r in store.conn.execute(
                "SELECT d.id FROM document_terms JOIN documents d ON d.terms_rowid = document_terms.rowid"
                " WHERE document_terms MATCH ?", (word,))]
        assert found("뒤랑") == [] and found("drills") == ["a.txt"]
        assert store.conn.execute("SELECT count(*) FROM mentions WHERE doc NOT IN"
                                  " (SELECT terms_rowid FROM documents)").fetchone()[0] == 0


def indexed_rows(conn: sqlite3.Connection) -> dict[int, str]:
    """What the contentless full-text index holds, read from the index itself."""
    from readout.store.migrations import indexed_terms

    return dict(indexed_terms(conn, "document_terms"))


@pytest.mark.parametrize("first, second", [(KO, CALL_EN), (EN, KO), (CALL_EN, CALL_EN + "\nThe talks ended.")])
def test_a_replaced_document_s_old_terms_leave_the_index(tmp_path, first, second):
    with Store(str(tmp_path / "r.db")) as store:
        store.save(extract_text(EN, "other.txt", date(2025, 3, 4)))
        store.save(extract_text(first, "a.txt", date(2025, 3, 4)))
        replacing = extract_text(second, "a.txt", date(2025, 3, 5))
        store.save(replacing)  # the same document, changed
        rows = indexed_rows(store.conn)
        live = dict(store.conn.execute("SELECT terms_rowid, id FROM documents"))
        assert sorted(rows) == sorted(live)  # no row left for the replaced version
        number = next(n for n, doc in live.items() if doc == "a.txt")
        assert store.conn.execute("SELECT count(*) FROM document_terms_docsize").fetchone()[0] == 2
    with Store(str(tmp_path / "fresh.db")) as fresh:  # what the new version alone is indexed with
        fresh.save(replacing)
        assert list(indexed_rows(fresh.conn).values()) == [rows[number]]


def test_the_migration_deletes_terms_left_behind_and_keeps_the_others(tmp_path):
    """A database written by 0010 (no kept terms; a replaced document's terms left in the index)."""
    from readout.store.migrations import keep_document_terms

    path = str(tmp_path / "r.db")
    with Store(path) as store:
        store.save(extract_text(KO, "a.txt", date(2025, 3, 4)))
        store.save(extract_text(EN, "b.txt", date(2025, 3, 4)))
        conn = store.conn
        conn.execute("BEGIN")  # as 0010 left it: an orphan row, no terms_z column
        conn.execute("INSERT INTO document_terms (rowid, terms) VALUES (99, 'orphan words 블링컨')")
        conn.execute("ALTER TABLE documents DROP COLUMN terms_z")
        keep_document_terms(conn)
        conn.execute("COMMIT")
        assert 99 not in indexed_rows(conn)
        assert conn.execute("SELECT count(*) FROM document_terms WHERE document_terms MATCH 'orphan'").fetchone()[0] == 0
        store.save(extract_text(CALL_EN, "a.txt", date(2025, 3, 5)))  # replacing a document stored before 0012
        live = dict(conn.execute("SELECT terms_rowid, id FROM documents"))
        assert sorted(indexed_rows(conn)) == sorted(live)
        assert conn.execute("SELECT count(*) FROM document_terms WHERE document_terms MATCH '뒤랑'").fetchone()[0] == 0


@pytest.mark.parametrize("body", [
    {"kind": "person", "id": "per_x", "name": "Lee Ha-na", "names": ["Lee Ha-na", "이하나"], "country": "KOR"},
    {"name": "Geneva", "names": [], "country": "CHE", "lat": 46.2, "lon": 6.1, "precision": "city"},
    {"nested": [{"a": [1, {"b": None}]}], "flag": True},
])
def test_a_body_is_a_fresh_copy_equal_to_its_parsed_text(conn, body):
    entities = Entities(conn, 10)
    ref = entities.ref(body)
    first, second = entities.body(ref), entities.body(ref)
    assert first == second == json.loads(json.dumps(body))
    first.setdefault("names", []).append("changed")  # linking and composing mutate what they are given
    if "nested" in first:
        first["nested"][0]["a"][1]["b"] = "changed"
    assert entities.body(ref) == second == json.loads(json.dumps(body))


def test_composing_leaves_the_shared_bodies_as_stored(conn):
    """Composing reads parties and places without copying them (`Entities.shared`): the merged record
    takes the union of its reports' names in copies, so each cached body still equals its stored text."""
    from readout.records import compose_event

    entities = Entities(conn, 10)
    place = {"name": "Geneva", "names": [], "country": "CHE", "precision": "city"}
    spellings = (["Lee Ha-na"], ["이하나", "Lee Hana"])
    reports = []
    for n, names in enumerate(spellings):
        person = {"kind": "person", "id": "per_x", "name": "Lee Ha-na", "names": names, "country": "KOR"}
        reports.append({"type": "CONSULT", "mode": None, "status": "occurred", "date": "2025-03-03",
                        "date_precision": "day", "date_basis": "text", "location": entities.ref(place),
                        "actors": [entities.ref(person)], "recipients": [], "contexts": [], "topics": [],
                        "sources": [{"doc": f"{n}.txt", "start": 0, "end": 1}]})
    stored = {ref: json.loads(text) for ref, text in conn.execute("SELECT id, body FROM entity_bodies")}
    event = compose_event("ev_x", [expand(r, entities, None, None, shared=True) for r in reports])
    assert event["actors"][0]["names"] == ["Lee Ha-na", "이하나", "Lee Hana"]  # the union, in a copy
    assert all(entities.shared(ref) == body for ref, body in stored.items())


@pytest.mark.parametrize("reason", [
    {"rule": "new event", "candidates": 0},
    {"rule": "new event", "candidates": 2, "why": "undated: never merged", "refused": [{"event": "ev_1"}]},
    {"rule": "same event by evidence", "event": "ev_ab", "score": 1.3, "agreed": ["same city 서울"],
     "disagreed": [], "members": [{"with": "k1", "doc": "기사 1.txt", "date": "same day", "date_kind": "same_day"}]},
])
def test_a_packed_merge_reason_reads_back_as_written(reason):
    from readout.store.lean import dumps, pack_reason, reason_text

    packed = pack_reason(dumps(reason))
    assert isinstance(packed, bytes) and reason_of(packed) == reason
    assert reason_text(dumps(reason)) == dumps(reason)  # a reason written before packing reads as it is
    if len(dumps(reason)) > 100:
        assert len(packed) < len(dumps(reason)) / 2
    fresh = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -lean.REASON_WINDOW_BITS,
                             lean.REASON_MEMORY_LEVEL, zlib.Z_DEFAULT_STRATEGY, lean.REASON_WORDS[lean.REASON_PACKED])
    text = dumps(reason).encode("utf-8")  # a copy of the primed compressor packs as a new one does, every time
    assert packed == pack_reason(dumps(reason)) == bytes((lean.REASON_PACKED,)) + fresh.compress(text) + fresh.flush()


def test_the_reasons_migration_packs_every_reason_and_keeps_it(articles, tmp_path):
    """A database written before 0014 (reasons as JSON text) opens with every reason packed, the same."""
    path = str(tmp_path / "r.db")
    with Store(path) as store:
        for article in articles:
            store.save(article)
        rows = store.conn.execute("SELECT key, merge_reason FROM doc_events ORDER BY key").fetchall()
        store.conn.executemany("UPDATE doc_events SET merge_reason = ? WHERE key = ?",
                               [(json.dumps(reason_of(r), ensure_ascii=False), k) for k, r in rows])
        store.conn.execute("DELETE FROM migrations WHERE name = '0014_merge_reasons_packed'")
        events = list(store.events())
        assert all(isinstance(r[0], str) for r in store.conn.execute("SELECT merge_reason FROM doc_events"))
    with Store(path) as migrated:
        assert migrated.conn.execute("SELECT key, merge_reason FROM doc_events ORDER BY key").fetchall() == rows
        assert list(migrated.events()) == events != []


def test_composing_from_lean_rows_stores_what_the_full_round_trip_stores(articles, tmp_path):
    """`recompose` keeps the report rows' sources lean; the record it stores is byte for byte the one
    composed from the expanded reports (`recompose_expanded`), near-duplicate marks included."""
    copy = extract_text(EN, "en-copy.txt", date(2025, 3, 4))  # the same story again: a near-duplicate source
    with Store(str(tmp_path / "r.db")) as store:
        for article in [*articles, copy]:
            store.save(article)
        stored = {}
        for event_id, in store.conn.execute("SELECT id FROM events").fetchall():
            for compose in (store.writer.recompose, store.writer.recompose_expanded):
                compose(event_id)
                stored.setdefault(event_id, []).append(store.conn.execute(
                    "SELECT record, n_sources FROM events WHERE id = ?", (event_id,)).fetchone())
    assert any('"near_duplicate_of"' in lean[0] and DERIVED in lean[0] for lean, _full in stored.values())
    assert all(tuple(lean) == tuple(full) for lean, full in stored.values())


def test_a_new_event_is_stored_lean_without_reading_its_document_back(articles, tmp_path):
    """A founded event's record leaves out what its document gives back, taken from the document being
    stored (`event_rows.own_values`), not read again from the row just written: the same stored bytes as
    the database's values give."""
    statements: list[str] = []
    with Store(str(tmp_path / "r.db")) as store:
        store.conn.set_trace_callback(statements.append)
        for article in articles:
            store.save(article)
        store.conn.set_trace_callback(None)
        stored = [r[0] for r in store.conn.execute("SELECT record FROM events")]
        assert stored and all(lean_event(store.conn, full_event(store.conn, r)) == r for r in stored)
    assert any(DERIVED in r for r in stored)
    assert not any("json_each" in s and "sources" in s for s in statements)
