"""The small pieces of an event row the writer stores: a report's own document values and sources, the linking of a
report's persons to a record's, a packed merge reason, id lists, JSON text and timestamps.

Why its own module (debt55): store/events.py's `EventWriter` decides what joins what; these helpers only shape what
it writes, and the module had grown past 430 lines with them. store/db.py takes `iso` and `now` from here too."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from readout.model import Article
from readout.store import merge
from readout.store.lean import dumps as lean_dumps  # compact JSON for report rows
from readout.store.lean import evidence_of, pack_reason


def own_values(record: dict, article: Article | None) -> dict | None:
    """The document values (`lean.Known`) of a report's sources that are its own document's, as
    `lean.SOURCES_SQL` reads them from the stored document row; None without the document."""
    if article is None:
        return None
    return {(s.get("doc"), s.get("start"), s.get("end")): (article.url, evidence_of(s, article.text))
            for s in record.get("sources", ()) if s.get("doc") == article.id}


def own_sources(lean: dict, doc: str) -> bool:
    """Whether a report row's sources are all its own document's (what `compact` made them lean against)."""
    return all(isinstance(s, dict) and s.get("doc") == doc for s in lean.get("sources", ()))


def link(member: merge.Member, record: dict, linked: dict[str, str]) -> None:
    """Give the report's unknown persons the ids of the record's same persons (another script or
    spelling, see `merge.link_persons`): the record then lists each person once, and the report's own
    source entry keeps the name it used."""
    if not linked:
        return
    member.parties = {linked.get(p, p) for p in member.parties}
    member.recipients = {linked.get(p, p) for p in member.recipients}
    for key in ("actors", "recipients"):
        if any(e["id"] in linked for e in record.get(key, ())):  # changed in a copy: a sent record stays as sent
            record[key] = [dict(e) if e["id"] in linked else e for e in record[key]]
        for e in record.get(key, ()):
            if e["id"] in linked:
                e["names"] = list(dict.fromkeys([*e.get("names", []), e["name"]]))
                if e["id"] in member.names:  # later reports may link to this spelling too
                    member.names.setdefault(linked[e["id"]], member.names.pop(e["id"]))
                e["id"] = linked[e["id"]]
    for source in record.get("sources", ()):
        source["actors"] = [linked.get(a, a) if isinstance(a, str) else a for a in source.get("actors", ())]


DOC_EVENTS_SQL = "INSERT OR REPLACE INTO doc_events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"  # a report row
BLOCKS_SQL = "INSERT OR IGNORE INTO event_blocks VALUES (?,?,?,?)"  # a report's candidate keys (`block_rows`)

REASONS_PACKED = 1024  # how many packed reasons `packed_reason` keeps (emptied when full: a plain dict)
PACKED: dict[str, bytes] = {}  # a reason's JSON text -> its packed bytes


def packed_reason(reason: dict) -> bytes:
    """A merge reason as `doc_events.merge_reason` keeps it: compact JSON, packed (`lean.pack_reason`).
    Packed once per text (speed57b): the copies of one story joining one record, and every report founding
    an event no candidate was weighed for, give the same reason text, and packing (a deflate stream) costs
    several times the look-up. Exact: the bytes are a function of the text alone. A plain dict emptied when
    full, as `lean.Entities.ref_known`: most texts are new (a reason names its event and members), so the
    recency bookkeeping would cost more than a miss."""
    text = lean_dumps(reason)
    found = PACKED.get(text)
    if found is None:
        if len(PACKED) >= REASONS_PACKED:
            PACKED.clear()
        found = PACKED[text] = pack_reason(text)
    return found


UNESCAPED = json.JSONEncoder(ensure_ascii=False)  # built once (see lean.COMPACT)


def dumps(value) -> str:
    return UNESCAPED.encode(value)


def id_list(ids: set[str]) -> str:
    """`json.dumps(sorted(ids))`: written directly when no id needs escaping (ASCII, printable, no quote
    or backslash: every id the knowledge base and the phonetic keys make), which is most of its cost
    for a list of a few short ids."""
    ordered = sorted(ids)
    if all(i.isascii() and i.isprintable() and '"' not in i and "\\" not in i for i in ordered):
        return '["' + '", "'.join(ordered) + '"]' if ordered else "[]"
    return json.dumps(ordered)


def iso(d) -> str | None:
    return d.isoformat() if d else None


def now() -> str:
    return datetime.now(timezone.utc).isoformat()
