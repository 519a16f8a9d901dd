"""Named, transactional migrations (sqlite-utils style): each runs once, inside its own transaction,
and is recorded in `migrations` with the time it ran. New schema changes are appended, never edited."""
from __future__ import annotations

import itertools
import json
import sqlite3
import zlib
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Callable, Iterator, Union
from readout.store.lean import compact, dumps, Entities, lean_event, pack_reason


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error (the connection is in autocommit mode)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")

Step = Union[str, Callable[[sqlite3.Connection], None]]  # SQL statements, or a function for row rewrites

MIGRATIONS: list[tuple[str, Step]] = [
    ("0001_documents", """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,             -- file name or JSONL id: what sources[].doc names
            content_hash TEXT NOT NULL,      -- sha256 of text and metadata: unchanged input is skipped
            url TEXT, source TEXT, title TEXT, path TEXT,
            published TEXT, published_basis TEXT, reference_date TEXT,
            languages TEXT NOT NULL,         -- JSON list of the language segments' labels
            segments TEXT NOT NULL,          -- JSON [[start, end, lang], ...]
            text TEXT NOT NULL,              -- the stored text that every offset points into
            boilerplate TEXT NOT NULL,       -- JSON [[start, end], ...]: kept, but not read for events
            ingested_at TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, terms, tokenize = 'unicode61');
    """),
    ("0002_mentions_persons", """
        CREATE TABLE mentions (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, end INTEGER NOT NULL, label TEXT NOT NULL,
            surface TEXT, entity_id TEXT, role TEXT, reason TEXT
        );
        CREATE INDEX mentions_doc ON mentions(doc_id);
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE TABLE persons (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, names TEXT NOT NULL, country TEXT,
            sector TEXT, office TEXT, origin TEXT NOT NULL      -- kb | document
        );
        CREATE TABLE aliases (
            form TEXT PRIMARY KEY,           -- normalized name form
            person_id TEXT NOT NULL, written TEXT NOT NULL,
            doc_id TEXT, reason TEXT NOT NULL -- the evidence: which document paired the forms
        );
    """),
    ("0003_events", """
        CREATE TABLE events (
            id TEXT PRIMARY KEY,             -- stable: the first member's key, kept as sources arrive
            type TEXT NOT NULL, date TEXT, date_precision TEXT,
            record TEXT NOT NULL,            -- the exported JSON record
            n_sources INTEGER NOT NULL, updated_at TEXT NOT NULL
        );
        CREATE INDEX events_type_date ON events(type, date);
        CREATE TABLE doc_events (
            key TEXT PRIMARY KEY,            -- content hash of (document, type, parties, date, evidence)
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type TEXT NOT NULL, date TEXT, date_precision TEXT, date_basis TEXT, local_time INTEGER,
            place TEXT, parties TEXT NOT NULL, recipients TEXT NOT NULL,
            record TEXT NOT NULL,            -- this document's record of the event
            event_id TEXT NOT NULL REFERENCES events(id),
            merge_reason TEXT NOT NULL       -- JSON: why it joined (or founded) its event
        );
        CREATE INDEX doc_events_doc ON doc_events(doc_id);
        CREATE INDEX doc_events_event ON doc_events(event_id);
        CREATE INDEX doc_events_block ON doc_events(type, date);
    """),
    ("0004_near_duplicates", """
        CREATE TABLE doc_bands (band INTEGER NOT NULL, hash TEXT NOT NULL, doc_id TEXT NOT NULL
                                REFERENCES documents(id) ON DELETE CASCADE);
        CREATE INDEX doc_bands_lookup ON doc_bands(band, hash);
        CREATE TABLE near_duplicates (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            duplicate_of TEXT NOT NULL, similarity REAL NOT NULL, PRIMARY KEY (doc_id, duplicate_of)
        );
        ALTER TABLE documents ADD COLUMN minhash TEXT;
    """),
    ("0005_event_query_index", """
        ALTER TABLE events ADD COLUMN mode TEXT;
        ALTER TABLE events ADD COLUMN status TEXT;
        ALTER TABLE events ADD COLUMN place TEXT;
        ALTER TABLE events ADD COLUMN place_country TEXT;
        CREATE TABLE event_parties (      -- who is on which side of an event: the API's filters use it
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, country TEXT,
            side TEXT NOT NULL                -- actor | recipient
        );
        CREATE INDEX event_parties_entity ON event_parties(entity_id, event_id);
        CREATE INDEX event_parties_country ON event_parties(country, event_id);
        CREATE INDEX event_parties_event ON event_parties(event_id);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_status ON events(status);
    """),
    ("0006_merge_blocking_by_party", """
        CREATE TABLE doc_event_parties (  -- merge candidates share a party within the date window
            key TEXT NOT NULL REFERENCES doc_events(key) ON DELETE CASCADE,
            type TEXT NOT NULL, party TEXT NOT NULL, date TEXT, event_id TEXT NOT NULL, doc_id TEXT NOT NULL
        );
        CREATE INDEX doc_event_parties_block ON doc_event_parties(type, party, date);
        CREATE INDEX doc_event_parties_key ON doc_event_parties(key);
        INSERT INTO doc_event_parties
            SELECT de.key, de.type, p.value, de.date, de.event_id, de.doc_id FROM doc_events de, json_each(de.parties) p;
    """),
    ("0007_deferred_compose_covering_block", """
        ALTER TABLE events ADD COLUMN dirty INTEGER NOT NULL DEFAULT 0;  -- members changed since composed
        CREATE INDEX events_dirty ON events(dirty) WHERE dirty = 1;
        DROP INDEX doc_event_parties_block;  -- now covering: merge candidates come from the index alone
        CREATE INDEX doc_event_parties_window ON doc_event_parties(type, party, date, event_id, doc_id);
    """),
    ("0008_event_blocks", """
        CREATE TABLE event_blocks (       -- merge candidates: one row per event, party and date, not per report
            type TEXT NOT NULL, party TEXT NOT NULL, date TEXT NOT NULL, event_id TEXT NOT NULL,
            PRIMARY KEY (type, party, date, event_id)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO event_blocks
            SELECT type, party, date, event_id FROM doc_event_parties WHERE date IS NOT NULL;
        DROP TABLE doc_event_parties;
    """),
    ("0009_watch_state", """
        CREATE TABLE watch_feeds (         -- feeds `readout watch` polls, with their HTTP validators
            url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, last_polled TEXT,
            failures INTEGER NOT NULL DEFAULT 0,   -- polls failed in a row
            last_error TEXT,
            listed INTEGER NOT NULL DEFAULT 0,     -- 1: kept by `readout feeds add` (polled when none are named)
            added_at TEXT NOT NULL
        );
        CREATE TABLE watch_seen (          -- article addresses (canonical) done with: never fetched again
            url TEXT PRIMARY KEY, feed TEXT, status TEXT NOT NULL,  -- stored | unchanged | rejected | forbidden | failed
            reason TEXT, seen_at TEXT NOT NULL
        );
        CREATE TABLE watch_failures (      -- fetches that failed, with the reason; retried until given up
            url TEXT PRIMARY KEY, feed TEXT, link TEXT NOT NULL, title TEXT, published TEXT,
            reason TEXT NOT NULL, attempts INTEGER NOT NULL, given_up INTEGER NOT NULL DEFAULT 0,
            failed_at TEXT NOT NULL
        );
    """),
]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this database has not had yet; return their names."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        with transaction(conn):  # one transaction per migration: all of it or none
            if callable(sql):
                sql(conn)
            else:
                for statement in split_sql(sql):
                    conn.execute(statement)
            conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, datetime.now(timezone.utc).isoformat()))
        applied.append(name)
    return applied


