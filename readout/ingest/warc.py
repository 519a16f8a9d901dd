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

from readout.errors import UnsupportedInput
from readout.ingest.decode import decode
from readout.ingest.sources import EMPTY_FILE, RawDocument, Reject, Skipped
from readout.ingest.urls import canonical_url
from readout.settings import Settings

HTML_TYPES = ("text/html", "application/xhtml+xml")
HTML_SNIFF = (b"<!doctype html", b"<html")
CONTENT_TYPES = {"response", "resource"}


def read_warc(stream: BinaryIO, path: str, settings: Settings) -> Iterator[RawDocument | Reject]:
    """Every HTML page of a web archive, in file order; a `Skipped` for each record that is not one."""
    # cold start: warcio loads only for a web archive
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed  # (as above)

    seen: set[str] = set()
    records = ArchiveIterator(stream)
    count = 0
    try:
        for record in records:
            if record.format != "warc":  # warcio reads any text as an old ARC file: refuse what is no WARC
                raise UnsupportedInput(f"not a WARC file (read as {record.format})", doc=path)
            count += 1
            item = record_to_document(record, path, settings)
            if item is None:
                continue
            if isinstance(item, RawDocument):
                if item.id in seen:
                    item = Skipped(item.id, "duplicate_url", "address already read from this archive", path)
                else:
                    seen.add(item.id)
            yield item
    except ArchiveLoadFailed as exc:
        raise UnsupportedInput(f"not a readable WARC file: {exc}", doc=path) from exc
    end = unread_tail(stream, records.offset)
    if count == 0 and end == (0, 0):
        yield Reject(path, EMPTY_FILE, "the file is empty: no WARC records", path)
    elif end[1] > end[0]:
        yield Reject(f"{path}@{end[0]}", TRUNCATED, f"the archive ends in a cut or damaged record: the "
                     f"{end[1] - end[0]} bytes after the last whole record (from byte {end[0]}) hold no record "
                     f"readout could read ({count} records read before)", path)



TRUNCATED = "truncated"  # the code of an archive or record cut short (a copy or a crawl that stopped midway)


def unread_tail(stream: BinaryIO, offset: int) -> tuple[int, int]:
    """(where the reader stopped, the file's size). Why: a compressed archive cut inside a record (a copy or
    download that stopped) ends the reader's loop without an error, the last records lost unsaid (harden55); the
    reader's offset (the start of the next gzip member or record) short of the size says so. (0, 0) for an empty
    file; the offset itself when the size cannot be known (a pipe)."""
    try:
        size = os.fstat(stream.fileno()).st_size
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
        html = decode_declared(data, ctype, doc)
    except UnsupportedInput as exc:
        return Reject(doc, exc.code, exc.message, path)
    return RawDocument(doc, html=html, url=url or None, path=path,
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


def decode_declared(data: bytes, ctype: str, doc: str) -> str:
    """The charset of the HTTP header first (it overrides the page's own), then the usual detection."""
    for part in ctype.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
            charset = "cp949" if charset in ("euc-kr", "ks_c_5601-1987", "euckr") else charset  # CP949 is EUC-KR's superset
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                break
    return decode(data, doc)


def capture_date(value: str | None) -> date | None:
    """WARC-Date ('2024-05-01T10:00:00Z', sometimes with fractions of a second) as a date."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None
