"""What storing a document needs that the document alone decides, computed where it was extracted.

Why: storing and merging run in the main process, serially, whatever the number of workers, so every
millisecond spent there per document caps `--workers N`. The parts of a document's rows that depend
on nothing in the database (its per-event report records, its full-text terms, compressed, and the
JSON of its language and segment lists) are computed by the worker (`parallel.for_store`) and travel
back with the article; the store uses them as sent and computes them itself when they are absent
(a local run, a test, an article built by hand). The merge-dependent rest (entity ids, merge verdicts,
links to other documents' persons) can only be decided by the store.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from readout.model import Article


@dataclass
class Prepared:
    terms: str  # what full-text search indexes (`db.search_terms`)
    terms_z: bytes  # the same, compressed as `documents.terms_z` keeps it
    languages: str  # `documents.languages`, JSON
    segments: str  # `documents.segments`, JSON
    boilerplate: str  # `documents.boilerplate`, JSON
    records: list[dict] | None  # `records.document_record` of each event, in order; taken by the store's first use

    def take_records(self) -> list[dict] | None:
        """The report records, once: merging changes them (linked persons), so a second save of the same
        article builds them again from its events."""
        records, self.records = self.records, None
        return records


def prepare(article: Article) -> Prepared:
    """The document-only parts of the article's rows (see the module's docstring)."""
    from readout.records import document_record
    from readout.store.db import search_terms
    from readout.store.migrations import compress_terms

    terms = search_terms(article)
    return Prepared(terms, compress_terms(terms), *document_json(article),
                    [document_record(e, article) for e in article.events])


def document_json(article: Article) -> tuple[str, str, str]:
    """The JSON columns of the document row: languages, segments, boilerplate."""
    return (json.dumps(article.languages), json.dumps([[s.start, s.end, s.label] for s in article.segments]),
            json.dumps([[s.start, s.end] for s in article.boilerplate]))


def prepared_of(article: Article) -> Prepared | None:
    """The article's `Prepared` when a worker sent one that still matches it (same number of events)."""
    p = getattr(article, "prepared", None)
    if isinstance(p, Prepared) and (p.records is None or len(p.records) == len(article.events)):
        return p
    return None
