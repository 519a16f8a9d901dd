"""Walk files and folders and yield one `RawDocument` per article, or a `Reject` naming the problem.

A bad input never stops the batch: each file or JSONL line is read on its own, and what cannot be
read is reported with its path (and line number) and the reason.

Identity: a file's document id is its path relative to the input root it was found under (a folder
given on the command line; for a file given directly, its folder), with `/` separators, so two
`index.html` in different folders are two documents. A JSONL line's id is its `id` (or its `url`
when it has none). A second document with an id already read in this run is rejected, naming both
places, instead of silently replacing the first. The ids read so far live in a private temporary
database (`SeenIds`), not in memory: a run's memory does not grow with the number of documents.

Only regular files are read (a FIFO would block, /dev/zero never ends), and never more than the size
limit, whatever `stat` reported. Symbolic links to files are followed (a loop is reported as a loop);
symbolic links to folders are not walked into.
"""
from __future__ import annotations

import codecs
import errno
import os
import sqlite3
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

from readout.errors import BadRecord, DuplicateId, InputError, NotRegularFile, TooLarge, UnsupportedInput, Unreadable
from readout.ingest.compressed import content_of, inner_name, kind_suffix
from readout.ingest.decode import decode_noted
from readout.ingest.lines import UTF16_MARKS, iter_lines, line_start
from readout.ingest.records import UNKNOWN_FIELD, UnknownTally, record_to_document
from readout.settings import SETTINGS, Settings

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
BLANK_LINE = "blank_line"  # the code of a blank JSONL line passed over (`Skipped`): counted in the run's summary
EMPTY_FILE = "empty_file"  # the code of a JSONL file or web archive of no bytes: nothing read, said so (harden55)
NEEDS_FETCHING = "needs_fetching"  # the code of a feed entry with only a link (`Skipped`): `readout watch` fetches it


@dataclass
class RawDocument:
    id: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    path: str | None = None
    line: int | None = None
    captured: date | None = None  # when a crawler saved the page: the publication date of last resort
    notes: tuple[tuple[str, str], ...] = ()  # (code, reason) of what was dropped or repaired: a warning each

    def warnings(self) -> list["Reject"]:
        """The document's notes as records of the rejects file (marked "warning": the document itself is kept)."""
        return [Reject(self.id, code, reason, self.path, self.line) for code, reason in self.notes]

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path or self.id)


@dataclass
class Reject:
    doc: str
    code: str
    reason: str
    path: str | None = None
    line: int | None = None

    def to_json(self) -> dict:
        return {"doc": self.doc, "path": self.path, "line": self.line, "code": self.code, "reason": self.reason}


@dataclass
class Skipped(Reject):
    """An input deliberately not read, which is no error: a web archive's image, redirect, revisit or
    repeated address, a feed entry that only links to its article. Counted by code in the run summary;
    entries that `needs_fetching` are listed beside the rejects."""


@dataclass
class Warned(Reject):
    """A warning about a whole file whose documents were read and kept (a JSONL file's fields readout does not read,
    counted: harden56): listed with the documents' own warnings, counted as no reject."""


