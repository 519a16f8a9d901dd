"""Why the sources of an event are one event, in plain words.

The store keeps, for each document's report, the reason it joined (or founded) its event
(`doc_events.merge_reason`, written by store/merge.py). The event page shows those reasons as
sentences, and what the reports agreed and disagreed on (date, place, mode, status, parties), so an
analyst can judge a merge without reading JSON. The reason's fields are read defensively: the merge
rules may add or rename fields, and an unknown reason is still shown by its rule name.
"""
from __future__ import annotations

import sqlite3

from readout.store.lean import EXPAND_COLUMNS, Entities, expand_row, reason_of

FIELDS = {  # what the reports are compared on, and how a report's value reads
    "date": lambda r: r.get("date"),
    "place": lambda r: (r.get("location") or {}).get("name"),
    "mode": lambda r: r.get("mode"),
    "status": lambda r: r.get("status"),
    "parties": lambda r: ", ".join(sorted(e["name"] for e in [*r.get("actors", []), *r.get("recipients", [])])),
}


def merge_explanation(conn: sqlite3.Connection, event_id: str) -> dict:
    """{"steps": [sentence per report], "agreed": [...], "disagreed": [...]} for one event."""
    rows = conn.execute("SELECT de.doc_id, de.record, de.merge_reason, " + EXPAND_COLUMNS + " FROM doc_events de"
                        " JOIN documents d ON d.id = de.doc_id WHERE de.event_id = ? ORDER BY de.rowid",
                        (event_id,)).fetchall()
    entities = Entities(conn, len(rows) * 4 + 1)
    reports = [(doc, expand_row(record, url, evidence, entities), reason_of(reason))
               for doc, record, reason, url, evidence in rows]
    steps = [step_sentence(doc, reason) for doc, _record, reason in reports]
    agreed, disagreed = [], []
    for name, read in FIELDS.items():
        values: dict[str, list[str]] = {}
        for doc, record, _reason in reports:
            value = read(record)
            if value:
                values.setdefault(str(value), []).append(doc)
        if len(values) == 1:
            agreed.append(f"{name}: {next(iter(values))}")
        elif len(values) > 1:
            disagreed.append(f"{name}: " + "; ".join(f"{v} ({', '.join(docs)})" for v, docs in values.items()))
    return {"reports": len(reports), "steps": steps, "agreed": agreed, "disagreed": disagreed}


def step_sentence(doc: str, reason: dict) -> str:
    """One report's merge reason as a sentence."""
    members = reason.get("members") or []
    if not members:
        why = reason.get("why")
        return f"{doc} first reported this event" + (f" ({why})" if why else "") + "."
    parts = []
    for m in members:
        share = m.get("parties_jaccard")
        bits = [f"{round(100 * share)}% of the parties shared" if isinstance(share, (int, float)) else None,
                f"dates {m['date']}" if m.get("date") else None]
        said = ", ".join(b for b in bits if b)
        parts.append(f"with {m.get('doc', '?')}" + (f": {said}" if said else ""))
    rule = reason.get("rule", "merged")
    return f"{doc} joined it ({rule}): " + "; ".join(parts) + "."