def lean_store(conn: sqlite3.Connection) -> None:
    """0010: report rows reference parties and places by id (`entity_bodies`) and drop the source
    fields the document row holds (store/lean.py); merge reasons are written without spaces; the
    full-text index becomes contentless (its terms are not stored twice), keyed by a
    `documents.terms_rowid` that is never reused, because a contentless index cannot forget a
    replaced document's terms: they stay, pointing at no document. Mentions name their document by
    that number too (a name per mention and in its index was a tenth of the database). Indexes no query uses are dropped
    (tests/store/test_query_plans.py checks which each query uses). Every event and the export are
    unchanged: only how report rows are written changes."""
    for statement in split_sql(LEAN_SCHEMA):
        conn.execute(statement)
    entities = Entities(conn, 1 << 16)
    for rowid, record, reason, place, url, text in chunks(
            conn, "SELECT de.rowid, de.record, de.merge_reason, de.place, d.url, d.text FROM doc_events de"
                  " JOIN documents d ON d.id = de.doc_id WHERE de.rowid > ? ORDER BY de.rowid LIMIT 1000"):
        full = json.loads(record)
        if place and json.loads(place) == full.get("location"):
            place = None  # the place is the record's location
        conn.execute("UPDATE doc_events SET record = ?, merge_reason = ?, place = ? WHERE rowid = ?",
                     (dumps(compact(full, entities, url, text)), dumps(json.loads(reason)), place, rowid))
    for _rowid, event_id, record in chunks(conn, "SELECT rowid, id, record FROM events WHERE rowid > ?"
                                                 " ORDER BY rowid LIMIT 1000"):
        conn.execute("UPDATE events SET record = ? WHERE id = ?", (lean_event(conn, json.loads(record)), event_id))
    terms = conn.execute("SELECT d.rowid, f.terms FROM documents_fts f JOIN documents d ON d.id = f.doc_id"
                         " ORDER BY d.rowid").fetchall()
    for n, (rowid, text) in enumerate(terms, start=1):
        conn.execute("INSERT INTO document_terms (rowid, terms) VALUES (?, ?)", (n, text))
        conn.execute("UPDATE documents SET terms_rowid = ? WHERE rowid = ?", (n, rowid))
    conn.execute("DROP TABLE documents_fts")
    for statement in split_sql(LEAN_MENTIONS):
        conn.execute(statement)


