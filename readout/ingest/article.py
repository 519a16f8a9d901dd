"""From a read document to an `Article`: its stored text (plain text, or an HTML page's main content),
its publication date from metadata or, for a file, from its name, and the check that it is in a
language readout reads."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from readout.errors import BadRecord, TooLarge, UnsupportedInput
from readout.ingest.normalize import clean_text
from readout.ingest.sources import RawDocument
from readout.lang import hangul_and_latin
from readout.model import Article
from readout.settings import SETTINGS, Settings

FILE_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?!\d)")
LETTER_RE = re.compile(r"[^\W\d_]+")  # runs, not single letters: one match per word
READ_SCRIPTS_RE = re.compile(r"[가-힣ㄱ-ㅎA-Za-z]+")  # the scripts of the languages in readout/lang


def to_article(doc: RawDocument, settings: Settings = SETTINGS) -> Article:
    """The stored text of a document: plain text as given, or the main content of an HTML page."""
    text, meta = doc.text, {}
    if text is None and doc.html is not None:
        # cold start: trafilatura loads only for an HTML document
        from readout.ingest.html import main_text

        text, meta = main_text(doc.html, doc.id, settings.html_parse_seconds)
    if text is None:
        raise BadRecord("document has no text", doc=doc.id)
    text = clean_text(text, doc.id, settings.max_extract_chars)  # invisible characters out, bounded length (ingest/normalize.py)
    published = doc.published or parse_meta_date(meta.get("published"))
    basis = "metadata" if published else None
    if published is None and doc.captured is not None:
        published, basis = doc.captured, "capture date"
    if published is None and doc.path and doc.line is None:
        published = date_in_file_name(doc.path)
        basis = "file name" if published else None
    title = bounded_title(doc.title or meta.get("title"), doc.id, settings.max_title_chars)
    article = Article(doc.id, text, url=doc.url or meta.get("url"), title=title,
                      source=doc.source, published=published, path=doc.path)
    article.published_basis = basis
    return article


def bounded_title(title: str | None, doc: str, max_chars: int) -> str | None:
    """The title, or `TooLarge` naming the document when it is longer than `max_chars` (budget53). Why: the text
    was bounded (`max_extract_chars`) but a title was not: a feed entry or JSONL record with a title of a
    million characters was stored whole and read as a headline. A title that long is no headline but a damaged
    record; cut, it would be a headline nobody wrote."""
    if title is not None and len(title) > max_chars:
        raise TooLarge(f"title of {len(title)} characters, over the limit of {max_chars} (setting max_title_chars)",
                       doc=doc)
    return title


def date_in_file_name(path: str) -> date | None:
    """Crawlers often name files by date ('2023-03-16_summit.txt'): a publication date of last resort."""
    m = FILE_DATE_RE.search(Path(path).name)
    return parse_meta_date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}") if m else None


def parse_meta_date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def check_language(article: Article, min_chars: int) -> None:
    """Korean and English only: a document in another language is skipped, not forced through."""
    text = article.text
    if len(text.strip()) < min_chars:
        raise BadRecord(f"text is empty or shorter than {min_chars} characters", doc=article.id)
    hangul, latin = hangul_and_latin(text)
    if hangul + latin >= 0.5 * (len(text) - sum(map(text.count, " \n\t"))):
        return  # at least half of all non-space characters: no need to count every letter
    letters = sum(map(len, LETTER_RE.findall(text)))
    if letters and sum(map(len, READ_SCRIPTS_RE.findall(text))) / letters < 0.5:
        # cold start: the language identifier loads only when a document is checked
        from readout.lang.identify import unsupported_message

        raise UnsupportedInput(unsupported_message([article.text]), doc=article.id, detail={"skipped": True})
