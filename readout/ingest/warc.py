"""Web archives (WARC, ISO 28500; `.warc` or `.warc.gz`) as article sources, the form in which crawlers
such as Common Crawl's news crawl save the pages they fetched.

A record becomes a document when it holds an HTML page: a `response` with status 2xx and an HTML
content type, or a `resource` of HTML. Its id and url are the canonical form of its WARC-Target-URI
(so a page read from an archive and fetched by `readout watch` is one document), and its capture time
(WARC-Date) is the publication date of last resort: the page's own metadata comes first. What is not an
article is skipped and counted, not rejected: images and other non-HTML records, redirects (3xx),
other HTTP statuses, revisits (a crawler's note that the page had not changed), and a second capture of
an address already read. Request, metadata and warcinfo records describe the crawl and are passed over.
"""
from __future__ import annotations

import os
from datetime import date, datetime
from typing import BinaryIO, Iterator

from readout.errors import BadRecord, UnsupportedInput
from readout.ingest.compressed import gzip_header, inner_name
from readout.ingest.decode import decode_noted, is_wide, utf8_over_declared
from readout.ingest.sources import EMPTY_FILE, RawDocument, Reject, Skipped, Warned
from readout.ingest.urls import canonical_url
from readout.ingest.warc_cuts import TRUNCATED, cut_in_gzip, first_cut, headless, is_cut
from readout.ingest.warc_whole import decompressed, whole_file_gzip, whole_size
from readout.settings import SETTINGS, Settings

HTML_TYPES = ("text/html", "application/xhtml+xml")
HTML_SNIFF = (b"<!doctype html", b"<html")
CONTENT_TYPES = {"response", "resource"}


def read_warc(stream: BinaryIO, path: str, settings: Settings) -> Iterator[RawDocument | Reject]:
    """Every HTML page of a web archive, in file order; a `Skipped` for each record that is not one; a `Reject`
    naming the byte offset of a record whose Content-Length is wrong, the reading going on at the next record
    (`resync`)."""
    # cold start: warcio loads only for a web archive
    from warcio.exceptions import ArchiveLoadFailed

    named = inner_name(stream)  # the name a `gzip crawl.warc` stores (harden60: `warc_cuts.first_cut_text`)
    if whole_file_gzip(stream, 2 * settings.max_document_bytes + MAX_HEADER):  # harden59: `warc_whole`
        stream = decompressed(stream)
    seen: set[str] = set()
    records = checked_records(stream)
    count = metadata = 0
    base = 0  # where the reading last began: a next record is always after it (harden59: no loop)
    while records is not None:
        again = None
        try:
            for record in records:
                if record.format != "warc":  # warcio reads any text as an old ARC file: refuse what is no WARC
                    raise UnsupportedInput(f"not a WARC file (read as {record.format})", doc=path)
                count += 1
                item, again = checked_record(record, records, stream, path, settings)
                if unended(records) and is_cut(item):  # harden59b: the cut is the record's, not its trailer's
                    item = cut_in_gzip(item, count == 1, named)
                elif unended(records):
                    yield unended_warning(item, records.offset, path)
                if item is None:  # crawl metadata (its length was right: `again` is None then)
                    metadata += 1
                    continue
                if isinstance(item, RawDocument):
                    if item.id in seen:
                        item = Skipped(item.id, "duplicate_url", "address already read from this archive", path)
                    else:
                        seen.add(item.id)
                yield item
                if again is not None:
                    break
        except (ArchiveLoadFailed, AttributeError) as exc:  # AttributeError: warcio, a header cut before its URI
            at = records.offset
            damaged = gzip_member_at(stream, at)
            if count == 0 and not damaged:
                detail = "a record header cut before its WARC-Target-URI" if isinstance(exc, AttributeError) else exc
                raise UnsupportedInput(f"not a readable WARC file: {detail}", doc=path) from exc
            again = resync(stream, at + 1, records)
            kept = salvaged(stream, at, again, path, settings) if damaged else None
            if kept is not None:  # a member whose only fault is its missing end: its record is kept, with a warning
                yield unended_warning(kept[0], at, path, inside=again >= 0)
                if isinstance(kept[0], RawDocument) and kept[0].id in seen:
                    kept = (Skipped(kept[0].id, "duplicate_url", "address already read from this archive", path),)
                elif isinstance(kept[0], RawDocument):
                    seen.add(kept[0].id)
                yield from (item for item in kept if item is not None)
            else:
                problem = DAMAGED_MEMBER if damaged else f"({exc})"
                yield Reject(f"{path}@{at}", BadRecord.code, f"unreadable WARC record at byte {at} {problem}; "
                             + resumed(again), path)
        if again is None or again <= base:
            break
        base = again
        stream.seek(again)
        records = checked_records(stream)
    end = unread_tail(stream, records.offset)
    if getattr(stream, "fault", None):  # a file compressed whole whose gzip stream fails (`warc_whole.Whole`)
        yield Warned(path, TRUNCATED, f"the archive, compressed whole, ends in a cut or damaged gzip stream "
                     f"({stream.fault}) after {end[1]} bytes: the records before it were read", path)
    if count and metadata == count:
        yield metadata_only(path, count)
    if count == 0 and end == (0, 0):
        yield Reject(path, EMPTY_FILE, "the file is empty: no WARC records", path)
    elif end[1] > end[0] and again is None:
        yield Reject(f"{path}@{end[0]}", TRUNCATED, f"the archive ends in a cut or damaged record: the "
                     f"{end[1] - end[0]} bytes after the last whole record (from byte {end[0]}) hold no record "
                     f"readout could read ({count} records read before)" + first_cut(stream, count, named), path)