def chunks(conn: sqlite3.Connection, sql: str) -> Iterator[tuple]:
    """Rows of `sql` (its one parameter: the last rowid read, its first column the rowid) a thousand
    at a time: a large database's rows are rewritten without being held in memory at once."""
    last = 0
    while True:
        rows = conn.execute(sql, (last,)).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


LEAN_SCHEMA = """
    CREATE TABLE entity_bodies (       -- a party or place as records show it, stored once
        id INTEGER PRIMARY KEY, digest BLOB NOT NULL UNIQUE, body TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE document_terms USING fts5(terms, content = '', tokenize = 'unicode61');
    ALTER TABLE documents ADD COLUMN terms_rowid INTEGER;  -- the document's row in document_terms
    CREATE INDEX documents_terms ON documents(terms_rowid);
    DROP INDEX doc_events_block;        -- merge candidates come from event_blocks
    DROP INDEX mentions_entity;         -- no query reads mentions by entity
"""

LEAN_MENTIONS = """
    CREATE TABLE mentions_lean (        -- `doc` is the document's number (documents.terms_rowid), not its name
        doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, label TEXT NOT NULL,
        surface TEXT, entity_id TEXT, role TEXT, reason TEXT
    );
    INSERT INTO mentions_lean SELECT d.terms_rowid, m.start, m.end, m.label, m.surface, m.entity_id, m.role, m.reason
        FROM mentions m JOIN documents d ON d.id = m.doc_id ORDER BY m.rowid;
    DROP TABLE mentions;
    ALTER TABLE mentions_lean RENAME TO mentions;
    CREATE INDEX mentions_doc ON mentions(doc);
"""

