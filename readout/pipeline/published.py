"""The publication date: from metadata when given, else from the text, else inferred from a date that
the text fixes by its weekday ("Nov. 14, Thursday" is 2024). Relative dates resolve against it.
"""
from __future__ import annotations

import re
from datetime import date

from readout.dating import safe_date
from readout.kb.loader import lexicon
from readout.lang import module
from readout.model import Article
from readout.settings import SETTINGS

NUMERIC_RE = re.compile(r"(?<!\d)(\d{4})\s*[./\-년]\s*(\d{1,2})\s*[./\-월]\s*(\d{1,2})(?!\d)")


def labeled_date(article: Article) -> date | None:
    """A date behind a label ("기사입력 2024/11/15", "등록 2023.02.06", "Published : Apr 30, 2023")."""
    for lang in ("ko", "en"):
        label = lexicon(lang).re("published_label_re")
        for m in label.finditer(article.text):
            found = first_full_date(article.text[m.end():m.end() + 40])
            if found:
                return found
    return None


def first_full_date(text: str) -> date | None:
    m = NUMERIC_RE.search(text)
    if m:
        return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for d in module("en", "dates").find_dates(text, 0, None):
        if d.value and d.precision == "day" and re.search(r"\d{4}", text[d.span.start:d.span.end]):
            return d.value
    return None


def anchored_date(article: Article) -> date | None:
    """The latest date the text fixes on its own (with a year or a weekday): the best reference
    when nothing says when the article appeared."""
    found = []
    for para in article.paragraphs:
        text = article.text[para.start:para.end]
        for d in module(para.label, "dates").find_dates(text, para.start, None):
            if d.value:
                found.append(d.value)
    for span in article.boilerplate:  # captions often carry the full date: "on Nov. 14, Thursday"
        text = article.text[span.start:span.end]
        found += [d.value for d in module("en", "dates").find_dates(text, span.start, None) if d.value]
        d = first_full_date(text)
        if d:
            found.append(d)
    return max(found) if found else None


def find_published_date(article: Article) -> Article:
    if article.published:
        article.published_basis = article.published_basis or "metadata"
        article.reference_date = article.published
        return article
    header = first_full_date(article.text[:SETTINGS.header_chars])
    found = labeled_date(article) or header
    if found:
        article.published, article.published_basis = found, "text"
        article.reference_date = found
        return article
    article.reference_date = anchored_date(article)
    article.published_basis = "inferred" if article.reference_date else None
    return article