METADATA_ONLY = "metadata_only"  # the code of an archive of crawl metadata alone (`Skipped`, counted in the summary)


def metadata_only(path: str, count: int) -> Skipped:
    """The one note for an archive whose every record is crawl metadata (request, metadata, warcinfo: harden57). Why:
    such a file (a crawler's request log, or the wrong half of a split crawl) was read without a word, no document,
    no reject, no count, as if it had not been given."""
    return Skipped(path, METADATA_ONLY, f"the archive holds no pages: its {count} records are crawl metadata "
                   f"(request, metadata or warcinfo records)", path)


_CHECKED = None  # the ArchiveIterator subclass, made on first use (warcio loads only for a web archive)


def checked_records(stream: BinaryIO):
    """warcio's record iterator, its warning of a record 'not followed by newline' (a wrong Content-Length) counted in
    `err_count` but no longer printed to the terminal: `checked_record` turns it into the record's reject."""
    global _CHECKED
    if _CHECKED is None:
        from warcio.archiveiterator import ArchiveIterator

        _CHECKED = type("CheckedIterator", (ArchiveIterator,), {"INC_RECORD": ""})
    return _CHECKED(stream)


def checked_record(record, records, stream: BinaryIO, path: str,
                   settings: Settings) -> tuple[RawDocument | Reject | None, int | None]:
    """The record's document (`record_to_document`) and None; or, when its Content-Length is wrong, a `BadRecord`
    reject naming the file and the record's byte offset, and where the reading goes on (-1: nowhere). Why
    (harden56): a length too short read the record's page as its HTTP headers ('HTTP 2') and then stopped the whole
    archive ('not a readable WARC file'); one too long swallowed the records after it and was called a cut archive.
    A record is whole when the blank line and the next record's header (or the file's end) follow its length."""
    at = records.offset
    errors = records.err_count
    if record.rec_headers.get_header("Content-Length") is None:  # harden59b: `headless`
        return headless(path, at), None
    item = record_to_document(record, path, settings)
    records.read_to_end()  # reads the blank lines after the record: warcio counts a record not followed by them
    declared = record.rec_headers.get_header("Content-Length")
    if records.err_count > errors:
        again = resync(stream, at + 1, records)
        return Reject(f"{path}@{at}", BadRecord.code, f"WARC record at byte {at}: its Content-Length "
                      f"{declared!r} does not match its content (no blank line and record after it); not read; "
                      + resumed(again), path), again
    if isinstance(item, Reject) and item.code == TRUNCATED:
        again = resync(stream, at + 1, records)
        if again >= 0:  # a record starts inside the declared length: the length is wrong, the archive goes on
            return Reject(f"{path}@{at}", BadRecord.code, f"WARC record at byte {at}: its Content-Length "
                          f"{declared!r} runs past the next record's start (at byte {again}); not read; "
                          + resumed(again), path), again
    return item, None


def unended(records) -> bool:
    """Whether the gzip member just read ended without its trailer (CRC-32 and size): a compressed archive cut in its
    last 8 bytes, which warcio reads to its end without a word (harden56). A whole member leaves its decompressor at
    its end once the record and its blank lines are read (`read_to_end`)."""
    reader = records.reader
    return reader is not None and reader.decompressor is not None and not reader.decompressor.eof


