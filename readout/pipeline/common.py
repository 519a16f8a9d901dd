"""Small helpers that several pipeline steps share: items grouped by sentence, a sentence's country
mentions (found once, kept on the article), a country as an actor entity."""
from __future__ import annotations

import bisect
import functools
from collections import defaultdict

from readout.kb.geo import country_centroids
from readout.kb.loader import kb
from readout.model import Article, CountryMention, Entity, Span

IGO_CODES = ("UNO", "EUR", "IGO")


def by_sentence(sentences: list[Span], items: list) -> defaultdict[int, list]:
    """Items (dates, mentions, places) grouped by the start of the sentence they start in, in order."""
    starts = [s.start for s in sentences]
    groups: defaultdict[int, list] = defaultdict(list)
    for item in items:
        i = bisect.bisect_right(starts, item.span.start) - 1
        if i >= 0 and item.span.start < sentences[i].end:
            groups[starts[i]].append(item)
    return groups


def countries_in(article: Article, sent: Span, ctx) -> list[CountryMention]:
    """The country mentions of one sentence, found once and kept on the article."""
    if sent.start not in article.countries:
        text = article.text[sent.start:sent.end]
        article.countries[sent.start] = ctx.language(sent.label).find_countries(
            text, sent.start, article.tokens.get(sent.start, ()))
    return article.countries[sent.start]


def country_entity(code: str, sector: str | None = None) -> Entity:
    """A country as an event's actor (a fresh copy: documents may add names to their entities), with the
    sector of the words that named it ('Syrian rebels': REB); its government (GOV) by default."""
    base = _country_entity(code)  # built directly: `dataclasses.replace` costs several times more per act
    return Entity(base.kind, base.id, base.name, list(base.names), base.country, sector or base.sector, base.office,
                  base.reason)


@functools.lru_cache(maxsize=None)
def _country_entity(code: str) -> Entity:
    name = country_centroids().get(code, (code, None, None))[0]
    ko = next((c.ko[0] for c in kb().countries.countries if c.code == code and c.ko), None)
    sector = "IGO" if code in IGO_CODES else "GOV"
    return Entity("country", f"cty_{code.lower()}", name, [ko] if ko else [], code, sector)