MIGRATIONS.append(("0010_lean_store", lean_store))
MIGRATIONS.append(("0011_meeting_blocks_by_country", """
    INSERT OR IGNORE INTO event_blocks  -- meetings also under their parties' countries (store/blocks.py block_keys)
        SELECT b.type, CASE p.kind WHEN 'country' THEN 'state:' ELSE 'person of:' END || p.country, b.date, b.event_id
        FROM event_blocks b JOIN event_parties p ON p.event_id = b.event_id AND p.entity_id = b.party
        WHERE b.type = 'CONSULT' AND p.kind IN ('person', 'country') AND p.country IS NOT NULL;
"""))


def keep_document_terms(conn: sqlite3.Connection) -> None:
    """0012: each document row keeps the terms it was indexed with (`terms_z`, zlib-compressed), so
    replacing or deleting it removes them from the contentless full-text index (FTS5's 'delete'
    command needs the values the row was indexed with; SQLite before 3.43 has no
    `contentless_delete`). The terms of documents stored before are read back from the index itself
    (`fts5vocab`, one pass in term-position order); the terms 0010 left behind for replaced documents
    (rows no document points at) are deleted now."""
    conn.execute("ALTER TABLE documents ADD COLUMN terms_z BLOB")
    conn.execute("UPDATE documents SET terms_z = ? WHERE terms_rowid IS NOT NULL", (compress_terms(""),))
    live = set(r[0] for r in conn.execute("SELECT terms_rowid FROM documents WHERE terms_rowid IS NOT NULL"))
    orphans: list[tuple[int, str]] = []
    for rowid, terms in indexed_terms(conn, "document_terms"):
        if rowid in live:
            conn.execute("UPDATE documents SET terms_z = ? WHERE terms_rowid = ?", (compress_terms(terms), rowid))
        else:
            orphans.append((rowid, terms))
    for rowid, terms in orphans:
        conn.execute("INSERT INTO document_terms (document_terms, rowid, terms) VALUES ('delete', ?, ?)", (rowid, terms))
    conn.execute("DELETE FROM document_terms_docsize WHERE id NOT IN (SELECT terms_rowid FROM documents"
                 " WHERE terms_rowid IS NOT NULL)")  # orphans without a term left: their size row alone


def indexed_terms(conn: sqlite3.Connection, table: str) -> Iterator[tuple[int, str]]:
    """Each row of a full-text table with the terms it holds, read from the index in position order
    (what tokenizes into the same terms at the same positions)."""
    conn.execute(f"CREATE VIRTUAL TABLE temp.{table}_instances USING fts5vocab(main, {table}, instance)")
    try:
        rows = conn.execute(f"SELECT doc, term FROM temp.{table}_instances ORDER BY doc, offset")
        for rowid, group in itertools.groupby(rows, key=lambda r: r[0]):
            yield rowid, " ".join(term for _doc, term in group)
    finally:
        conn.execute(f"DROP TABLE temp.{table}_instances")


def compress_terms(terms: str) -> bytes:
    """A document's indexed terms as stored in `documents.terms_z`."""
    return zlib.compress(terms.encode("utf-8"), 1)  # the fastest level: terms are short, kept not read


def decompress_terms(stored: bytes) -> str:
    return zlib.decompress(stored).decode("utf-8")


MIGRATIONS.append(("0012_document_terms_kept", keep_document_terms))
# Replacing a document deletes its band rows by the foreign key's cascade: without an index on the
# child key that is a scan of every band row, once per replaced document.
MIGRATIONS.append(("0013_bands_by_document", "CREATE INDEX doc_bands_doc ON doc_bands(doc_id);"))


def pack_reasons(conn: sqlite3.Connection) -> None:
    """0014: merge reasons kept packed (`lean.pack_reason`: compact JSON, deflated with a preset
    dictionary of the words reasons are made of); they were two fifths of the database and are read only
    to explain a merge (`lean.reason_of` reads both forms). Rewritten a thousand rows at a time."""
    for rowid, reason in chunks(conn, "SELECT rowid, merge_reason FROM doc_events WHERE rowid > ?"
                                      " AND typeof(merge_reason) = 'text' ORDER BY rowid LIMIT 1000"):
        conn.execute("UPDATE doc_events SET merge_reason = ? WHERE rowid = ?",
                     (pack_reason(dumps(json.loads(reason))), rowid))


