"""Find city and country mentions in sentences (datelines and boilerplate are never read here)."""
from __future__ import annotations

from readout import budget
from readout.model import Article


def find_places(article: Article, ctx) -> Article:
    for sent in article.sentences:
        budget.check("find_places")  # per sentence: a document of a thousand sentences stops on time
        text = article.text[sent.start:sent.end]
        lang, tokens = ctx.language(sent.label), article.tokens.get(sent.start)
        found = lang.find_places(text, sent.start, tokens)
        for place in found:  # 'a week after the envoy returned from Lima': no place for the story's meetings
            place.span.data["subordinate"] = lang.subordinate(text, tokens or (), place.span.start - sent.start,
                                                              place.span.end - sent.start)
        article.places.extend(found)
    return article
