"""`.json` files (harden57): an array of article records, what most exporters write (a database dump, a scraper's
`json.dump(articles)`), read as a list of documents; one record; or JSON lines under a `.json` name.

Why read them, not refuse them: a user with `articles.json` holding `[{...}, {...}]` expects its articles read, and
'unsupported file type .json' gave no way forward but a conversion the reader can make itself. Each record is read as
a JSONL record is (`records.record_to_document`: the same fields, types, notes and rejects), and a record's place is
its number in the array (`path:N`, as a JSONL record's is its line: every record has a place of its own, even in an
array written on one line, so two records with one id are a `duplicate_id` reject naming both). The file is read
whole, so it has a bound of its own (`settings.max_json_file_bytes`); over it, the reject says to write JSON lines,
which are read a line at a time.
"""
from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Iterator

from readout.errors import BadRecord, TooLarge, UnsupportedInput
from readout.ingest.compressed import content_of
from readout.ingest.records import UNKNOWN_FIELD, JsonNumber, UnknownTally, json_kind
from readout.ingest.sources import EMPTY_FILE, RawDocument, Reject, Warned, jsonl_line, open_regular, read_jsonl
from readout.settings import Settings

TRAILING_COMMA = "trailing_comma"  # the code of an array whose last record is followed by ',' (harden58): a warning
JSONL_HINT = "write one record a line to a .jsonl file (jq -c '.[]' FILE.json > FILE.jsonl)"
WHITE = " \t\r\n"


def read_json(path: Path, file_id: str, settings: Settings) -> Iterator[RawDocument | Reject]:
    """The documents of a `.json` file (see the module); a `Reject` for each record that holds none, one for a fault
    that ends the array (the records before it are kept), and a `BadRecord` for a file that is no JSON at all."""
    with content_of(open_regular(path, file_id), file_id) as f:
        data = f.read(settings.max_json_file_bytes + 1)
    if len(data) > settings.max_json_file_bytes:
        raise TooLarge(f"over the limit of {settings.max_json_file_bytes} bytes for a .json file, which is read whole; "
                       f"JSON lines are read a line at a time: {JSONL_HINT}", doc=file_id)
    try:
        text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnsupportedInput(f"JSON must be UTF-8: byte 0x{data[exc.start]:02x} at position {exc.start} is not",
                               doc=file_id) from exc
    start = len(text) - len(text.lstrip(WHITE))
    if start == len(text):
        yield Reject(file_id, EMPTY_FILE, f"the file is empty: no JSON ({len(data)} bytes)", str(path))
    elif text[start] == "[":
        yield from array_records(text, start + 1, path, file_id, settings)
    elif text[start] == "{":
        yield from object_records(text, start, path, file_id, settings)
    else:
        raise BadRecord(f"a .json file holds an array of records or one record (an object); this one opens with "
                        f"{text[start]!r}", doc=file_id)


DECODER = json.JSONDecoder(parse_int=JsonNumber, parse_float=JsonNumber, parse_constant=JsonNumber)


def object_records(text: str, start: int, path: Path, file_id: str,
                   settings: Settings) -> Iterator[RawDocument | Reject]:
    """One record, or JSON lines under a `.json` name (its first line a whole object, more after it)."""
    try:
        _, end = DECODER.raw_decode(text, start)
    except (ValueError, RecursionError) as exc:
        why = f"the record is cut (truncated): the file ends inside it (line {text.count(chr(10)) + 1})" \
            if is_cut(text, exc) else str(exc)
        raise BadRecord(f"not JSON: {why}", doc=file_id) from exc
    if not text[end:].strip(WHITE):
        yield from jsonl_line(text[start:end].encode("utf-8"), path, file_id, 1, settings)
    elif "\n" not in text[start:end]:  # one object a line: JSON lines named .json
        yield from read_jsonl(path, file_id, settings)
    else:
        raise BadRecord(f"more data after the record that ends on line {text.count(chr(10), 0, end) + 1}: a .json "
                        f"file holds one JSON value (an array of records, or one); for many, {JSONL_HINT}",
                        doc=file_id)