def unended_warning(item: RawDocument | Reject | None, offset: int, path: str, inside: bool = False) -> Warned:
    """The one warning for a gzip member that lacks its trailer, the archive's last (harden56) or one `inside` it
    (harden57: a cut copy joined to others); its record itself is kept."""
    name = "of crawl metadata" if item is None else item.id if isinstance(item, RawDocument) else item.doc
    cut = "the member was cut in its last bytes before the next one began" if inside else \
        "the file was cut in its last bytes"
    return Warned(f"{path}@{offset}", TRUNCATED, f"the gzip member of the record {name} lacks its end, "
                  f"the checksum and size gzip closes a member with: {cut}; the record "
                  f"was read whole but could not be checked", path)


RESYNC_CHUNK = 1 << 20


def resync(stream: BinaryIO, start: int, records) -> int:
    """The byte offset of the next record's start from `start`: a line beginning 'WARC/1.' in an uncompressed
    archive, the next gzip member's magic in a compressed one; -1 when there is none or the file cannot seek."""
    marker = b"\x1f\x8b\x08" if gzip_member_at(stream, 0) else b"\nWARC/1."
    lead = 0 if marker.startswith(b"\x1f") else 1  # the newline before 'WARC/1.' belongs to the record before
    try:
        stream.seek(max(start - lead, 0))
        pos, tail = stream.tell(), b""
        while chunk := stream.read(RESYNC_CHUNK):
            found = (tail + chunk).find(marker)
            if found >= 0:
                return pos - len(tail) + found + lead
            tail = (tail + chunk)[-(len(marker) - 1):]
            pos += len(chunk)
    except (OSError, ValueError):
        return -1
    return -1


GZIP_MAGIC = b"\x1f\x8b\x08"
DAMAGED_MEMBER = ("(its gzip member could not be decompressed: the checksum and size that close a member are missing "
                  "or wrong, or its data is damaged)")


def gzip_member_at(stream: BinaryIO, offset: int) -> bool:
    """Whether a gzip member starts at `offset` (the stream's position is left anywhere). Why it is asked of the
    file, not of warcio's reader (harden57): a member without its trailer, inside the archive, makes warcio fail
    its checksum and fall back to reading the member's raw bytes as an uncompressed record ('Invalid WARC record,
    first line: \\x1f\\x8b ...'); its reader then looks uncompressed, and the search for the next record looked for
    'WARC/1.' in compressed bytes, so every record after it was lost ('no record follows it'), and a first member
    so cut lost the whole archive ('not a readable WARC file')."""
    try:
        stream.seek(offset)
        return stream.read(len(GZIP_MAGIC)) == GZIP_MAGIC
    except (OSError, ValueError):
        return False


def salvaged(stream: BinaryIO, at: int, again: int, path: str,
             settings: Settings) -> tuple[RawDocument | Reject | None] | None:
    """The record of the gzip member at `at` (up to `again`, the next member, or the file's end), when the member's
    deflate data is whole and only its trailer (CRC-32 and size, 8 bytes) is missing or cut: a 1-tuple of what
    `record_to_document` makes of it; None when the data itself is cut or damaged, or holds no WARC record.
    Why (harden57): such a member inside an archive, its content whole, cost its record; the last member so cut
    keeps its record with a warning (harden56, `unended`), and a member inside the archive is the same case."""
    import io
    import zlib

    try:
        stream.seek(at)
        raw = stream.read(again - at if again >= 0 else 2 * settings.max_document_bytes + MAX_HEADER)
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        data = inflater.decompress(raw[gzip_header_size(raw):], 2 * settings.max_document_bytes + MAX_HEADER)
    except (OSError, ValueError, zlib.error):
        return None
    if not inflater.eof or len(inflater.unused_data) >= 8:  # data cut, or a whole trailer that failed: damaged
        return None
    try:
        records = checked_records(io.BytesIO(data))
        record = next(iter(records))
        item = record_to_document(record, path, settings)
    except Exception:  # noqa: BLE001 - warcio's many parse errors: the member is then reported as damaged
        return None
    return (item,)


MAX_HEADER = 65536  # room for a record's WARC and HTTP headers beside its page, when a member is read alone


def gzip_header_size(raw: bytes) -> int:
    """The length of the gzip member header opening `raw` (`compressed.gzip_header`); ValueError when it is cut."""
    return gzip_header(raw)[0]


def resumed(again: int) -> str:
    return f"reading went on at the next record (byte {again})" if again >= 0 else "no record follows it"




