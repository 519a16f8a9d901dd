"""RSS and Atom feeds (feedparser) as lists of articles.

An entry that carries its article (RSS content:encoded, Atom content, or a summary long enough to be
the text rather than a teaser) is a document: url = the entry's link, published = the entry's date,
title = its title. An entry with only a link "needs fetching": it is listed, not rejected, and
`readout watch` fetches it. The document id is the canonical link, as for web archives and fetched
pages, so one article is one document whichever way it came in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import escape as html_escape
from typing import Iterator

from readout.errors import UnsupportedInput
from readout.ingest.sources import NEEDS_FETCHING, RawDocument, Reject, Skipped
from readout.ingest.urls import canonical_url
from readout.settings import Settings


@dataclass
class FeedEntry:
    link: str | None
    title: str | None
    published: date | None
    content: str | None  # the article's HTML when the feed carries it, else None
    notes: tuple[tuple[str, str], ...] = ()  # (code, reason): a date given but not read (harden55)

    @property
    def doc_id(self) -> str | None:
        return canonical_url(self.link) if self.link else None


NUMERIC_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
REPLACEMENT_REFERENCE = b"&#xFFFD;"


def code_point_mended(match: re.Match) -> bytes:
    """A numeric character reference, or U+FFFD's when it names no character text can hold (a surrogate, or
    past U+10FFFF), as HTML's parser reads it (WHATWG, 'numeric character reference end state')."""
    hex_digits, digits = match.group(1), match.group(2)
    if len((hex_digits or digits).lstrip(b"0")) > 8:  # past U+10FFFF whatever the digits (and `int` has a limit)
        return REPLACEMENT_REFERENCE
    value = int(hex_digits, 16) if hex_digits else int(digits)
    return REPLACEMENT_REFERENCE if 0xD800 <= value <= 0xDFFF or value > 0x10FFFF else match.group(0)


def parse_feed(data: bytes, where: str):
    """feedparser's result, or an error when the bytes are no feed (an XML file of another kind). Why the mend and
    the guard (harden60, found by fuzzing): feedparser's loose parser, which reads a feed that is not well-formed XML,
    turns '&#xD800;' or '&#1114112;' into a character with `chr` and encodes it, and the error escaped: the whole
    feed file was one reject in an exception's words. A reference to no character is U+FFFD now; any other
    exception of feedparser is one reject saying the feed could not be parsed."""
    # cold start: feedparser loads only for a feed
    import feedparser

    if b"&#" in data:
        data = NUMERIC_REFERENCE.sub(code_point_mended, data)
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # noqa: BLE001 - feedparser's own faults on a damaged feed: one named reject
        raise UnsupportedInput(f"the feed could not be parsed (feedparser failed: {type(exc).__name__})",
                               doc=where) from exc
    if not parsed.get("version") and not parsed.entries:
        raise UnsupportedInput("not an RSS or Atom feed", doc=where)
    return parsed


def feed_entries(parsed, settings: Settings) -> list[FeedEntry]:
    return [entry_of(e, settings) for e in parsed.entries]


def entry_of(e, settings: Settings) -> FeedEntry:
    content = None
    bodies = [c.get("value") or "" for c in e.get("content") or []]
    if bodies and max(map(len, bodies)) > 0:
        content = max(bodies, key=len)
    summary = e.get("summary") or ""
    if (content is None or len(content) < len(summary)) and len(visible_text(summary)) >= settings.feed_full_text_chars:
        content = summary
    if content is not None and len(visible_text(content)) < settings.min_text_chars:
        content = None
    published, notes = entry_date(e, settings)
    return FeedEntry(e.get("link") or None, e.get("title") or None, published, content, notes)


def visible_text(html: str) -> str:
    """The characters a reader sees (tags dropped): how long a summary really is."""
    return re.sub(r"<[^>]*>|\s+", " ", html).strip()


BAD_DATE = "bad_date"  # the code of a feed entry's date that was given but could not be read: dropped, said


def entry_date(e, settings: Settings) -> tuple[date | None, tuple[tuple[str, str], ...]]:
    """The entry's day (published, else updated, else created), and a note for each date written that is no day or
    outside [min_year, max_year] (harden55). Why a note and not a reject: the entry's text is fine and the article
    has other ways to its date; but 'Mon, 45 Foo 2026' or the year 3026 was dropped or kept without a word, where a
    JSONL `published` of the kind is a reject."""
    notes = []
    for key in ("published", "updated", "created"):
        t, written = dict.get(e, f"{key}_parsed"), dict.get(e, key)  # the keys written: feedparser's own get maps a
        # missing 'published' to 'updated' with a DeprecationWarning, and this loop reads 'updated' next anyway
        day = None
        if t:
            try:
                day = date(t.tm_year, t.tm_mon, t.tm_mday)
            except ValueError:
                day = None
        if day is not None and settings.min_year <= day.year <= settings.max_year:
            return day, tuple(notes)
        if written and not any(repr(str(written)[:40]) in note for _, note in notes):  # feedparser copies one
            shown = str(written)[:40]
            why = (f"outside the years {settings.min_year}-{settings.max_year}" if day is not None
                   else "not a date feedparser can read")
            notes.append((BAD_DATE, f"feed entry's {key} date {shown!r} is {why}: not read"))
    return None, tuple(notes)


def as_page(entry: FeedEntry) -> str:
    """A feed's content is an HTML fragment: wrapped as a page for the same main-text extraction."""
    title = f"<title>{escape(entry.title)}</title>" if entry.title else ""
    heading = f"<h1>{escape(entry.title)}</h1>" if entry.title else ""
    return f"<html><head>{title}</head><body><article>{heading}{entry.content}</article></body></html>"


def escape(text: str) -> str:
    return html_escape(text, quote=False)


def entry_document(entry: FeedEntry, path: str | None, source: str | None) -> RawDocument | Skipped:
    """The document of an entry with its text, or a `needs_fetching` note for a link-only entry."""
    doc = entry.doc_id or f"{path}#{entry.title or '?'}"
    if entry.content is None:
        return Skipped(doc, NEEDS_FETCHING, "feed entry has only a link: fetch it (readout watch)", path)
    return RawDocument(doc, html=as_page(entry), url=entry.link, title=entry.title, published=entry.published,
                       source=source, path=path, notes=entry.notes)


EMPTY_FEED = "empty_feed"  # the code of a saved feed with no items (`Skipped`, counted in the run's summary)


def read_feed_file(data: bytes, doc_id: str, path: str, settings: Settings) -> Iterator[RawDocument | Reject]:
    """The entries of a saved feed file, each a document or a `needs_fetching` note."""
    parsed = parse_feed(data, doc_id)
    source = parsed.feed.get("title") or None
    seen: set[str] = set()
    entries = feed_entries(parsed, settings)
    if not entries:  # a valid feed with no items: said, not read in silence (harden57)
        yield Skipped(doc_id, EMPTY_FEED, f"the feed{f' {source!r}' if source else ''} holds no items", path)
    for entry in entries:
        item = entry_document(entry, path, source)
        key = item.doc if isinstance(item, Reject) else item.id
        if key not in seen:  # a feed listing an entry twice: read once
            seen.add(key)
            yield item
