"""Turn per-document events into the exported event record (PLOVER names, sources with evidence)."""
from __future__ import annotations

import hashlib
import json

from readout.model import Article, Entity, Event


def event_key(event: Event, doc_id: str) -> str:
    """Content hash of one document's event: the same document gives the same key on every run."""
    parts = [doc_id, event.type, event.mode or "", ",".join(sorted(event.participant_ids())),
             ",".join(sorted(e.id for e in event.recipients)), event.date.isoformat() if event.date else "",
             str(event.evidence[0].start if event.evidence else "")]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entity_ref(e: Entity) -> str:
    return e.id


def source_entry(event: Event, article: Article) -> dict:
    first = event.evidence[0] if event.evidence else None
    return {
        "doc": article.id,
        "lang": event.lang,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "text": article.text[first.start:first.end] if first else "",
        "start": first.start if first else None,
        "end": first.end if first else None,
        "evidence": [{"start": s.start, "end": s.end} for s in event.evidence],
        "actors": [entity_ref(e) for e in [*event.participants, *event.recipients]],
    }


def document_record(event: Event, article: Article) -> dict:
    """The record of an event as one document reports it (before cross-document merging)."""
    return {
        "id": "ev_" + event_key(event, article.id),
        "type": event.type,
        "mode": event.mode,
        "status": event.status,
        "date": format_date(event),
        "date_precision": event.date_precision if event.date else None,
        "date_basis": event.date_basis,
        "location": event.location.to_record() if event.location else None,
        "actors": [e.to_record() for e in event.participants],
        "recipients": [e.to_record() for e in event.recipients],
        "contexts": event.contexts,
        "topics": event.topics,
        "generic": event.generic,
        "sources": [source_entry(event, article)],
    }


def format_date(event: Event) -> str | None:
    if event.date is None:
        return None
    if event.date_precision == "month":
        return event.date.strftime("%Y-%m")
    if event.date_precision == "year":
        return str(event.date.year)
    return event.date.isoformat()


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False)
