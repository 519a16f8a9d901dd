"""A later copy of a wire story takes its first copy's merge verdicts instead of being weighed again.

Why: the near-duplicate index links a document to the first stored copy of its story (store/neardup.py), and
a copy whose reports state the same facts as that first copy's would be weighed against the very records the
first copy joined or founded, candidate search, judging and linking included: the store's largest Python cost
of a report, paid again for every copy of the story. A copy's report now joins the record its original report
is in now (read from the original's rows, so an absorption or a replaced original since is followed), with the
reason stored honestly ("copy of <doc>: verdict of <record> reused"). A copy is reused only when every report
equals its original's in everything merging reads (the record without its own id, document and url, the
event's facts and the learned links applied to it) and in number and order; a copy that differs in one fact
is weighed as any report is. An original remembers its reports for the writer's lifetime (bounded); a rollback
does not empty it, because the original's rows are read again before they are reused (a rolled back original
has none, and its copies are weighed), so a batch's size or a refused document changes no verdict. An original
stored by an earlier process (a run before this one) is read back from its stored rows (`reused_stored`): each
row's columns and its record expanded stand for what the row's report was weighed with, so a copy in a later run
takes the verdicts it would take in one run; only a copy with no learned link (a link an original learned is
applied to its stored record but not to the facts a writer remembers, so such a copy is weighed, as in one run).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from json.encoder import encode_basestring as quoted  # how the lean encoder (ensure_ascii off) writes a string

from readout.store.bounded import BoundedCache
from readout.store.event_rows import iso
from readout.store.lean import DERIVED, EXPAND_COLUMNS, Entities, evidence_of, expand_row, lean_source
from readout.store.lean import dumps as lean_dumps
from readout.store.merge_voices import voice_text

# What a copy's report reuses of its original's: (the original report's key, the record it is in now, its row's lean
# JSON, how far the copy's offsets are shifted from the original's: 0, `copy_lean` makes its row, else `shifted_lean`).
Reuse = tuple[str, str, str, int]
OWN_SOURCE_KEYS = ("doc", "url")  # what a copy's source entry holds of its own document, not of the story


@dataclass(frozen=True)
class Original:
    """A first copy's reports, in the order its document lists them: each report's key and what its verdict
    depends on (`facts`)."""

    keys: tuple[str, ...]
    facts: tuple[tuple, ...]
    anchor: int = 0  # where its story's first report is read (`anchor_of`)


def report_facts(event: tuple, record: dict, learned: dict[str, str], anchor: int = 0) -> tuple:
    """Everything a report's verdict reads, without what names its own report and document: the event's facts
    (type, date, basis, mode, voice, local time, measure), the learned links applied, and the record without its
    id, with each source entry without its document's id and url and its offsets counted from `anchor`."""
    return event, tuple(sorted(learned.items())), story_of(record, anchor)


def anchor_of(records: list[dict]) -> int:
    """Where a document's story is first read: its first report's source start (0 without one). Why: a copy
    with another header before the story (another site's dateline) has every offset shifted by the header's
    length, which no merge rule reads (merging compares sentences, never offsets); offsets counted from here
    are its original's, so the copy takes the verdicts weighing gives it, and its row keeps its own offsets."""
    sources = records[0].get("sources") if records else None
    start = sources[0].get("start") if sources and isinstance(sources[0], dict) else None
    return start if isinstance(start, int) else 0


def shifted(span: dict, anchor: int) -> dict:
    """A source entry or evidence span with its start and end counted from `anchor`."""
    return {k: v - anchor if k in ("start", "end") and isinstance(v, int) else v for k, v in span.items()}


def story_of(record: dict, anchor: int = 0) -> dict:
    """The record without its id and with each source entry without its document's id and url, and its offsets
    (its start and end, and each evidence span's) counted from `anchor`."""
    story = {k: v for k, v in record.items() if k != "id"}
    story["sources"] = [shifted({k: v if k != "evidence" or not isinstance(v, list) else
                                 [shifted(e, anchor) if isinstance(e, dict) else e for e in v]
                                 for k, v in s.items() if k not in OWN_SOURCE_KEYS}, anchor)
                        for s in record.get("sources", ())]
    return story


