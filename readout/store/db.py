"""The `Store`: one SQLite file in WAL mode (the web server reads while a run writes).

Documents are saved in batches, one transaction per batch: each document's text, mentions,
per-document events and their merge into events, the batch's report rows, blocks and mentions held and
written together (store/deferred.py). A document that fails has the batch written again with a savepoint
per document, which rolls it back alone. A run killed at any moment leaves every document either fully
stored or not at all, so running again ends with each document stored exactly once. Merged records are
composed once per dirty event, not once per report (store/events.py).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Iterator

from readout import __version__
from readout.errors import NotFound, ReadoutError, StorageError
from readout.kb.names import normalize
from readout.kb.knowledge import LearnedAliases
from readout.kb.loader import kb
from readout.model import Article, Entity
from readout.settings import SETTINGS, Settings
from readout.store import neardup
from readout.store.lean import full_event
from readout.store.links import LINK_REASON
from readout.store.prepared import document_json, event_count, mention_rows, prepared_of
from readout.store.bounded import BoundedCache
from readout.store.event_rows import iso, now
from readout.store.events import EventWriter
from readout.store.connection import storage_error, is_fatal, open_checked
from readout.store.deferred import DeferringConnection
from readout.store.terms import body_of, search_terms
from readout.store.migrations import compress_terms, decompress_terms, migrate, transaction


class DocumentFailed(Exception):
    """A document failed while the batch was written without savepoints: the batch is written again with one
    per document (`Store.save_batch`), which names it and keeps the others."""


@dataclass
class SaveResult:
    status: str  # new | replaced | unchanged
    events: int = 0
    merged: int = 0  # events that joined an event of another document
    near_duplicate_of: str | None = None


def content_hash(article: Article) -> str:
    """What decides whether a document changed: its text, metadata and the extractor's version."""
    meta = [article.id, article.text, str(article.published), article.url or "", article.title or "",
            article.source or "", __version__]
    return hashlib.sha256("\x1f".join(meta).encode("utf-8")).hexdigest()


