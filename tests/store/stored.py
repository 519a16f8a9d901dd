"""What the store tests share: reports stored in order in a fresh database, and the records that came of them.

Why one module: a dozen merge tests each wrote the same few lines (open a store, save each report, list one type's
records as the sets of their documents); a report is (text, doc id, publication day) everywhere.
"""
from __future__ import annotations

import json
from datetime import date

from readout.api import extract_text
from readout.store.db import Store
from readout.store.lean import reason_of

Report = tuple[str, str, date]  # (text, doc id, publication day)


def saved(tmp_path, *reports: Report) -> Store:
    """A store (left open) holding the reports, saved in order."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    store = Store(str(tmp_path / "r.db"))
    for text, doc, published in reports:
        store.save(extract_text(text, doc, published))
    return store


def records_of(store: Store, kind: str) -> list[set[str]]:
    """The documents of each record of type `kind`, sorted."""
    return sorted(({s["doc"] for s in e["sources"]} for e in store.events() if e["type"] == kind), key=sorted)


def stored_records(tmp_path, kind: str, reports) -> list[set[str]]:
    """The documents of each record of type `kind` after storing the reports in order."""
    with saved(tmp_path, *reports) as store:
        return records_of(store, kind)


def stored_events(tmp_path, kind: str, reports) -> list[dict]:
    """The records of type `kind` after storing the reports in order."""
    with saved(tmp_path, *reports) as store:
        return [e for e in store.events() if e["type"] == kind]


def lettered(*reports: tuple[str, date]) -> list[Report]:
    """Reports (text, publication day) as the documents a.txt, b.txt, c.txt, ... in order."""
    return [(text, f"{chr(ord('a') + n)}.txt", published) for n, (text, published) in enumerate(reports)]


def merge_reasons(store: Store, doc: str, kind: str) -> str:
    """The merge reasons of a document's reports of type `kind`, as JSON text (what a test looks for a phrase in)."""
    return json.dumps([reason_of(r[0]) for r in store.conn.execute(
        "SELECT merge_reason FROM doc_events WHERE doc_id = ? AND type = ?", (doc, kind))], ensure_ascii=False)