def unread_tail(stream: BinaryIO, offset: int) -> tuple[int, int]:
    """(where the reader stopped, the file's size). Why: a compressed archive cut inside a record (a copy or
    download that stopped) ends the reader's loop without an error, the last records lost unsaid (harden55); the
    reader's offset (the start of the next gzip member or record) short of the size says so. (0, 0) for an empty
    file; the offset itself when the size cannot be known (a pipe)."""
    try:
        size = whole_size(stream)
        size = os.fstat(stream.fileno()).st_size if size is None else size
    except (AttributeError, OSError, ValueError):
        return offset, offset
    return offset, size


def record_to_document(record, path: str, settings: Settings) -> RawDocument | Reject | None:
    """The document a record holds, a `Skipped` saying why it holds none, or None for crawl metadata."""
    kind = record.rec_type
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    doc = canonical_url(url) if url else f"{path}@{record.rec_headers.get_header('WARC-Record-ID')}"
    if kind == "revisit":
        return Skipped(doc, "revisit", "revisit record: the crawler saw no change", path)
    if kind not in CONTENT_TYPES:
        return None
    if kind == "response":
        if record.http_headers is None:
            return Skipped(doc, "not_html", "response without HTTP headers", path)
        status = int(record.http_headers.get_statuscode() or 0)
        if 300 <= status < 400:
            return Skipped(doc, "redirect", f"HTTP {status} redirect", path)
        if not 200 <= status < 300:
            return Skipped(doc, "http_error", f"HTTP {status}", path)
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    limit = settings.max_document_bytes
    data = record.content_stream().read(limit + 1)
    missing = cut_short(record)
    if missing:
        return Reject(doc, TRUNCATED, f"record cut short: {missing} of its {record.length} bytes are missing (the "
                                      f"archive ends inside it)", path)
    if len(data) > limit:
        return Skipped(doc, "too_large", f"page over the limit of {limit} bytes", path)
    if not is_html(ctype, data):
        return Skipped(doc, "not_html", f"not an HTML page ({ctype.split(';')[0] or 'no type'})", path)
    try:
        html, notes = decode_declared_noted(data, ctype, doc, settings.mixed_encoding_max_share, settings)
    except UnsupportedInput as exc:
        return Reject(doc, exc.code, exc.message, path)
    return RawDocument(doc, html=html, url=url or None, path=path, notes=notes,
                       captured=capture_date(record.rec_headers.get_header("WARC-Date")))


def cut_short(record) -> int:
    """How many bytes of the record's declared length the file lacks (0: whole). The rest of the record is read (the
    archive reader would skip it next anyway) and its length reader counts down what was declared: an uncompressed
    archive cut inside a record gave the page's first part as a whole page (harden55)."""
    raw = record.raw_stream
    while raw.read(65536):
        pass
    return max(int(getattr(raw, "limit", 0) or 0), 0)


def is_html(ctype: str, data: bytes) -> bool:
    """HTML by its declared type, or by its first bytes when the type is missing or generic."""
    declared = ctype.split(";")[0].strip().lower()
    if declared in HTML_TYPES:
        return True
    if declared and declared not in ("application/octet-stream", "text/plain"):
        return False
    return data[:512].lstrip().lower().startswith(HTML_SNIFF)


def decode_declared(data: bytes, ctype: str, doc: str, settings: Settings = SETTINGS) -> str:
    """The page's text (`decode_declared_noted` without mixed-encoding repair)."""
    return decode_declared_noted(data, ctype, doc, 0.0, settings)[0]


def decode_declared_noted(data: bytes, ctype: str, doc: str, mixed_share: float = 0.0,
                          settings: Settings = SETTINGS) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The charset of the HTTP header first (it overrides the page's own) unless the bytes prove it wrong
    (`utf8_over_declared`, harden58), then the usual detection (`decode_noted`, its notes: a UTF-8 page with CP949
    runs, harden56), with the run's `settings` (harden58: a web-archive page was decoded with the default UTF-16
    share and NUL allowance, whatever the run was given)."""
    for part in ctype.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
            charset = "cp949" if charset in ("euc-kr", "ks_c_5601-1987", "euckr") else charset  # CP949 is EUC-KR's superset
            if is_wide(charset) and b"\x00" not in data[:4096]:  # 'utf-16' said of ASCII-safe bytes: not so (harden56)
                break
            try:
                return utf8_over_declared(data, charset) or (data.decode(charset), ())
            except (LookupError, UnicodeDecodeError):
                break
    return decode_noted(data, doc, mixed_share, settings)


def capture_date(value: str | None) -> date | None:
    """WARC-Date ('2024-05-01T10:00:00Z', sometimes with fractions of a second) as a date."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None