MIGRATIONS.append(("0014_merge_reasons_packed", pack_reasons))

# Merging asks, per batch, whether any link was ever learned (`links.links_exist`, on `links.LINKED`): one entry
# of this index of the learned links alone, where the aliases table would be scanned; none, and its documents'
# name forms are not looked up.
MIGRATIONS.append(("0015_learned_links_index",
                   "CREATE INDEX aliases_links ON aliases(form) WHERE reason LIKE 'phonetic link%';"))

# A statement's speaker (pipeline/statement_voice.py): two statements of one state on different
# days by two of its people are two events (store/merge.py `voice_evidence`). Reports stored before have none,
# which merging reads as a voice not named: they are judged as they were.
MIGRATIONS.append(("0016_report_voice", "ALTER TABLE doc_events ADD COLUMN voice TEXT;"))

# (sanction58) What a measure affects (`Event.measure`: accord, border, visas, trade, ...): two measures of one state on
# one day told by two documents are two events, as consolidation keeps them apart within one (store/merge_evidence.py
# `mode_evidence`). Reports stored before have none, which merging reads as a measure not named: judged as they were.
MIGRATIONS.append(("0017_report_measure", "ALTER TABLE doc_events ADD COLUMN measure TEXT;"))


def split_sql(sql: str) -> list[str]:
    """Statements of a migration (none of ours has a semicolon inside a literal)."""
    lines = [ln.split("--")[0] for ln in sql.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def bands_by_number(conn: sqlite3.Connection) -> None:
    """0018 (speed56): the near-duplicate band index keeps each band's digest as a signed 64-bit integer and
    the document's number (`documents.terms_rowid`, made unique: a foreign key's cascade needs a unique parent
    key) in one WITHOUT ROWID table whose primary key is the look-up (band, hash, doc). Before: a rowid table
    of hex strings and document names with two indexes beside it, three b-trees of text per band row. Rows
    are copied a thousand at a time, each hex digest read as the integer `neardup.band_key` gives."""
    for statement in split_sql(BANDS_BY_NUMBER):
        conn.execute(statement)
    for _rowid, band, digest, number in chunks(
            conn, "SELECT b.rowid, b.band, b.hash, d.terms_rowid FROM doc_bands b JOIN documents d ON d.id = b.doc_id"
                  " WHERE b.rowid > ? AND d.terms_rowid IS NOT NULL ORDER BY b.rowid LIMIT 1000"):
        conn.execute("INSERT OR IGNORE INTO doc_bands_numbered VALUES (?, ?, ?)",
                     (band, int.from_bytes(bytes.fromhex(digest), "big", signed=True), number))
    for statement in split_sql(BANDS_RENAMED):
        conn.execute(statement)


BANDS_BY_NUMBER = """
    DROP INDEX documents_terms;
    CREATE UNIQUE INDEX documents_terms ON documents(terms_rowid);  -- the bands' parent key (and the search's join)
    CREATE TABLE doc_bands_numbered (
        band INTEGER NOT NULL, hash INTEGER NOT NULL,
        doc INTEGER NOT NULL REFERENCES documents(terms_rowid) ON DELETE CASCADE,
        PRIMARY KEY (band, hash, doc)
    ) WITHOUT ROWID;
"""

BANDS_RENAMED = """
    DROP TABLE doc_bands;
    ALTER TABLE doc_bands_numbered RENAME TO doc_bands;
    CREATE INDEX doc_bands_doc ON doc_bands(doc);  -- the cascade's search when a document is replaced
"""

MIGRATIONS.append(("0018_bands_by_number", bands_by_number))
