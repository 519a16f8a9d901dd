"""(harden59b, issue 20) What a web archive cut inside a record's header or inside its gzip stream is told: a header
without its Content-Length (`headless`), and a cut record whose gzip stream or member ends inside it (`cut_in_gzip`).
Apart from warc.py, which reads the records, for its length."""
from __future__ import annotations

import dataclasses
from typing import BinaryIO

from readout.ingest.compressed import GZIP_MAGIC
from readout.ingest.sources import RawDocument, Reject

TRUNCATED = "truncated"  # the code of an archive or record cut short (a copy or a crawl that stopped midway)


def headless(path: str, at: int) -> Reject:
    """The reject of a record whose header has no Content-Length, which every WARC record has (harden59b): a header
    cut short (an archive cut inside its first lines) or damaged. Why: warcio reads such a header as a record of no
    type and no length, and it was counted as crawl metadata: a plain or compressed archive cut inside its first
    record's header was 'an archive of crawl metadata only', the cut unsaid."""
    return Reject(f"{path}@{at}", TRUNCATED, f"WARC record at byte {at}: its header is cut short or damaged (no "
                  f"Content-Length, which every record has); not read", path)


def is_cut(item: RawDocument | Reject | None) -> bool:
    """Whether `item` is the reject of a record the archive ends inside (`TRUNCATED`)."""
    return isinstance(item, Reject) and item.code == TRUNCATED


FIRST_CUT = ("the file's gzip stream ends inside its first record, before any member ends: an archive compressed whole "
             "(`gzip crawl.warc`) or a member per record, cut")


def first_cut_text(named: str | None) -> str:
    """What a cut in the first record adds: `FIRST_CUT`, or, when the file's gzip header names the file it was made
    from (`compressed.inner_name`), that it was compressed whole (harden60). Why: `gzip crawl.warc` stores the name
    and a WARC writer's members store none (warcio, wget, Heritrix write no FNAME), so a stored name tells the two
    apart where the cut bytes cannot; without one (`gzip -n`, or members) both stay said."""
    if not named:
        return FIRST_CUT
    return (f"the file's gzip stream ends inside its first record: an archive compressed whole (`gzip crawl.warc`: "
            f"its gzip header names the file {named!r}, which a WARC writer's members do not), cut")


def cut_in_gzip(item: Reject, first: bool, named: str | None = None) -> Reject:
    """A cut record's reject naming the gzip stream it ends in (harden59b). Why: the stream's missing end also gave
    the warning 'the record was read whole' beside 'record cut short'; and a file compressed whole (`gzip
    crawl.warc`) cut inside its first record holds one record's start only, so nothing but its header's stored
    name (`named`, harden60) tells it from a member per record cut in the first: without one the reject names both."""
    where = first_cut_text(named) if first else "its gzip member ends inside it"
    return dataclasses.replace(item, reason=f"{item.reason}; {where}")


def first_cut(stream: BinaryIO, count: int, named: str | None = None) -> str:
    """What the tail reject of a compressed archive with no record read adds (harden59b, `cut_in_gzip`)."""
    try:
        stream.seek(0)
        return f"; {first_cut_text(named)}" if count == 0 and stream.read(2) == GZIP_MAGIC else ""
    except (OSError, ValueError):
        return ""
