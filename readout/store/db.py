"""The `Store`: one SQLite file in WAL mode (the web server reads while a run writes).

Each document is saved in one transaction: its text, mentions, per-document events and their merge
into events. A run killed at any moment leaves every document either fully stored or not at all, so
running again ends with each document stored exactly once.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterator

from readout import __version__
from readout.errors import NotFound, StorageError
from readout.export.records import compose_event, document_record, event_key
from readout.kb.names import normalize
from readout.kb.resolve import resolver
from readout.model import Article, Entity
from readout.settings import SETTINGS
from readout.store import merge, neardup
from readout.store.migrations import migrate, transaction


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


def connect(path: str, readonly: bool = False) -> sqlite3.Connection:
    try:
        uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=30)
    except sqlite3.Error as exc:
        raise StorageError(f"cannot open database {path}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = -{SETTINGS.sqlite_cache_mb * 1024}")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


class Store:
    def __init__(self, path: str = "readout.db", readonly: bool = False):
        self.path = path
        self.conn = connect(path, readonly)
        if not readonly:
            migrate(self.conn)
            self.load_aliases()

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

    def events(self) -> Iterator[dict]:
        for row in self.conn.execute("SELECT record FROM events ORDER BY date, id"):
            yield json.loads(row[0])

    def event(self, event_id: str) -> dict:
        row = self.conn.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise NotFound(f"no event {event_id}")
        return json.loads(row[0])

    def counts(self) -> dict[str, int]:
        q = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {"documents": q("SELECT count(*) FROM documents"), "events": q("SELECT count(*) FROM events"),
                "doc_events": q("SELECT count(*) FROM doc_events"), "persons": q("SELECT count(*) FROM persons")}

    # --- writing -------------------------------------------------------------------------------
    def save(self, article: Article, digest: str | None = None) -> SaveResult:
        digest = digest or content_hash(article)
        old = self.stored_hash(article.id)
        if old == digest:
            return SaveResult("unchanged")
        try:
            return self.save_in_transaction(article, digest, old)
        except sqlite3.Error as exc:
            raise StorageError(f"database refused the document: {exc}", doc=article.id) from exc

    def save_in_transaction(self, article: Article, digest: str, old: str | None) -> SaveResult:
        with transaction(self.conn):
            touched = self.delete_document(article.id) if old else set()
            self.insert_document(article, digest)
            dup = self.link_near_duplicate(article)
            self.insert_mentions(article)
            result = self.insert_events(article, touched)
            for event_id in touched | result[1]:
                self.recompose(event_id)
        return SaveResult("replaced" if old else "new", len(article.events), result[0], dup)

    def delete_document(self, doc_id: str) -> set[str]:
        touched = {r[0] for r in self.conn.execute("SELECT event_id FROM doc_events WHERE doc_id = ?", (doc_id,))}
        self.conn.execute("DELETE FROM doc_events WHERE doc_id = ?", (doc_id,))
        self.conn.execute("DELETE FROM documents_fts WHERE doc_id = ?", (doc_id,))
        self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        return touched

    def insert_document(self, article: Article, digest: str) -> None:
        self.conn.execute(
            "INSERT INTO documents (id, content_hash, url, source, title, path, published, published_basis,"
            " reference_date, languages, segments, text, boilerplate, ingested_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (article.id, digest, article.url, article.source, article.title, article.path,
             iso(article.published), article.published_basis, iso(article.reference_date),
             json.dumps(article.languages), json.dumps([[s.start, s.end, s.label] for s in article.segments]),
             article.text, json.dumps([[s.start, s.end] for s in article.boilerplate]),
             datetime.now(timezone.utc).isoformat()))
        self.conn.execute("INSERT INTO documents_fts (doc_id, terms) VALUES (?, ?)",
                          (article.id, search_terms(article)))

    def link_near_duplicate(self, article: Article) -> str | None:
        body = " ".join(article.text[s.start:s.end] for s in article.sentences)
        sig = neardup.signature(body or article.text)
        self.conn.execute("UPDATE documents SET minhash = ? WHERE id = ?", (json.dumps(sig), article.id))
        collisions: Counter[str] = Counter()
        for band, h in neardup.bands(sig):
            collisions.update(r[0] for r in self.conn.execute(
                "SELECT doc_id FROM doc_bands WHERE band = ? AND hash = ?", (band, h)))
        best: tuple[float, str] | None = None
        for other, _n in collisions.most_common(SETTINGS.near_duplicate_candidates):
            row = self.conn.execute("SELECT minhash FROM documents WHERE id = ?", (other,)).fetchone()
            score = neardup.similarity(sig, json.loads(row[0])) if row and row[0] else 0.0
            if score >= SETTINGS.near_duplicate_jaccard and (best is None or score > best[0]):
                best = (score, other)
        self.conn.executemany("INSERT INTO doc_bands VALUES (?, ?, ?)",
                              [(band, h, article.id) for band, h in neardup.bands(sig)])
        if best:
            self.conn.execute("INSERT OR REPLACE INTO near_duplicates VALUES (?, ?, ?)", (article.id, best[1], best[0]))
            return best[1]
        return None

    def insert_mentions(self, article: Article) -> None:
        rows = []
        for m in article.mentions:
            e = m.entity
            rows.append((article.id, m.span.start, m.span.end, m.span.label, m.surface, e.id if e else None,
                         m.role, e.reason if e else None))
            if e and e.kind == "person" and not m.excluded:
                self.upsert_person(e)
                self.record_alias(m.surface, e, article.id)
        self.conn.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?)", rows)

    def upsert_person(self, e: Entity) -> None:
        row = self.conn.execute("SELECT names FROM persons WHERE id = ?", (e.id,)).fetchone()
        names = list(dict.fromkeys([*(json.loads(row[0]) if row else []), *e.names]))
        origin = "kb" if e.id in resolver().kb.persons else "document"
        self.conn.execute("INSERT OR REPLACE INTO persons VALUES (?,?,?,?,?,?,?)",
                          (e.id, e.name, json.dumps(names, ensure_ascii=False), e.country, e.sector, e.office, origin))

    def record_alias(self, surface: str, e: Entity, doc_id: str) -> None:
        """Keep a name form that did not resolve by exact alias, with the document that showed it."""
        form = normalize(surface)
        if not form or form == normalize(e.name) or e.reason == "exact alias" or len(surface) < 2:
            return
        self.conn.execute("INSERT OR IGNORE INTO aliases VALUES (?,?,?,?,?)", (form, e.id, surface, doc_id, e.reason))

    def load_aliases(self) -> None:
        """Aliases learned from earlier documents resolve names in this run."""
        r = resolver()
        people = {row["id"]: row for row in self.conn.execute("SELECT * FROM persons WHERE origin = 'document'")}
        for row in self.conn.execute("SELECT form, person_id FROM aliases"):
            if row["person_id"] in people:
                p = people[row["person_id"]]
                r.learned_entities[p["id"]] = Entity("person", p["id"], p["name"], json.loads(p["names"]),
                                                     p["country"], p["sector"], p["office"], "learned alias")
            r.learned.setdefault(row["form"], row["person_id"])

    def insert_events(self, article: Article, touched: set[str]) -> tuple[int, set[str]]:
        merged, events = 0, set()
        for event in article.events:
            record = document_record(event, article)
            key = event_key(event, article.id)
            member = merge.Member(key, article.id, event.type, event.date if event.date_precision else None,
                                  event.date_precision, event.date_basis,
                                  record["location"], {a["id"] for a in record["actors"]},
                                  {a["id"] for a in record["recipients"]})
            event_id, reason = merge.find_event(self.conn, member)
            if event_id is None:
                event_id = "ev_" + key
                self.conn.execute("INSERT OR IGNORE INTO events (id, type, date, date_precision, record, n_sources,"
                                  " updated_at) VALUES (?,?,?,?,?,?,?)",
                                  (event_id, event.type, record["date"], record["date_precision"], "{}", 0, now()))
            else:
                merged += 1
            self.conn.execute(
                "INSERT OR REPLACE INTO doc_events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (key, article.id, event.type, iso(member.date), event.date_precision, event.date_basis,
                 int(event.local_time), json.dumps(record["location"], ensure_ascii=False) if record["location"] else None,
                 json.dumps(sorted(member.parties)), json.dumps(sorted(member.recipients)),
                 json.dumps(record, ensure_ascii=False), event_id, json.dumps(reason, ensure_ascii=False)))
            self.conn.executemany("INSERT INTO doc_event_parties VALUES (?,?,?,?,?,?)",
                                  [(key, event.type, party, iso(member.date), event_id, article.id)
                                   for party in sorted(member.parties)])
            events.add(event_id)
        return merged, events

    def recompose(self, event_id: str) -> None:
        rows = self.conn.execute("SELECT record FROM doc_events WHERE event_id = ? ORDER BY doc_id, key",
                                 (event_id,)).fetchall()
        if not rows:
            self.conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
            return
        record = compose_event(event_id, [json.loads(r[0]) for r in rows])
        self.mark_duplicate_sources(record)
        loc = record["location"] or {}
        self.conn.execute("UPDATE events SET type = ?, date = ?, date_precision = ?, record = ?, n_sources = ?,"
                          " updated_at = ?, mode = ?, status = ?, place = ?, place_country = ? WHERE id = ?",
                          (record["type"], record["date"], record["date_precision"],
                           json.dumps(record, ensure_ascii=False), record["n_sources"], now(), record["mode"],
                           record["status"], loc.get("name"), loc.get("country"), event_id))
        self.conn.execute("DELETE FROM event_parties WHERE event_id = ?", (event_id,))
        self.conn.executemany("INSERT INTO event_parties VALUES (?,?,?,?,?,?)",
                              [(event_id, e["id"], e["kind"], e["name"], e.get("country"), side)
                               for side, key in (("actor", "actors"), ("recipient", "recipients"))
                               for e in record[key]])

    def mark_duplicate_sources(self, record: dict) -> None:
        """Sources that are near-duplicates of another source count once as evidence."""
        docs = {s["doc"] for s in record["sources"]}
        for s in record["sources"]:
            row = self.conn.execute("SELECT duplicate_of FROM near_duplicates WHERE doc_id = ?", (s["doc"],)).fetchone()
            if row and row[0] in docs:
                s["near_duplicate_of"] = row[0]
        record["n_sources"] = sum(1 for s in record["sources"] if "near_duplicate_of" not in s)


def search_terms(article: Article) -> str:
    """What full-text search indexes: Korean morphemes (블링컨과 -> 블링컨), English words as written."""
    terms = []
    for sent in article.sentences:
        tokens = article.tokens.get(sent.start)
        if tokens:
            terms += [form for form, tag, _s, _l in tokens if tag[0] in "NSV" or tag in ("XR", "MAG")]
        else:
            terms.append(article.text[sent.start:sent.end])
    return " ".join(terms)


def iso(d) -> str | None:
    return d.isoformat() if d else None


def now() -> str:
    return datetime.now(timezone.utc).isoformat()
