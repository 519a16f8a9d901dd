"""Find city and country mentions in sentences (datelines and boilerplate are never read here)."""
from __future__ import annotations

from readout.model import Article


def find_places(article: Article, ctx) -> Article:
    for sent in article.sentences:
        text = article.text[sent.start:sent.end]
        article.places.extend(ctx.language(sent.label).find_places(text, sent.start, article.tokens.get(sent.start)))
    return article
