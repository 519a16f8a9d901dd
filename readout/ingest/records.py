"""One JSONL line to a document's fields, or a `BadRecord` naming what is wrong with it.

Every field is checked on its own terms: the line is UTF-8 JSON no deeper than `max_json_depth`
(Python's parser would otherwise recurse until it fails), numbers stay strings (a 5,000-digit id
must not reach `int()`, which refuses over 4,300 digits), the id is a bounded string, lone
surrogates are replaced, and a date is a calendar day within [min_year, max_year].
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import date

from readout.errors import BadRecord
from readout.ingest.normalize import CONTROL_RE, no_surrogates
from readout.settings import Settings


class JsonNumber(str):
    """A JSON number kept as written: usable as an id, never mistaken for text."""


STRING_RE = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)  # unrolled: no backtracking
BRACKET_RE = re.compile(rb"[\[\]{}]")


def json_depth(raw: bytes, limit: int) -> int:
    """How deep the line nests (brackets inside strings do not count); linear, no recursion."""
    outside = STRING_RE.sub(b"", raw)
    if outside.count(b"{") + outside.count(b"[") <= limit:
        return outside.count(b"{") + outside.count(b"[")
    depth = deepest = 0
    for m in BRACKET_RE.finditer(outside):
        depth += 1 if m.group() in (b"{", b"[") else -1
        deepest = max(deepest, depth)
    return deepest


def parse_line(raw: bytes, where: str, settings: Settings) -> dict:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRecord(f"line is not UTF-8: byte 0x{raw[exc.start]:02x} at position {exc.start}", doc=where) from exc
    depth = json_depth(raw, settings.max_json_depth)
    if depth > settings.max_json_depth:
        raise BadRecord(f"JSON nested {depth} deep, over the limit of {settings.max_json_depth}", doc=where)
    try:
        record = json.loads(line, parse_int=JsonNumber, parse_float=JsonNumber, parse_constant=JsonNumber)
    except (ValueError, RecursionError) as exc:
        raise BadRecord(f"not a JSON object: {exc}", doc=where) from exc
    if not isinstance(record, dict):
        raise BadRecord(f"a line must be a JSON object, not {json_kind(record)}" + array_hint(record), doc=where)
    return record


ARRAY_LINE_HINT = ("JSON lines hold one record a line: write each on a line of its own (jq -c '.[]'), or name the "
                   "file .json to read it as an array of records")


def array_hint(value: object) -> str:
    """For a line holding an array of records (objects), how many and how to fix the file (harden58b); '' else.
    Why a reject, not each record read: a line is a record's place (the reject's and warning's line number, the
    duplicate check by place, the progress count), so records sharing one line would share it, and a duplicate id
    among them would pass unseen; a whole export written on one line is a .json file misnamed, which the .json
    reader reads record by record, each at a place of its own (harden57)."""
    if not isinstance(value, list) or not value or not all(isinstance(item, dict) for item in value):
        return ""
    return f" (an array of {len(value)} record(s)): {ARRAY_LINE_HINT}"


def json_kind(value: object) -> str:
    """What a JSON value is, in JSON's words (budget53: a line holding a number was 'not JsonNumber', a class of
    readout's own, and null 'not NoneType')."""
    if isinstance(value, JsonNumber):
        return "a number"
    if isinstance(value, bool):
        return "true or false"
    return {list: "an array", dict: "an object", str: "a string", type(None): "null"}.get(type(value),
                                                                                          type(value).__name__)


def document_id(record: dict, where: str, limit: int) -> str:
    """The record's `id` (or its `url`) as a bounded, printable string; a long one keeps its start
    and gets a hash of the whole, so two long ids never collide."""
    name = id_source(record)
    value = record.get(name)
    if value is not None and not isinstance(value, str):  # an array, an object, true/false: say so (harden54)
        raise BadRecord(f"{name!r} is {json_kind(value)}, expected a string or an integer", doc=where)
    if not isinstance(value, str) or not value.strip():
        raise BadRecord("missing 'id' (a string or an integer; or a 'url')", doc=where)
    raw = value.strip()
    value = unicodedata.normalize("NFC", no_surrogates(raw))
    if CONTROL_RE.search(value):
        first = CONTROL_RE.search(value)
        raise BadRecord(f"{name!r} contains control characters (U+{ord(first.group()[0]):04X} at character "
                        f"{first.start()})" + ("; a url stands for the missing id" if name == "url" else ""),
                        doc=where)
    if value != unicodedata.normalize("NFC", raw):  # lone surrogates replaced: keep two such ids apart (harden54)
        value = f"{value}~{hashlib.sha256(raw.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"
    if len(value) > limit:
        digest = hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]
        value = f"{value[:limit - len(digest) - 1]}~{digest}"
    return value


