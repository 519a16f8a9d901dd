"""The lines of a JSONL file, read in bounded pieces (moved verbatim from sources.py, harden59b): a line over the
limit is skipped without being held, records ended by CR alone are split (harden58, harden58b), and the marks that may
open a line (a byte-order mark, RFC 7464's record separator) are taken off (harden56). Shared by the reader
(`sources.read_jsonl`) and the progress count (`progress.jsonl_lines`), so both see the same lines."""
from __future__ import annotations

import re
from typing import Iterator

UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")  # a UTF-16 byte-order mark: no JSONL file
LINE_MARKS = (b"\xef\xbb\xbf", b"\x1e")  # a UTF-8 byte-order mark; RFC 7464's record separator


def line_start(raw: bytes | None) -> bytes | None:
    """A JSONL line without the marks that may open it (harden56): a byte-order mark, which begins every line where
    files were joined with `cat` (only line 1's was read; later ones were 'not a JSON object: Unexpected UTF-8 BOM'),
    and the record separator of JSON text sequences (`jq --seq`, RFC 7464), which said 'Expecting value'. Neither is
    part of the record."""
    while raw and raw.startswith(LINE_MARKS):
        raw = raw.removeprefix(LINE_MARKS[0]).removeprefix(LINE_MARKS[1])
    return raw


def iter_lines(f, limit: int) -> Iterator[bytes | None]:
    """Lines of a binary file; None for a line over the size limit (skipped without reading it whole). A piece over the
    limit with no LF is cut at its last CR before a record (`cr_cut`, harden58b): records ended by CR alone are read
    one by one, and a record over the limit is skipped to its own CR, not to the file's end."""
    carry = b""  # the start of the next line, read with the piece before it
    while True:
        line = carry if carry.endswith(b"\n") else carry + f.readline(limit + 1 - len(carry))
        carry = b""
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            cut = cr_cut(line)
            if cut:
                yield from mac_lines(line[:cut])
                carry = line[cut:]
                continue
            yield None
            carry = skip_line(f, limit)
            continue
        yield from mac_lines(line)


CR_RECORD_RE = re.compile(rb"\r(?=[ \t]*(?:\xef\xbb\xbf|\x1e)*\{)")  # a bare CR before a record's '{'


def cr_cut(piece: bytes) -> int:
    """Where the last record ended by CR alone ends in `piece` (after its CR, before the next record's '{'), or 0.
    Why: `readline` reads to LF, so a file with CR line ends over the line limit came as one piece over it, and all
    its records were one 'line over the limit' reject; a record over the limit swallowed the records after it."""
    last = None
    for last in CR_RECORD_RE.finditer(piece):
        pass
    return last.end() if last else 0


def skip_line(f, limit: int) -> bytes:
    """Read past a line over the limit: to its LF (nothing carried), or to a CR before a record, whose record is
    carried to the next line (`cr_cut`)."""
    while True:
        piece = f.readline(limit + 1)
        if not piece or piece.endswith(b"\n") and not CR_RECORD_RE.search(piece):
            return b""
        m = CR_RECORD_RE.search(piece)
        if m:
            return piece[m.end():]


def mac_lines(line: bytes) -> list[bytes]:
    """A line read up to LF, split at bare CRs when it is records ended by CR alone (classic Mac line ends, harden58):
    each piece, stripped, opens with '{' (or a line mark). Why: a file saved with CR line ends was one line, and its
    records were one reject ('Extra data'); a raw CR is never inside a JSON string, so between records it ends one.
    Why the test of '{': CR is also JSON white space, and a record with a CR between its tokens stays whole."""
    body = line.rstrip(b"\r\n")
    if b"\r" not in body:
        return [line]
    pieces = body.split(b"\r")
    if not all(p.strip().startswith((b"{",) + LINE_MARKS) for p in pieces if p.strip()):
        return [line]
    return [p + b"\n" for p in pieces]