def walk(paths: list[str]) -> Iterator[tuple[Path, str] | Reject]:
    """(file, its document id) for every file under `paths`, in a stable order; a `Reject` for a
    path that does not exist or a folder that cannot be listed."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            problems: list[OSError] = []
            for root, dirs, files in os.walk(path, onerror=problems.append):
                dirs.sort()
                yield from (unreadable_folder(exc) for exc in problems)
                problems.clear()
                for name in sorted(files):
                    if not name.startswith("."):
                        full = Path(root) / name
                        yield full, full.relative_to(path).as_posix()
            yield from (unreadable_folder(exc) for exc in problems)
        elif path.exists() or path.is_symlink():
            yield path, path.name
        else:
            yield Reject(path.name, InputError.code, "no such file or folder", str(path))


def unreadable_folder(exc: OSError) -> Reject:
    name = exc.filename or "?"
    return Reject(str(name), Unreadable.code, f"cannot list the folder: {exc.strerror or exc}", str(name))


class SeenIds:
    """Every document id read in this run and where it was first read, in a private temporary SQLite
    database (on disk, deleted when closed, a small page cache) instead of a dict. Why: a dict of ids
    and places grows with the run (about 5 MB at 20,000 documents) and the run holds nothing else per
    document; the store cannot stand in for it, since it holds documents of earlier runs (read again:
    unchanged, no duplicate) and not the rejected ones (read twice: a duplicate all the same). A
    look-up costs microseconds against milliseconds of extraction per document."""

    CACHE_KIB = 512  # SQLite page cache: what of the table stays in memory

    def __init__(self) -> None:
        # "" is a temporary database file; the reader may run in a thread of its own (`Pool.imap` feeds
        # the workers from one), never in two at once
        self.conn = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", f"cache_size = -{self.CACHE_KIB}"):
            self.conn.execute(f"PRAGMA {pragma}")
        self.conn.execute("CREATE TABLE seen (id TEXT PRIMARY KEY, location TEXT NOT NULL) WITHOUT ROWID")

    def setdefault(self, doc_id: str, location: str) -> str:
        """Where `doc_id` was first read: `location`, recorded now, when it was not read before."""
        row = self.conn.execute("SELECT location FROM seen WHERE id = ?", (doc_id,)).fetchone()
        if row:
            return row[0]
        self.conn.execute("INSERT INTO seen VALUES (?, ?)", (doc_id, location))
        return location

    def close(self) -> None:
        self.conn.close()


def read_documents(paths: list[str], settings: Settings = SETTINGS) -> Iterator[RawDocument | Reject]:
    seen = SeenIds()  # document id -> where it was read, for this run
    try:
        for entry in walk(paths):
            if isinstance(entry, Reject):
                yield entry
                continue
            path, doc_id = entry
            try:
                for item in read_path(path, doc_id, settings):
                    yield unique(item, seen)
            except InputError as exc:
                yield Reject(exc.doc or doc_id, exc.code, exc.message, str(path))
            except Exception as exc:  # noqa: BLE001 - whatever a file does, the batch goes on
                yield Reject(doc_id, "unreadable", f"{type(exc).__name__}: {exc}", str(path))
    finally:
        seen.close()


def unique(item: RawDocument | Reject, seen: SeenIds | dict[str, str]) -> RawDocument | Reject:
    """The document, or a reject when its id was already read in this run (both places named)."""
    if isinstance(item, Reject):
        return item
    first = seen.setdefault(item.id, item.location)
    if first == item.location:
        return item
    if item.captured is not None:  # a page crawled again (another archive file): the first capture is kept
        return Skipped(item.id, "duplicate_url", f"already read from {first}", item.path, item.line)
    return Reject(item.id, DuplicateId.code, f"duplicate document id {item.id!r}: already read from {first}; "
                  f"this one is at {item.location}", item.path, item.line)


KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | {".json"}


def stored_name(path: Path, doc_id: str) -> str | None:
    """The name a gzip file's header stores (`compressed.inner_name`), asked only when the file's own name says no
    kind readout reads (`x.gz`, `download`, `part-0001.gz`): the kind is then the stored name's (harden60). Why:
    a `gzip feed.jsonl` saved under a bare name was 'unsupported file type .gz', though its header said what it held;
    a name the reader knows keeps its word (a `.txt` saved compressed stays text, whatever its header says)."""
    if kind_suffix(path) in KNOWN_SUFFIXES or is_archive(path.name):
        return None
    with open_regular(path, doc_id) as f:
        return inner_name(f)


def read_path(path: Path, doc_id: str, settings: Settings) -> Iterator[RawDocument | Reject]:
    named = stored_name(path, doc_id)
    suffix = kind_suffix(Path(named) if named else path)  # 'feed.jsonl.gz' holds JSONL (compressed.py)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, doc_id, settings)
        return
    if suffix == ".json":  # an array of records, one record, or JSON lines so named (harden57)
        from readout.ingest.json_file import read_json  # cycle: json_file imports this module

        yield from read_json(path, doc_id, settings)
        return
    if is_archive(named or path.name):
        # cold start: warcio and feedparser load only for an archive or a feed file
        from readout.ingest.warc import read_warc

        with open_regular(path, doc_id) as f:
            yield from read_warc(f, str(path), settings)
        return
    if suffix in FEED_SUFFIXES:
        # cold start: warcio and feedparser load only for an archive or a feed file
        from readout.ingest.feeds import read_feed_file

        with content_of(open_regular(path, doc_id), doc_id) as f:
            data = read_bounded(f, doc_id, settings)
        yield from read_feed_file(data, doc_id, str(path), settings)
        return
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        inside = f" (its gzip header names the file {named!r} it was made from)" if named else ""
        raise UnsupportedInput(f"unsupported file type {kind_suffix(path) or '(none)'}{inside}", doc=doc_id)
    with content_of(open_regular(path, doc_id), doc_id) as f:
        data = read_bounded(f, doc_id, settings)
    if not data:  # said as what it is, not as a page with no article found or a text too short (the lead, 55)
        raise BadRecord("the file is empty: no text", doc=doc_id)
    if not data.strip(b" \t\r\n\f\v" + codecs.BOM_UTF8):  # blank lines or a lone byte-order mark (harden56)
        raise BadRecord(f"the file holds only white space ({len(data)} bytes): no text", doc=doc_id)
    text, notes = decode_noted(data, doc_id, settings.mixed_encoding_max_share, settings)
    if suffix in HTML_SUFFIXES:
        yield RawDocument(doc_id, html=text, path=str(path), notes=notes)
    else:
        yield RawDocument(doc_id, text=text, path=str(path), notes=notes)


def read_bounded(f, doc_id: str, settings: Settings) -> bytes:
    """A file's bytes, or `TooLarge` when it holds more than `max_document_bytes` (read no further)."""
    data = f.read(settings.max_document_bytes + 1)
    if len(data) > settings.max_document_bytes:
        raise TooLarge(f"over the limit of {settings.max_document_bytes} bytes", doc=doc_id)
    return data


