"""The lean form of a report row (`doc_events.record`): what the database already holds is not repeated.

Why: a report's record used to repeat, per report, every party's full entity (all its names in both
scripts), the place, and the evidence sentence, so half the database was copies. Now

- parties and places are stored once in `entity_bodies` (content-addressed: the same JSON body is one
  row) and the record holds their integer ids;
- the source entry drops what the document row holds: the evidence sentence (`text`, a slice of
  `documents.text` between the source's `start` and `end`) and the `url`. Both are dropped only when
  they equal what the document gives back, and the keys dropped are listed under `DERIVED`, so
  `expand(compact(r)) == r` for every record, including hand-built ones.

`expand` rebuilds the record with the keys in their original order, so composed and exported events
are byte-identical to those of the full form.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from typing import Iterable

from readout.store.bounded import BoundedCache

DERIVED = "~"  # source key listing the keys dropped because the document row holds them
SOURCE_ORDER = ("doc", "lang", "published", "url", "text", "start", "end", "evidence", "actors")
ENTITY_LISTS = ("actors", "recipients")


COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # built once: json.dumps with options
# builds an encoder per call, a third of the cost of encoding a report row


def dumps(value) -> str:
    """Compact JSON (no spaces after separators): what every stored lean row is written with."""
    return COMPACT.encode(value)


# A report's merge reason (`doc_events.merge_reason`) is kept packed: raw deflate with a preset dictionary
# of the words reasons are made of, behind a format byte. Why: the reason (the report's members, their
# documents and how their dates agree) was the largest part of a report row, two fifths of the
# database, and it is read only to explain a merge. Packing is lossless: `reason_of(pack_reason(t))` is
# `json.loads(t)`. The dictionary of a format byte never changes once written (a new dictionary takes a
# new byte and the old one stays readable).
REASON_PACKED = 1
REASON_WORDS = {REASON_PACKED: (
    '"days apart in one city, both stated","both dates inferred from the story","outside the publication\'s'
    ' lookback","same month or year","other month","same year","report names 1 of the record\'s 2 parties",'
    '"a closer candidate ev_ refused: ","joint act: absorbed ev_","same person by learned alias (",'
    '{"rule":"new event","candidates":0,"why":"undated: never merged","refused":[{"rule":"same event by'
    ' evidence","event":"ev_","score":1.3,"agreed":["same parties","same target","same city Seoul",'
    '"dates agree (+0.1)","dates agree (+0.15)","dates agree (+0.3)"],"disagreed":[],"members":['
    '{"with":"","doc":"","date":"published 1 days after the stated date","date_kind":"published_window"},'
    '{"with":"","doc":"","date":"one day apart: time zones","date_kind":"time_zone"},'
    '{"with":"","doc":"","date":"same day","date_kind":"same_day"},'
    '{"with":"","doc":"","date":"same day","date_kind":"same_day"},'
    '{"with":"","doc":"","date":"same day","date_kind":"same_day"}]}').encode("utf-8")}


# A 2 KiB window (it holds the dictionary and a reason's earlier text) and the smallest hash tables:
# zlib's default state is a quarter megabyte allocated per compressor, which cost more than compressing
# a reason (about 25 us against 150); packed sizes are the same. Any window reads back (`reason_text`).
REASON_WINDOW_BITS = 11
REASON_MEMORY_LEVEL = 2


# A compressor that has read the dictionary and nothing else: each reason is packed by a copy of it (the same
# bytes as a new compressor's, a quarter less time: setting the dictionary hashed all of it for every reason).
PRIMED = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -REASON_WINDOW_BITS, REASON_MEMORY_LEVEL,
                          zlib.Z_DEFAULT_STRATEGY, REASON_WORDS[REASON_PACKED])
PACKED_MARK = bytes((REASON_PACKED,))


def pack_reason(text: str) -> bytes:
    """A merge reason's JSON text as stored (see `REASON_WORDS`)."""
    packer = PRIMED.copy()
    return PACKED_MARK + packer.compress(text.encode("utf-8")) + packer.flush()


def reason_text(stored: bytes | str | None) -> str:
    """A stored merge reason's JSON text: packed (`pack_reason`), or as written before packing."""
    if not isinstance(stored, bytes):
        return stored or "{}"
    unpacker = zlib.decompressobj(-zlib.MAX_WBITS, zdict=REASON_WORDS[stored[0]])
    return (unpacker.decompress(stored[1:]) + unpacker.flush()).decode("utf-8")


def reason_of(stored: bytes | str | None) -> dict:
    """A stored merge reason (`doc_events.merge_reason`) as its dict."""
    return json.loads(reason_text(stored))


