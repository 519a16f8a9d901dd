"""Find and resolve the date expressions of every sentence against the article's reference date."""
from __future__ import annotations

from readout.lang import module
from readout.model import Article


def find_dates(article: Article) -> Article:
    for sent in article.sentences:
        text = article.text[sent.start:sent.end]
        article.dates.extend(module(sent.label, "dates").find_dates(text, sent.start, article.reference_date))
    return article