# The columns of a report's `doc_events` row that hold its event's facts (`EventWriter.member_row` writes them).
FACT_COLUMNS = "type, date, date_precision, date_basis, local_time, voice, measure"


def row_facts(event: tuple, member) -> tuple:
    """A report's event facts as its stored row's `FACT_COLUMNS` hold them (`EventWriter.member_row`'s values)."""
    return (member.type, iso(member.date), member.precision, member.basis, int(event[6]), voice_text(member.voice),
            member.measure)


def stored_facts(columns: tuple, record: dict, anchor: int) -> tuple:
    """What a stored report was weighed with, as its row holds it: its `FACT_COLUMNS` and its record's story
    (as JSON, so a list read back equals a tuple made), offsets counted from `anchor`."""
    return tuple(columns), json.dumps(story_of(record, anchor), sort_keys=True, ensure_ascii=False)


class Copies:
    """The first copies stored by this writer (`remember`) and the verdicts a later copy reuses (`reused`)."""

    def __init__(self, entries: int):
        self.originals: BoundedCache = BoundedCache(entries)  # document id -> its `Original`

    def forget(self, doc_id: str) -> None:
        """Forget a document stored again (its new text may be another story's copy, or differ)."""
        self.originals.pop(doc_id, None)

    def remember(self, doc_id: str, keys: list[str], facts: list[tuple], anchor: int = 0) -> None:
        self.originals[doc_id] = Original(tuple(keys), tuple(facts), anchor)

    def reused(self, conn: sqlite3.Connection, original_id: str | None, facts: list[tuple],
               anchor: int = 0) -> list[Reuse] | None:
        """For each report of a copy of `original_id` (its facts counted from `anchor`), the original's report
        key, the record it is in now, its row's lean JSON and how far the copy's offsets are shifted from it
        (`Reuse`); None when the copy is weighed afresh: no original remembered, a report that differs, or an
        original report no longer stored."""
        original = self.originals.get(original_id) if original_id else None
        if original is None or original.facts != tuple(facts):
            return None
        rows = {key: (event_id, lean, anchor - original.anchor) for key, event_id, lean in conn.execute(
            "SELECT key, event_id, record FROM doc_events WHERE doc_id = ?", (original_id,))}
        if not all(key in rows for key in original.keys):
            return None
        return [(key, *rows[key]) for key in original.keys]

    def reused_stored(self, conn: sqlite3.Connection, entities: Entities, original_id: str,
                      facts: list[tuple], anchor: int = 0) -> list[Reuse] | None:
        """`reused` for an original this writer does not remember (stored by an earlier run): its rows read back
        in the order they were written, at most one more than the copy has reports (bounded), each as
        `stored_facts`; `facts` the copy's reports' `stored_facts` counted from `anchor`. None when they differ."""
        rows = conn.execute(
            f"SELECT de.key, de.event_id, de.record, {FACT_COLUMNS}, " + EXPAND_COLUMNS +
            " FROM doc_events de JOIN documents d ON d.id = de.doc_id WHERE de.doc_id = ? ORDER BY de.rowid LIMIT ?",
            (original_id, len(facts) + 1)).fetchall()
        if len(rows) != len(facts):
            return None
        records = [expand_row(row[2], row[10], row[11], entities) for row in rows]
        own = anchor_of(records)
        if any(stored_facts(row[3:10], record, own) != fact for row, record, fact in zip(rows, records, facts)):
            return None
        return [(key, event_id, lean, anchor - own) for key, event_id, lean, *_rest in rows]


def copy_reason(original_id: str, key: str, event_id: str) -> dict:
    """The stored merge reason of a copy's report: whose verdict it took (`explain.step_sentence` reads the
    member as the report it joined)."""
    return {"rule": f"copy of {original_id}: verdict of ev_{key} reused", "event": event_id,
            "members": [{"with": key, "doc": original_id, "date": "the same report"}]}