class Entities:
    """Entity and place bodies by content: `ref(body)` gives the row id (inserting it once),
    `body(id)` the JSON text. Both directions are cached; `forget` after a rollback."""

    def __init__(self, conn: sqlite3.Connection, limit: int):
        self.conn = conn
        self.ids = BoundedCache(limit)  # digest -> id
        self.bodies = BoundedCache(limit)  # id -> JSON text, parsed on its first `body` (then the value)
        self.seen = BoundedCache(limit)  # `body_key` of a body -> id: most bodies recur; the key costs less than JSON
        self.texts: dict[str, int] = {}  # JSON text of a body -> id (`ref_known`: a template's bodies)
        self.limit = limit

    def forget(self) -> None:
        self.ids.clear()
        self.bodies.clear()
        self.seen.clear()
        self.texts.clear()

    def ref_known(self, text: str) -> int:
        """`ref_text` of a body's JSON text, remembered by the text (what `LeanTemplate.fill` asks). A plain
        dict emptied when full, not a `BoundedCache`: every party of every report is asked here, and the
        recency bookkeeping cost more than the look-up (a few hundred bodies recur; forgetting costs a hash)."""
        found = self.texts.get(text)
        if found is None:
            if len(self.texts) >= self.limit:
                self.texts.clear()
            found = self.texts[text] = self.ref_text(text)
        return found

    def ref(self, body: dict) -> int:
        shown = body_key(body)  # equal keys are equal JSON texts
        found = self.seen.get(shown)
        if found is None:
            found = self.seen[shown] = self.ref_text(dumps(body))
        return found

    def ref_text(self, text: str) -> int:
        """The row id of a body's JSON text, inserted once."""
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
        found = self.ids.get(digest)
        if found is None:
            row = self.conn.execute("SELECT id FROM entity_bodies WHERE digest = ?", (digest,)).fetchone()
            found = row[0] if row else self.conn.execute(
                "INSERT INTO entity_bodies (digest, body) VALUES (?, ?)", (digest, text)).lastrowid
            self.ids[digest] = found
            self.bodies[found] = text
        return found

    def load(self, ids: Iterable[int]) -> None:
        """Read the bodies not cached yet, in one query."""
        missing = sorted({i for i in ids if i not in self.bodies})
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            for i, text in self.conn.execute(
                    f"SELECT id, body FROM entity_bodies WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                self.bodies[i] = text

    def body(self, ref: int) -> dict:
        """A fresh copy of the body each time (the records merging weighs are mutated by linking), copied
        from the value parsed once: composing an event expands every report's parties again, and a
        copy costs half of parsing the text."""
        return fresh(self.shared(ref))

    def shared(self, ref: int) -> dict:
        """The parsed body itself, not a copy: only for a caller that never changes it (composing a
        merged record copies what it keeps, `records.union_entities`). Copying every report's parties
        was a tenth of composing an event of many reports."""
        value = self.bodies.get(ref)
        if value is None:
            self.load([ref])
            value = self.bodies[ref]
        if isinstance(value, str):
            value = self.bodies[ref] = json.loads(value)
        return value


def body_key(body: dict) -> tuple | str:
    """A party's or place's body as a key whose equality means equal JSON texts (`dumps`), for `Entities.ref`.
    Why not `repr` (speed57b): a body's values are mostly strings, often Hangul, and `repr` of a string
    tests every character for printing; a tuple of the strings themselves hashes them once (a string keeps
    its hash). Exact: a string value or None stands as itself (a string never equals None), a list of strings
    as a tuple of them, any other value as its type and `repr` (1 and 1.0 and True, 0.0 and -0.0 equal
    but are written apart), each beside its key in the body's order; a key that is not a string gives the
    whole body's `repr`, as before."""
    out = []
    for key, value in body.items():
        kind = type(key) is str and type(value)
        if kind is str or (kind and value is None):
            out.append((key, value))
        elif kind is list and all(type(v) is str for v in value):
            out.append((key, tuple(value)))
        elif kind:
            out.append((key, kind, repr(value)))
        else:
            return repr(body)
    return tuple(out)


CONTAINERS = (dict, list)


def fresh(value):
    """A copy of a parsed JSON value (dicts and lists copied, strings and numbers shared): what
    `json.loads` of its text gives, without parsing."""
    if type(value) is dict:
        return {k: v if type(v) not in CONTAINERS else fresh(v) for k, v in value.items()}
    if type(value) is list:
        return [v if type(v) not in CONTAINERS else fresh(v) for v in value]
    return value


def compact(record: dict, entities: Entities, url: str | None = None, text: str | None = None) -> dict:
    """The lean form of one report's record. `url` and `text` are the document's (its url and stored
    text): a source's url and evidence sentence are dropped only when they are exactly those."""
    out = swap_entities(record, dict, entities.ref)
    if "sources" in out:
        out["sources"] = [lean_source(s, url, evidence_of(s, text)) for s in out["sources"]]
    return out


# A report row's lean JSON made where the document was extracted (`prepared.prepare`, in a worker), with a
# hole for each party's and place's id, which only the store can give (`entity_bodies`). Why: making the lean
# record (a copy, every party's body as JSON to find its id, then the whole row as JSON) was the largest
# Python cost of a report row in the serial main process; the store now only looks the bodies' texts up.
# The holes are numbers no record holds (checked: a record whose JSON holds one gets no template).
HOLE = 7_000_000_000_000_000_000  # the first hole's number; hole i is HOLE + i, all of one width
HOLE_PREFIX = str(HOLE)[:16]
HOLES_MAX = 1000


class LeanTemplate:
    """`dumps(compact(record, entities, url, text))` for any `entities`, as text around the ids: `parts`
    are the texts between the holes, `bodies` the JSON text of each party and place in the order
    `compact` asks their ids (actors, recipients, location), `order` which body's id fills each hole."""

    __slots__ = ("parts", "bodies", "order")

    def __init__(self, parts: tuple[str, ...], bodies: tuple[str, ...], order: tuple[int, ...]):
        self.parts, self.bodies, self.order = parts, bodies, order

    def __getstate__(self) -> tuple:  # pickled as a plain tuple: it travels back from workers
        return self.parts, self.bodies, self.order

    def __setstate__(self, state: tuple) -> None:
        self.parts, self.bodies, self.order = state

    def fill(self, ref_text) -> str:
        """The row's lean JSON, each body's id from `ref_text` (`Entities.ref_known`), asked in body order."""
        ids = [str(ref_text(body)) for body in self.bodies]
        out = [self.parts[0]]
        for i, part in zip(self.order, self.parts[1:]):
            out += (ids[i], part)
        return "".join(out)


def lean_template(record: dict, url: str | None, text: str | None) -> LeanTemplate | None:
    """The record's `LeanTemplate` against its document's `url` and `text`; None when its JSON holds a
    number that looks like a hole, or it has too many parties (then the store makes the row as before)."""
    bodies: list[str] = []

    def hole(body: dict) -> int:
        bodies.append(dumps(body))
        return HOLE + len(bodies) - 1

    out = swap_entities(record, dict, hole)
    if "sources" in out:
        out["sources"] = [lean_source(s, url, evidence_of(s, text)) for s in out["sources"]]
    shown = dumps(out)
    if len(bodies) >= HOLES_MAX or shown.count(HOLE_PREFIX) != len(bodies):
        return None
    width = len(str(HOLE))
    spots = sorted((shown.index(str(HOLE + i)), i) for i in range(len(bodies)))
    parts, cut = [], 0
    for at, _i in spots:
        parts.append(shown[cut:at])
        cut = at + width
    parts.append(shown[cut:])
    return LeanTemplate(tuple(parts), tuple(bodies), tuple(i for _at, i in spots))


def swap_entities(record: dict, form: type, convert) -> dict:
    """A copy of the record with each party list item and the location of type `form` converted: bodies
    to ids when compacting (dict -> int), ids to bodies when expanding (int -> dict)."""
    out = dict(record)
    for key in ENTITY_LISTS:
        if key in out:
            out[key] = [convert(e) if isinstance(e, form) else e for e in out[key]]
    if isinstance(out.get("location"), form):
        out["location"] = convert(out["location"])
    return out


def evidence_of(source: dict, text: str | None) -> str | None:
    """The slice of the document's text a source's evidence sentence is (None: no document)."""
    start, end = source.get("start"), source.get("end")
    if text is None or not isinstance(start, int) or not isinstance(end, int):
        return None
    return text[start:end]


def lean_source(source: dict, url: str | None, evidence: str | None) -> dict:
    """A source without what its document row gives back; `evidence` None: the document is unknown."""
    if evidence is None:
        return source
    out, derived = dict(source), ""
    if "text" in out and out["text"] == evidence:
        del out["text"]
        derived += "t"
    if "url" in out and out["url"] == url:
        del out["url"]
        derived += "u"
    if derived:
        out[DERIVED] = derived
    return out


def needed_refs(lean: dict) -> list[int]:
    refs = [e for key in ENTITY_LISTS for e in lean.get(key, ()) if isinstance(e, int)]
    return refs + ([lean["location"]] if isinstance(lean.get("location"), int) else [])


def expand(lean: dict, entities: Entities, url: str | None, evidence: str | None, shared: bool = False) -> dict:
    """The full record back from its lean form; `url` is the document's, `evidence` the slice of its
    text between the (single) source's start and end, as the database gives them. `shared`: parties
    and place are the cached bodies themselves (`Entities.shared`), for a caller that never changes them."""
    entities.load(needed_refs(lean))
    out = swap_entities(lean, int, entities.shared if shared else entities.body)
    if "sources" in out:
        out["sources"] = [full_source(s, url, evidence) for s in out["sources"]]
    return out


def full_source(source: dict, url: str | None, evidence: str | None) -> dict:
    derived = source.get(DERIVED)
    if not derived:
        return source
    values = dict(source)
    del values[DERIVED]
    if "u" in derived:
        values["url"] = url
    if "t" in derived:
        values["text"] = evidence or ""
    ordered = {k: values.pop(k) for k in SOURCE_ORDER if k in values}
    return {**ordered, **values}


# The SQL that gives `expand` its document values for a doc_events row `de` joined to documents `d`:
# the document's url and the evidence sentence (SQLite's substr counts characters, as Python does).
EXPAND_COLUMNS = ("d.url, substr(d.text, json_extract(de.record, '$.sources[0].start') + 1,"
                  " json_extract(de.record, '$.sources[0].end') - json_extract(de.record, '$.sources[0].start'))")


def expand_row(record: str, url: str | None, evidence: str | None, entities: Entities,
               known: Known | None = None, doc: str | None = None, shared: bool = False) -> dict:
    """`expand` on a row selected with `EXPAND_COLUMNS`; `known` (when given with the row's document
    `doc`) learns that document's values under the first source's (doc, start, end), what
    `lean_event` would ask the database for."""
    lean = json.loads(record)
    sources = lean.get("sources")
    if known is not None and sources and isinstance(sources[0], dict):
        first = sources[0]
        if isinstance(first.get("start"), int) and isinstance(first.get("end"), int) and first.get("doc") == doc:
            known[(first["doc"], first["start"], first["end"])] = (url, evidence)
    return expand(lean, entities, url, evidence, shared)


# A merged event's sources with their documents' url and evidence sentence, one row per source: the
# parameter is a JSON list of each source's [doc, start, end] (`source_places`), not the record itself. Why:
# SQLite (before 3.45) parsed the whole record for `json_each` and each source's object again for every
# `json_extract`; a record of many sources was most of the export's SQL.
SOURCES_SQL = ("SELECT s.key, d.url, substr(d.text, (s.value ->> 1) + 1, (s.value ->> 2) - (s.value ->> 1))"
               " FROM json_each(?) s JOIN documents d ON d.id = (s.value ->> 0)")


def source_places(sources: list) -> str:
    """`SOURCES_SQL`'s parameter: each source's document, start and end as the record holds them (a
    source that is not an object gives nulls, as reading a field of it in SQL gives)."""
    return dumps([[s.get("doc"), s.get("start"), s.get("end")] if isinstance(s, dict) else [None, None, None]
                  for s in sources])


Known = dict[tuple, tuple]  # (doc, start, end) -> (the document's url, its text from start to end)


def lean_event(conn: sqlite3.Connection, record: dict, known: Known | None = None) -> str:
    """A merged record's stored JSON: its sources lean (entities stay inline: they are once per event).
    `known`: document values the caller already holds (its report rows, read with `EXPAND_COLUMNS`);
    when every source is among them the database is not asked again."""
    keys = [(s.get("doc"), s.get("start"), s.get("end")) for s in record["sources"]]
    if known is not None and all(k in known for k in keys):
        found = {i: known[k] for i, k in enumerate(keys)}
    else:
        rows = conn.execute(SOURCES_SQL, (source_places(record["sources"]),))
        found = {i: (url, evidence) for i, url, evidence in rows}
    out = dict(record)
    out["sources"] = [lean_source(s, *found.get(i, (None, None))) for i, s in enumerate(record["sources"])]
    return json.dumps(out, ensure_ascii=False)


def full_event(conn: sqlite3.Connection, stored: str) -> dict:
    """A merged record as exported, from its stored JSON."""
    record = json.loads(stored)
    if f'"{DERIVED}"' not in stored:
        return record
    rows = conn.execute(SOURCES_SQL, (source_places(record["sources"]),))
    found = {i: (url, evidence) for i, url, evidence in rows}
    record["sources"] = [full_source(s, *found.get(i, (None, None))) for i, s in enumerate(record["sources"])]
    return record
