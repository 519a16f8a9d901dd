"""Main content of a saved web page (trafilatura), without navigation, ads and comment threads."""
from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager
from typing import Iterator

from readout.errors import BadRecord, TooLarge

PARSER_DEPTH = 255  # libxml2's HTML parser reads no element nested this deep (trafilatura then finds no text)
TAG_RE = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*?(/?)>")
NOT_NESTING = frozenset("area base br col embed hr img input link meta source track wbr "  # void elements
                        "p li dt dd tr td th option".split())  # and those the parser closes by themselves


def nesting_depth(html: str) -> int:
    """How deep the page's elements nest, counted on its tags (linear, no parse): what a page the parser read no
    text from is told by (budget53: 100,000 nested elements were 'no article text found', which names no cause)."""
    depth = deepest = 0
    for m in TAG_RE.finditer(html):
        if m.group(3) or m.group(2).lower() in NOT_NESTING:
            continue
        depth = max(depth - 1, 0) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


@contextmanager
def time_limit(seconds: int, doc: str) -> Iterator[None]:
    """Stop a parse that runs too long (a pathological page); only the main thread can set the alarm,
    elsewhere the page is parsed without a limit."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def expire(_signum, _frame):
        raise TooLarge(f"HTML parsing took longer than {seconds} s", doc=doc)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def main_text(html: str, doc: str, seconds: int) -> tuple[str, dict]:
    """The article text and what the page says of itself (title, date, url); a page whose parsing takes
    over `seconds` (the setting `html_parse_seconds`) is given up."""
    import trafilatura

    with time_limit(seconds, doc):
        result = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                             with_metadata=True, favor_precision=True)
    if result is None or not (result.text or "").strip():
        depth = nesting_depth(html)
        if depth >= PARSER_DEPTH:
            raise BadRecord(f"HTML elements nested {depth} deep, past the HTML parser's limit of {PARSER_DEPTH}: "
                            "the page's text cannot be read", doc=doc)
        raise BadRecord("no article text found in the HTML page", doc=doc)
    meta = {"title": result.title, "published": result.date, "url": result.url}
    body = result.text
    if result.title and not body.startswith(result.title):
        body = f"{result.title}\n\n{body}"
    return body, meta