def is_archive(name: str | None) -> bool:
    """A web archive (`.warc`, `.warc.gz`) by its file name."""
    return bool(name) and name.lower().endswith((".warc", ".warc.gz"))


FILE_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
              (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def open_regular(path: Path, doc: str):
    """A binary file object for a regular file, or a reject: never blocks on a FIFO, never opens a
    device (checked before opening and again on the open descriptor, in case the path changed)."""
    try:
        check_regular(os.stat(path).st_mode, doc)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise os_error(exc, doc) from exc
    try:
        check_regular(os.fstat(fd).st_mode, doc)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def check_regular(mode: int, doc: str) -> None:
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in FILE_KINDS if test(mode)), "not a regular file")
    raise NotRegularFile(f"{kind}, not a regular file: not read", doc=doc)


def os_error(exc: OSError, doc: str) -> InputError:
    """The reason the operating system gave, in words that name the real cause."""
    if exc.errno == errno.ELOOP:
        return NotRegularFile("symbolic link loop", doc=doc)
    if exc.errno == errno.ENOENT:
        return InputError("no such file (or a symbolic link to nothing)", doc=doc)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Unreadable("permission denied", doc=doc)
    return Unreadable(f"cannot read: {exc.strerror or exc}", doc=doc)


def read_jsonl(path: Path, file_id: str, settings: Settings) -> Iterator[RawDocument | Reject]:
    """The documents of a JSONL file, a `Reject` for each line that holds none (naming the file and line), one
    for each run of lines with NUL bytes (`binary_lines`), and at the end one `Warned` counting the records with
    fields readout does not read (`records.UnknownTally`)."""
    tally = UnknownTally()
    with content_of(open_regular(path, file_id), file_id) as f:
        try:
            binary: list[int] = []  # the first and last line of a run of lines with NUL bytes
            for n, raw in enumerate(iter_lines(f, settings.max_jsonl_line_bytes), 1):
                if n == 1 and raw and raw.startswith(UTF16_MARKS):
                    raise UnsupportedInput("JSONL must be UTF-8; this file is UTF-16 (byte-order mark)", doc=file_id)
                raw = line_start(raw)
                if raw is not None and b"\x00" in raw:
                    binary = [binary[0] if binary else n, n]
                    continue
                if binary:
                    yield binary_lines(path, file_id, *binary)
                    binary = []
                yield from jsonl_line(raw, path, file_id, n, settings, tally)
            if binary:
                yield binary_lines(path, file_id, *binary)
            if tally.warning():
                yield Warned(file_id, UNKNOWN_FIELD, tally.warning(), str(path))
            if f.tell() == 0:  # not one byte: said, not passed over in silence (harden55)
                yield Reject(file_id, EMPTY_FILE, "the file is empty: no JSON lines", str(path))
        except OSError as exc:
            raise os_error(exc, file_id) from exc
        except InputError:  # a damaged gzip stream ends the file: the records read before it keep their warning
            if tally.warning():
                yield Warned(file_id, UNKNOWN_FIELD, tally.warning(), str(path))
            raise


def binary_lines(path: Path, file_id: str, first: int, last: int) -> Reject:
    """One reject for lines `first` to `last`, which hold NUL bytes (budget52). Why one: JSON has no raw NUL byte
    (inside a string it is written \\u0000), so such lines are binary data, UTF-16 without a byte-order mark or a
    damaged stretch (a crash's zero-filled tail); a binary file named .jsonl was rejected line by line (thirty
    rejects for 8 KB, each 'not UTF-8' or 'not a JSON object'), which buried the one cause. The lines around the
    run are read as usual."""
    lines = f"line {first}" if first == last else f"lines {first}-{last}"
    return Reject(f"{file_id}:{first}", UnsupportedInput.code,
                  f"{lines}: NUL bytes, binary data or a damaged file (JSON lines are UTF-8 text)", str(path), first)


def jsonl_line(raw: bytes | None, path: Path, file_id: str, n: int, settings: Settings,
               tally: UnknownTally | None = None) -> Iterator[RawDocument | Reject]:
    where = f"{file_id}:{n}"
    if raw is None:
        yield Reject(where, TooLarge.code, f"line over the limit of {settings.max_jsonl_line_bytes} bytes",
                     str(path), n)
        return
    if not raw.strip():  # no document and nothing wrong, but counted (budget53): a run says how many it passed over
        yield Skipped(where, BLANK_LINE, "a blank line: no document", str(path), n)
        return
    try:
        yield record_to_document(raw, str(path), where, n, RawDocument, settings, tally)
    except InputError as exc:
        yield Reject(exc.doc or where, exc.code, exc.message, str(path), n)
    except Exception as exc:  # noqa: BLE001 - one line never stops the file
        yield Reject(where, "bad_record", f"{type(exc).__name__}: {exc}", str(path), n)