def copy_lean(original_text: str, original_id: str, original_key: str, doc_id: str, key: str) -> str | None:
    """A copy's report row's lean JSON from its original's: the same record but for the report's id and its
    source's document (the url and evidence left out of both, as each equals its own document's). None when
    either value is not found exactly once (the caller then makes the row). Each value's text is what `lean.dumps`
    writes of it (`quoted`: the encoder's own string escaping, without a dict's encoding around it, harden60)."""
    swaps = (('"id":' + quoted(f"ev_{original_key}"), '"id":' + quoted(f"ev_{key}")),
             ('"doc":' + quoted(original_id), '"doc":' + quoted(doc_id)))
    out = original_text
    for old, new in swaps:
        if out.count(old) != 1:
            return None
        out = out.replace(old, new)
    return out


SPAN_KEYS = ("start", "end", "evidence")  # a source entry's offsets, one after another in its lean JSON


def shifted_lean(original_text: str, original_id: str, original_key: str, record: dict, url: str | None,
                 text: str | None, shift: int) -> str | None:
    """A shifted copy's report row's lean JSON (harden60): its original row's (`copy_lean`: its own id and
    document) with its source's offsets in place of the original's, `shift` later. None when its one source entry
    drops other keys than the original's (its evidence or url not what its document holds there), keeps a url (a
    url of its own, which the original's row does not hold), or the original's offsets are not found once: the
    caller then makes the row with `lean.compact`.
    Why: a copy with another header (`anchor_of`) rebuilt its whole row with `compact`, though its facts equal its
    original's (`reused` compared all but the id and the entry's document, url and shifted offsets). Why text
    swaps, not the parsed row: parsing and dumping the row costs what `compact` costs; the offsets' text is short.
    Exact: the offsets are one run of keys in the entry (`SPAN_KEYS`, `lean.SOURCE_ORDER`), swapped as one text."""
    sources = record.get("sources")
    if not isinstance(sources, list) or len(sources) != 1 or not isinstance(sources[0], dict):
        return None
    source = sources[0]
    keys = [k for k in source if k in SPAN_KEYS]
    order = list(source)
    if not keys or order[order.index(keys[0]):order.index(keys[0]) + len(keys)] != keys or "url" in source \
            and source["url"] != url or derived_of(original_text) != lean_source(source, url, evidence_of(
                source, text)).get(DERIVED, ""):
        return None
    if not isinstance(source.get("doc"), str) or not isinstance(record.get("id"), str):
        return None
    span = {k: source[k] for k in keys}
    out = copy_lean(original_text, original_id, original_key, source["doc"], record["id"].removeprefix("ev_"))
    old, new = span_text(moved(span, shift)), span_text(span)
    if out is None or out.count(old) != 1:
        return None
    return out.replace(old, new)


def span_text(span: dict) -> str:
    """`lean.dumps(span)` without its braces; offsets that are plain numbers written directly (a fifth of the cost)."""
    evidence = span.get("evidence", [])
    if not (all(type(v) is int for k, v in span.items() if k != "evidence") and isinstance(evidence, list)
            and all(type(e) is dict and list(e) == ["start", "end"] and type(e["start"]) is int
                    and type(e["end"]) is int for e in evidence)):
        return lean_dumps(span)[1:-1]
    spans = ",".join(f'{{"start":{e["start"]},"end":{e["end"]}}}' for e in evidence)
    return ",".join(f'"{k}":{v}' if k != "evidence" else f'"evidence":[{spans}]' for k, v in span.items())


def derived_of(lean_text: str) -> str:
    """The keys a one-source row's lean JSON marks as dropped (`lean.DERIVED`): '', 't', 'u' or 'tu'."""
    mark = lean_text.find(f'"{DERIVED}":"')
    return "" if mark < 0 else lean_text[mark + len(DERIVED) + 4:lean_text.index('"', mark + len(DERIVED) + 4)]


def moved(span: dict, shift: int) -> dict:
    """A source entry's offsets (its start and end, and each evidence span's) `shift` earlier."""
    out = shifted(span, shift)
    if isinstance(out.get("evidence"), list):
        out["evidence"] = [shifted(e, shift) if isinstance(e, dict) else e for e in out["evidence"]]
    return out
