"""What storing a document needs that the document alone decides, computed where it was extracted.

Why: storing and merging run in the main process, serially, whatever the number of workers, so every
millisecond spent there per document caps `--workers N`. The parts of a document's rows that depend
on nothing in the database (its per-event report records, its mention rows, its full-text terms,
compressed, and the JSON of its language and segment lists) are computed by the worker
(`parallel.for_store`) and travel back instead of the article's events and mentions: unpickling those
objects (entities, spans) was most of the main process's cost of receiving a document. The store
uses what was sent and computes it itself when it is absent (a local run, a test, an article built by
hand). The merge-dependent rest (entity ids, merge verdicts, links to other documents' persons) can
only be decided by the store.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from readout.model import Article, Entity
from readout.store.lean import LeanTemplate, lean_template
from readout.store.merge_voices import Voice

# what merging reads of an event: type, date, precision, basis, mode, voice (a statement's speaker), local time, and
# what a measure affects (`Event.measure`)
EventFacts = tuple[str, date | None, str | None, str | None, str | None, Voice | None, bool, str | None]
MentionRow = tuple  # a `mentions` row without the document number: start, end, label, surface, entity, role, reason


@dataclass
class Prepared:
    terms: str  # what full-text search indexes (`db.search_terms`)
    terms_z: bytes  # the same, compressed as `documents.terms_z` keeps it
    languages: str  # `documents.languages`, JSON
    segments: str  # `documents.segments`, JSON
    boilerplate: str  # `documents.boilerplate`, JSON
    records: list[dict]  # `records.document_record` of each event, in order (never changed: the store copies)
    events: list[EventFacts]  # each event's type, date, date precision, date basis, mode, voice, local time, measure
    mentions: list[MentionRow]
    persons: list[tuple[Entity, str]]  # each person mention's entity and surface, in mention order
    leans: list[LeanTemplate | None] | None = None  # each record's report row, lean, with holes for entity ids


def prepare(article: Article) -> Prepared:
    """The document-only parts of the article's rows (see the module's docstring)."""
    # cycle: store/db.py imports this module at its top
    from readout.records import document_record
    from readout.store.terms import search_terms  # (as above)
    from readout.store.migrations import compress_terms  # (as above)

    terms = search_terms(article)
    records = [document_record(e, article) for e in article.events]
    return Prepared(terms, compress_terms(terms), *document_json(article), records, event_facts(article),
                    *mention_rows(article), leans=shared_bodies([lean_template(r, article.url, article.text)
                                                                 for r in records]))


def shared_bodies(leans: list[LeanTemplate | None]) -> list[LeanTemplate | None]:
    """The templates with each distinct body text one string object: a party named by several of the
    document's events is then pickled once on its way back from the worker (pickle's memo)."""
    seen: dict[str, str] = {}
    for t in leans:
        if t is not None:
            t.bodies = tuple(seen.setdefault(b, b) for b in t.bodies)
    return leans


def document_json(article: Article) -> tuple[str, str, str]:
    """The JSON columns of the document row: languages, segments, boilerplate."""
    return (json.dumps(article.languages), json.dumps([[s.start, s.end, s.label] for s in article.segments]),
            json.dumps([[s.start, s.end] for s in article.boilerplate]))


def event_facts(article: Article) -> list[EventFacts]:
    return [(e.type, e.date, e.date_precision, e.date_basis, e.mode, Voice.of(e.voice), e.local_time, e.measure)
            for e in article.events]


def mention_rows(article: Article) -> tuple[list[MentionRow], list[tuple[Entity, str]]]:
    """The document's `mentions` rows, and the persons they name (whose rows and name forms are kept)."""
    rows, persons = [], []
    for m in article.mentions:
        e = m.entity
        rows.append((m.span.start, m.span.end, m.span.label, m.surface, e.id if e else None, m.role,
                     e.reason if e else None))
        if e and e.kind == "person" and not m.excluded:
            persons.append((e, m.surface))
    return rows, persons


def prepared_of(article: Article) -> Prepared | None:
    """The article's `Prepared` when a worker sent one; the sent article's own events and mentions are
    empty, an article that has them again (changed by hand) is read from them."""
    p = getattr(article, "prepared", None)
    if isinstance(p, Prepared) and not article.events and not article.mentions:
        return p
    return None


def event_count(article: Article) -> int:
    p = prepared_of(article)
    return len(p.events) if p else len(article.events)
