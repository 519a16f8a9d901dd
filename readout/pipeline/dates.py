"""Find and resolve the date expressions of every sentence against the article's reference date."""
from __future__ import annotations

from readout import budget
from readout.model import Article


def find_dates(article: Article, ctx) -> Article:
    for sent in article.sentences:
        budget.check("find_dates")  # per sentence: a document of a thousand sentences stops on time
        text = article.text[sent.start:sent.end]
        article.dates.extend(ctx.language(sent.label).find_dates(text, sent.start, article.reference_date))
    return article