def no_nul(body: str, doc_id: str) -> str:
    """`body`, or `BadRecord` when it holds a NUL character: binary data, not text. One check for every way a text
    comes in (a JSONL line's field, a library caller's `extract_text`, budget53), so a NUL is never cleaned away
    on one path and rejected on the other."""
    if "\x00" in body:
        raise BadRecord(f"the text contains NUL characters (first at character {body.index(chr(0))}): binary data, "
                        "not text", doc=doc_id)
    return body


def record_to_document(raw: bytes, path: str, where: str, n: int, factory, settings: Settings,
                       tally: "UnknownTally | None" = None):
    """`factory` builds the document (sources.RawDocument) from the checked fields. A field of the wrong JSON type
    beside a good text is dropped and named in the document's `notes` (harden54), and so is a lone surrogate
    replaced in a field: the document is kept, the writer of the file learns what was not read. A field readout does
    not know is counted in `tally` (the file's one warning) or, for a record read alone, named in its notes
    (`unknown_fields`)."""
    record = parse_line(raw, where, settings)
    doc_id = document_id(record, where, settings.max_id_chars)
    notes: list[tuple[str, str]] = []
    id_field = id_source(record)
    if isinstance(record.get(id_field), str) and no_surrogates(record[id_field]) != record[id_field]:
        standing = " (standing for the missing id)" if id_field == "url" else ""
        notes.append((SURROGATES, f"field {id_field!r}{standing} held lone UTF-16 surrogates, replaced by U+FFFD and "
                                  f"the id given a hash of the whole: {doc_id!r}"))
    notes.extend(unknown_fields(record, where, settings, tally))
    text, html = text_or_none(record.get("text")), text_or_none(record.get("html"))
    if text is None and html is None:
        wrong = [f"{name!r} is {json_kind(record[name])}" for name in ("text", "html") if record.get(name) is not None]
        raise BadRecord("needs 'text' or 'html' (a string)" + (f"; {', '.join(wrong)}" if wrong else ""), doc=doc_id)
    no_nul(text if text is not None else html, doc_id)
    for name in OPTIONAL_FIELDS + ("text", "html"):
        wrong_type(record, name, notes)
    body = "text" if text is not None else "html"
    fields = {name: repaired(record.get(name) if name == body else str_or_none(record.get(name)), name, notes)
              for name in (body, "url", "title", "source")}
    published = record.get("published") if text_or_none(record.get("published")) is not None else None
    return factory(doc_id, **fields, published=parse_date(published, doc_id, settings),
                   path=path, line=n, notes=tuple(notes))


OPTIONAL_FIELDS = ("url", "title", "source", "published")  # a string each, or absent (null)
KNOWN_FIELDS = frozenset(("id", "text", "html") + OPTIONAL_FIELDS)  # every field a JSONL record is read for
UNKNOWN_FIELD = "unknown_field"  # the code of a field readout does not read (a typo like 'titel'): one warning a file
WRONG_TYPE = "wrong_type"  # the code of a field of another JSON type, dropped from a document that is kept
SURROGATES = "lone_surrogates"  # the code of a field whose lone UTF-16 surrogates were replaced by U+FFFD


class UnknownTally:
    """The fields readout does not read, counted over one JSONL file: how many records hold any, and for each name how
    many records and the first place (harden56). Why: the warning named a field on its first record only ('later
    records with it are not named'), so a file whose every line said 'titel' read as one slip; the count says whether
    the writer's whole export is off. One warning a file (`warning`), not one a record: 20,000 lines of a crawler's
    extra field would bury every other warning."""

    def __init__(self) -> None:
        self.records = 0
        self.fields: dict[str, list] = {}  # shown name -> [records holding it, where first]

    def add(self, names: list[str], where: str) -> None:
        if not names:
            return
        self.records += 1
        for name in names:
            self.fields.setdefault(name, [0, where])[0] += 1

    def warning(self) -> str | None:
        """The file's one warning, or None when every field was known."""
        if not self.records:
            return None
        listed = ", ".join(f"{name!r} ({count} record{'s' if count > 1 else ''}, first at {where})"
                           for name, (count, where) in sorted(self.fields.items()))
        return (f"{self.records} record{'s' if self.records > 1 else ''} of this file hold fields readout does not "
                f"read, ignored: {listed}; the fields read are {', '.join(sorted(KNOWN_FIELDS))}")