def array_records(text: str, pos: int, path: Path, file_id: str,
                  settings: Settings) -> Iterator[RawDocument | Reject]:
    """Each item of the array opening at `pos`, read as a JSONL record at place `path:N`; a fault in the array's
    syntax ends it with one reject naming the record and line after which it stands. A ',' before the closing ']'
    (JavaScript's and Python's lists allow it; hand-edited and some exporters' JSON has it) is a warning, not a
    reject of a record 'no JSON value' (harden58): every record was read, and the reject said one was lost."""
    tally, n = UnknownTally(), 0
    while True:
        pos = skip_white(text, pos)
        if text.startswith("]", pos):
            if n:  # after a ',': a trailing comma (harden58)
                yield Warned(file_id, TRAILING_COMMA, f"a ',' after record {n} stands before ']' (line "
                                                      f"{text.count(chr(10), 0, pos) + 1}): JSON allows none; read as "
                                                      f"the array's end", str(path))
            break
        line = text.count("\n", 0, pos) + 1
        if pos >= len(text):
            after = f"record {n} and its ','" if n else "'['"
            yield array_fault(f"the array is cut (truncated): the file ends (line {line}) after {after}", path,
                              file_id, n, line, cut=True)
            break
        try:
            value, end = DECODER.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            cut = is_cut(text, exc)
            why = f": the array is cut (truncated), the file ends (line {text.count(chr(10)) + 1}) inside it" \
                if cut else f" ({exc})"
            yield array_fault(f"record {n + 1} (line {line}) is no JSON value{why}", path, file_id, n, line, cut)
            break
        n += 1
        yield from array_item(text[pos:end], value, path, file_id, n, settings, tally)
        pos = skip_white(text, end)
        if text.startswith(",", pos):
            pos += 1
            continue
        if not text.startswith("]", pos):
            what = "the file, cut (truncated), ends" if pos >= len(text) else f"{text[pos]!r} stands"
            yield array_fault(f"the array is not closed: after record {n} (line {line}) {what} where ',' or ']' "
                              f"belongs", path, file_id, n, text.count("\n", 0, pos) + 1, pos >= len(text))
        break
    if tally.warning():
        yield Warned(file_id, UNKNOWN_FIELD, tally.warning(), str(path))


def array_item(raw: str, value: object, path: Path, file_id: str, n: int, settings: Settings,
               tally: UnknownTally) -> Iterator[RawDocument | Reject]:
    where = f"{file_id}:{n}"
    if not isinstance(value, dict):
        yield Reject(where, BadRecord.code, f"record {n} is {json_kind(value)}, expected an object", str(path), n)
    elif len(raw.encode("utf-8")) > settings.max_jsonl_line_bytes:
        yield Reject(where, TooLarge.code, f"record {n} is over the limit of {settings.max_jsonl_line_bytes} bytes",
                     str(path), n)
    else:
        yield from jsonl_line(raw.encode("utf-8"), path, file_id, n, settings, tally)


def array_fault(reason: str, path: Path, file_id: str, n: int, line: int, cut: bool = False) -> Reject:
    """The reject that ends an array: what is wrong, the records kept, and (unless the file is cut there, harden58)
    that what follows the fault is not read."""
    kept = f"; the {n} records before it are read" if n else ""
    after = "" if cut else f", nothing after it (line {line})"
    return Reject(f"{file_id}:{n + 1}", BadRecord.code, f"{reason}{kept}{after}", str(path), n + 1)


def is_cut(text: str, exc: Exception) -> bool:
    """Whether a JSON fault is the end of the text (harden58): a string never closed, or nothing but white space
    after the fault. Why: 'Expecting value: line 1 column 2' for a file that stops after '[' named no cause; a copy
    or download that stopped is the usual one, and the user needs to know to fetch it again, not to fix its syntax."""
    return isinstance(exc, json.JSONDecodeError) and (exc.msg.startswith("Unterminated string")
                                                      or not text[exc.pos:].strip(WHITE))


def skip_white(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in WHITE:
        pos += 1
    return pos