class Store:
    """One readout database. `settings` (cache sizes, merge and near-duplicate thresholds) is the
    run's settings object: a store built for a test with other thresholds never changes another's."""

    def __init__(self, path: str = "readout.db", readonly: bool = False, settings: Settings = SETTINGS):
        self.path = path
        self.settings = settings
        self.conn = DeferringConnection(open_checked(path, readonly, settings))  # holds a batch's rows
        self.writer = EventWriter(self.conn, settings)
        self.person_rows = BoundedCache(settings.store_cache_entries)  # person id -> (the row last written, its names)
        self.aliases_written = BoundedCache(settings.store_cache_entries)  # name forms stored (or already there)
        self.persons_seen = BoundedCache(settings.store_cache_entries)  # persons and surfaces `insert_mentions` wrote
        self.terms_pending: dict[int, str] = {}  # this batch's full-text rows, written at its end (`index_terms`)
        self.terms_restore: dict[int, str] = {}  # pending rows the current document's replacing took out
        self.next_number = 0  # the next document number (full-text row id) of this batch
        self.bands: neardup.BatchBands | None = None  # the batch's view of the near-duplicate index
        self.signatures = BoundedCache(settings.store_cache_entries)  # stored documents' MinHash signatures read
        if not readonly:
            try:
                migrate(self.conn)
            except sqlite3.Error as exc:
                self.conn.close()
                raise storage_error(exc, path) from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- reading -------------------------------------------------------------------------------
    def stored_hash(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def stored_hashes(self, doc_ids: list[str]) -> dict[str, str]:
        """Content hashes of the stored documents among `doc_ids`, in one query per 500."""
        found: dict[str, str] = {}
        for start in range(0, len(doc_ids), 500):
            chunk = doc_ids[start:start + 500]
            found.update(self.conn.execute(f"SELECT id, content_hash FROM documents WHERE id IN"
                                           f" ({','.join('?' * len(chunk))})", chunk).fetchall())
        return found

    def events(self) -> Iterator[dict]:
        for row in self.conn.execute("SELECT record FROM events ORDER BY date, id"):
            yield full_event(self.conn, row[0])

    def event(self, event_id: str) -> dict:
        row = self.conn.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise NotFound(f"no event {event_id}")
        return full_event(self.conn, row[0])

    def counts(self) -> dict[str, int]:
        q = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {"documents": q("SELECT count(*) FROM documents"), "events": q("SELECT count(*) FROM events"),
                "doc_events": q("SELECT count(*) FROM doc_events"), "persons": q("SELECT count(*) FROM persons")}

    # --- writing -------------------------------------------------------------------------------
    def save(self, article: Article, digest: str | None = None) -> SaveResult:
        """Store one document in its own transaction and compose the events it touched."""
        article.digest = digest or article.digest
        result = self.save_batch([article])[0]
        if isinstance(result, ReadoutError):
            raise result
        self.compose_dirty()
        return result

    def save_batch(self, articles: list[Article]) -> list[SaveResult | ReadoutError]:
        """Store documents in one transaction: a document the database refuses is rolled back alone and
        returned as an error; the others are kept. A run killed mid-batch leaves none of the batch stored,
        so running again stores each document once. Written first without a savepoint per document, the
        report rows, blocks and mentions held to the batch's end (`write_batch`); when a document fails
        there, the batch is rolled back whole and written again with a savepoint per document."""
        try:
            try:
                return self.write_batch(articles, deferred=True)
            except DocumentFailed:  # rolled back: nothing of this attempt stays, nor in the caches
                self.forget()
                return self.write_batch(articles, deferred=False)
        except sqlite3.Error as exc:  # the commit itself failed (disk full, I/O): nothing of the batch stays
            self.forget()
            raise storage_error(exc, self.path) from exc
        except BaseException:
            self.forget()
            raise

    def write_batch(self, articles: list[Article], deferred: bool) -> list[SaveResult | ReadoutError]:
        """One attempt of `save_batch`. `deferred`: rows held to the end and no savepoints (a failing
        document raises `DocumentFailed`); else each document in its own savepoint, written as it goes."""
        with transaction(self.conn):
            self.conn.deferring = deferred
            try:
                self.writer.dirty.clear()  # what another writer composed since is flagged again
                self.writer.links_known = None  # another writer may have learned a link since
                self.writer.blocks.clear()  # or written blocks
                stored = self.stored_hashes([a.id for a in articles])
                self.begin_terms()
                prints = [self.fingerprint(a, stored.get(a.id), len(articles)) for a in articles]
                self.bands = neardup.BatchBands(self.conn, [p for p in prints if p is not None], self.settings,
                                                self.signatures)
                results = []
                for article, fp in zip(articles, prints):  # one id twice in a batch: the second sees the first
                    results.append(self.save_one(article, stored.get(article.id), fp, alone=not deferred))
                    if isinstance(results[-1], SaveResult):
                        stored[article.id] = article.digest
                self.flush_held()
                self.index_terms()
                self.bands = None
                return results
            finally:
                self.conn.deferring = False

    def flush_held(self) -> None:
        """Write the batch's held rows; a row the database refuses fails the attempt (`DocumentFailed`),
        since which document gave it is known only when each is written alone."""
        try:
            self.conn.flush()
        except sqlite3.Error as exc:
            if is_fatal(exc):
                raise
            raise DocumentFailed(str(exc)) from exc

    def fingerprint(self, article: Article, old: str | None, docs: int | None = None) -> neardup.Fingerprint | None:
        """The document's MinHash signature and bands when it is to be stored: the one a worker sent
        (`parallel.for_store`) when computed with this store's settings, else computed here. None:
        unchanged, or a text the signature fails on (`save_one` then computes it again inside the
        document's savepoint, which reports the failure). `docs`: the batch's size (`neardup.signature`)."""
        digest = article.digest = article.digest or content_hash(article)
        if old == digest:
            return None
        sent = article.fingerprint
        if isinstance(sent, neardup.Fingerprint) and sent.shape == neardup.shape_of(self.settings):
            return sent
        try:
            return neardup.fingerprint(body_of(article), self.settings, docs)
        except Exception:  # noqa: BLE001 - the document's own savepoint reports it
            return None

    def save_one(self, article: Article, old: str | None = None, fp: neardup.Fingerprint | None = None,
                 alone: bool = True) -> SaveResult | ReadoutError:
        """One document; `old` is its stored content hash (None: new), `fp` its signature and bands when
        `save_batch` had them. `alone`: inside its own savepoint (a failure is rolled back and returned);
        else a failure raises `DocumentFailed` (`write_batch`)."""
        digest = article.digest = article.digest or content_hash(article)
        if old == digest:
            return SaveResult("unchanged")
        if alone:
            self.conn.execute("SAVEPOINT document")
        self.bands.begin()
        self.terms_restore.clear()
        number = None
        try:
            touched = self.delete_document(article.id) if old else set()
            fp = neardup.fingerprint(body_of(article), self.settings, 1) if fp is None else fp
            sig = fp.sig
            number = self.insert_document(article, digest, fp.minhash)
            dup = self.bands.link(article.id, sig, number)
            self.insert_mentions(article, number)
            merged, _joined = self.writer.insert(article, dup[0] if dup else None)
            self.writer.mark_dirty(touched)
        except sqlite3.Error as exc:
            if is_fatal(exc):  # disk full or damaged: every later document would fail the same way
                raise storage_error(exc, self.path) from exc
            return self.refused(article, number, alone, f"database refused the document: {exc}", exc)
        except Exception as exc:  # noqa: BLE001 - a value the writer did not foresee: this document alone
            return self.refused(article, number, alone, f"could not store the document: {type(exc).__name__}: {exc}",
                                exc)
        if alone:
            self.conn.execute("RELEASE document")
        if dup is None:
            self.bands.enter(article.id, sig)
        return SaveResult("replaced" if old else "new", event_count(article), merged, dup[0] if dup else None)

    def refused(self, article: Article, number: int | None, alone: bool, message: str,
                exc: Exception) -> StorageError:
        """A failed document's error, its savepoint rolled back; without one (`alone` false) the whole
        attempt is given up (`DocumentFailed`)."""
        if not alone:
            raise DocumentFailed(f"{article.id}: {message}") from exc
        self.rollback_document(number)
        return StorageError(message, doc=article.id)

    def rollback_document(self, number: int | None = None) -> None:
        """Undo the document's savepoint, and what it changed of the batch's pending state: its own
        full-text row (`number`) goes, the rows and bands of the version it replaced come back."""
        self.conn.execute("ROLLBACK TO document")
        self.conn.execute("RELEASE document")
        if number is not None:
            self.terms_pending.pop(number, None)
        self.terms_pending.update(self.terms_restore)
        if self.bands is not None:
            self.bands.undo()
        self.forget()

    def begin_terms(self) -> None:
        """Number this batch's documents from one past the largest full-text row id."""
        self.terms_pending.clear()
        self.next_number = self.conn.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM document_terms_docsize").fetchone()[0]

    def index_terms(self) -> None:
        """Write the batch's full-text rows in one statement at its end. Why not per document: FTS5
        flushes its pending terms to a new index segment at every savepoint, so a row written inside
        each document's savepoint made one segment (and its merging) per document."""
        rows, self.terms_pending = sorted(self.terms_pending.items()), {}
        self.conn.executemany("INSERT INTO document_terms (rowid, terms) VALUES (?, ?)", rows)

    def compose_dirty(self) -> int:
        """Rebuild the merged records of events whose members changed (see store/events.py)."""
        with transaction(self.conn):
            return self.writer.compose_dirty()

    def forget(self) -> None:
        """Drop in-memory caches after a rollback: they may hold rows that were never stored."""
        self.writer.forget()
        self.person_rows.clear()
        self.aliases_written.clear()
        self.persons_seen.clear()
        self.signatures.clear()

    def delete_document(self, doc_id: str) -> set[str]:
        touched = {r[0] for r in self.conn.execute("SELECT event_id FROM doc_events WHERE doc_id = ?", (doc_id,))}
        self.conn.execute("DELETE FROM doc_events WHERE doc_id = ?", (doc_id,))
        row = self.conn.execute("SELECT terms_rowid, terms_z FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row and row[0] is not None:
            self.conn.execute("DELETE FROM mentions WHERE doc = ?", (row[0],))
            if row[0] in self.terms_pending:  # stored earlier in this batch: its terms are not in the index yet
                self.terms_restore[row[0]] = self.terms_pending.pop(row[0])
            elif row[1] is not None:  # the contentless index forgets a row given the terms it indexed (0012)
                self.conn.execute("INSERT INTO document_terms (document_terms, rowid, terms) VALUES ('delete', ?, ?)",
                                  (row[0], decompress_terms(row[1])))
        self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        self.signatures.pop(doc_id, None)
        self.bands.forget(doc_id)
        self.writer.forget(touched)
        return touched

    def insert_document(self, article: Article, digest: str, minhash: bytes | None = None) -> int:
        """The document row under the batch's next number, its terms pending for the full-text index
        (`index_terms`; kept compressed in the row: replacing the document deletes them from the
        index). Returns that number, which the document's mentions carry."""
        prepared = prepared_of(article)
        terms = prepared.terms if prepared else search_terms(article)
        languages, segments, boilerplate = (prepared.languages, prepared.segments, prepared.boilerplate) \
            if prepared else document_json(article)
        terms_rowid = self.next_number
        self.next_number += 1
        self.terms_pending[terms_rowid] = terms
        self.conn.execute(
            "INSERT INTO documents (id, content_hash, url, source, title, path, published, published_basis,"
            " reference_date, languages, segments, text, boilerplate, ingested_at, terms_rowid, minhash, terms_z)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (article.id, digest, article.url, article.source, article.title, article.path,
             iso(article.published), article.published_basis, iso(article.reference_date), languages, segments,
             article.text, boilerplate, now(), terms_rowid, minhash,
             prepared.terms_z if prepared else compress_terms(terms)))
        return terms_rowid

    def insert_mentions(self, article: Article, number: int) -> None:
        """The document's mentions under its number (`insert_document`), the people they name, and
        the name forms learned."""
        prepared = prepared_of(article)
        rows, persons = (prepared.mentions, prepared.persons) if prepared else mention_rows(article)
        seen = self.persons_seen
        for e, surface in distinct_persons(persons):
            key = (e.id, e.name, tuple(e.names), e.country, e.sector, e.office, e.reason, surface)
            if seen.get(key):  # the same person named the same way again: its row and alias are written
                continue
            self.upsert_person(e)
            self.record_alias(surface, e, article.id)
            seen[key] = True
        self.conn.write("mentions", "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?)", [(number, *r) for r in rows])

    def upsert_person(self, e: Entity) -> None:
        """Write the person's row when it changed: every mention of a person comes here."""
        known, stored = self.person_rows.get(e.id, (None, None))
        if stored is None:
            row = self.conn.execute("SELECT names FROM persons WHERE id = ?", (e.id,)).fetchone()
            stored = json.loads(row[0]) if row else []
        names = list(dict.fromkeys([*stored, *e.names]))
        origin = "kb" if e.id in kb().persons else "document"
        row = (e.id, e.name, tuple(names), e.country, e.sector, e.office, origin)
        if row != known:  # compared before serializing: most mentions name a person unchanged
            self.person_rows[e.id] = (row, names)
            self.conn.execute("INSERT OR REPLACE INTO persons VALUES (?,?,?,?,?,?,?)",
                              (*row[:2], json.dumps(names, ensure_ascii=False), *row[3:]))

    def record_alias(self, surface: str, e: Entity, doc_id: str) -> None:
        """Keep a name form that did not resolve by exact alias, with the document that showed it."""
        form = normalize(surface)
        if not form or form == normalize(e.name) or e.reason == "exact alias" or len(surface) < 2:
            return
        if self.aliases_written.get(form):  # INSERT OR IGNORE of a form written before changes nothing
            return
        self.aliases_written[form] = True
        self.conn.execute("INSERT OR IGNORE INTO aliases VALUES (?,?,?,?,?)", (form, e.id, surface, doc_id, e.reason))
        if (e.reason or "").startswith(LINK_REASON):  # a learned link's form (merging asks for these)
            self.writer.links_known = True

    def learned_aliases(self) -> LearnedAliases:
        """The aliases earlier runs stored: they resolve names in the next run (`Knowledge`)."""
        people = {row["id"]: row for row in self.conn.execute("SELECT * FROM persons WHERE origin = 'document'")}
        learned = LearnedAliases()
        for row in self.conn.execute("SELECT form, person_id FROM aliases ORDER BY rowid"):
            if row["person_id"] in people and row["person_id"] not in learned.people:
                p = people[row["person_id"]]
                learned.people[p["id"]] = Entity("person", p["id"], p["name"], json.loads(p["names"]),
                                                 p["country"], p["sector"], p["office"], "learned alias")
            learned.forms.setdefault(row["form"], row["person_id"])
        return learned


def distinct_persons(persons: list[tuple[Entity, str]]) -> list[tuple[Entity, str]]:
    """A document's person mentions, each entity object named by each surface once, in mention order. Why
    (speed58): a document names its persons several times, mostly by one entity object and one surface (a
    worker's pickled mentions share the object; so do a local run's resolved ones), and each mention built
    the person's full key (eight fields, its names as a tuple) and asked the store's bounded cache, whose
    recency bookkeeping is a Python call; the object and the surface are a cheap key valid while `persons`
    holds the objects. Two objects of one person still meet in `Store.persons_seen`, which compares their
    values: what is written is the same."""
    once: dict[tuple[int, str], tuple[Entity, str]] = {}
    for e, surface in persons:
        once.setdefault((id(e), surface), (e, surface))
    return list(once.values())