def shown_name(name: str) -> str:
    """A field name as printable text: lone surrogates and controls replaced, a long one cut."""
    shown = CONTROL_RE.sub("\ufffd", no_surrogates(name))
    return shown if len(shown) <= 60 else shown[:60] + "..."


def unknown_fields(record: dict, where: str, settings: Settings,
                   tally: UnknownTally | None) -> list[tuple[str, str]]:
    """The fields of `record` readout does not read, unless ignored on purpose (`settings.jsonl_ignored_fields`,
    crawler metadata). Why: a 'titel' or 'bodyy' was dropped without a word, so a document lost its title (or was
    rejected for want of a text) and the writer never learned the name was wrong. Read from a file (`tally` given),
    they are counted for the file's one warning and the document gets no note; a record read alone (a library
    caller) gets a note for each."""
    names = [shown_name(name) for name in sorted(set(record) - KNOWN_FIELDS - set(settings.jsonl_ignored_fields))]
    if tally is not None:
        tally.add(names, where)
        return []
    return [(UNKNOWN_FIELD, f"field {name!r} is not one readout reads (at {where}): ignored; the fields read are "
                            f"{', '.join(sorted(KNOWN_FIELDS))}") for name in names]


def id_source(record: dict) -> str:
    """The field the document id is read from: `id`, or `url` when there is no id."""
    return "id" if record.get("id") not in (None, "") else "url"


def wrong_type(record: dict, name: str, notes: list[tuple[str, str]]) -> None:
    """A note for `record[name]` when it is there but no JSON string (a number, array, object, true/false)."""
    value = record.get(name)
    if value is not None and text_or_none(value) is None:
        shown = str(value) if isinstance(value, JsonNumber) else json.dumps(value, ensure_ascii=True)  # no surrogate
        shown = shown if len(shown) <= 40 else shown[:40] + "..."
        notes.append((WRONG_TYPE, f"field {name!r} is {json_kind(value)} ({shown}), expected a string: not read"))


def repaired(value: str | None, name: str, notes: list[tuple[str, str]]) -> str | None:
    """`value` with its lone surrogates replaced (no encoder accepts them), and a note saying how many."""
    if value is None:
        return None
    clean = no_surrogates(value)
    if clean != value:
        first = next(i for i, (a, b) in enumerate(zip(value, clean)) if a != b)
        count = sum(a != b for a, b in zip(value, clean))
        notes.append((SURROGATES, f"field {name!r} held {count} lone UTF-16 surrogate(s) (first at character "
                                  f"{first}, like \\u{ord(value[first]):04x}), replaced by U+FFFD"))
    return clean


def text_or_none(value) -> str | None:
    """A JSON string (not a number kept as a string), else None."""
    return value if isinstance(value, str) and not isinstance(value, JsonNumber) else None


def str_or_none(value) -> str | None:
    value = text_or_none(value)
    return value if value and value.strip() else None


DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(value, doc: str, settings: Settings) -> date | None:
    """A `published` value: an ISO date (a datetime's first ten characters), within the years readout
    can reason about; anything else is a reason to reject the line, said in words."""
    if value in (None, ""):
        return None
    if text_or_none(value) is None or not DATE_RE.match(value):
        raise BadRecord(f"'published' is not a date (YYYY-MM-DD): {str(value)[:40]!r}", doc=doc)
    try:
        day = date.fromisoformat(value[:10])
    except ValueError as exc:
        raise BadRecord(f"'published' is not a calendar date: {value[:40]!r}", doc=doc) from exc
    return check_year(day, "'published'", doc, settings)


def check_year(day: date, what: str, doc: str | None, settings: Settings) -> date:
    if not settings.min_year <= day.year <= settings.max_year:
        raise BadRecord(f"{what} {day.isoformat()} is outside the years {settings.min_year}-{settings.max_year}",
                        doc=doc)
    return day
