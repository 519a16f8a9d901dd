"""Find city and country mentions in sentences (datelines and boilerplate are never read here), and give a
city named only by its descriptor ('in the southeastern port city', '이 도시에서') the city it refers to."""
from __future__ import annotations

import dataclasses
from collections import Counter

from readout import budget
from readout.model import Article, Place, Span
from readout.pipeline.common import country_finds


def find_places(article: Article, ctx) -> Article:
    for sent in article.sentences:
        budget.check("find_places")  # per sentence: a document of a thousand sentences stops on time
        text = article.text[sent.start:sent.end]
        lang, tokens = ctx.language(sent.label), article.tokens.get(sent.start)
        found = lang.find_places(text, sent.start, tokens)
        found += anaphoric_places(article, sent, lang, text, found)
        for place in found:  # 'a week after the envoy returned from Lima': no place for the story's meetings
            place.span.data["subordinate"] = lang.subordinate(text, tokens or (), place.span.start - sent.start,
                                                              place.span.end - sent.start)
        article.places.extend(sorted(found, key=lambda p: p.span.start))
    return story_places(article, ctx)


def story_places(article: Article, ctx) -> Article:
    """(koplace47, issue 14) A place the sentence could not give a state ('Victoria', a capital's name a larger city
    of another state bears; 'Gao', towns of two states), marked with its `candidates` by the language's reader
    (lang/place_candidates): the candidate state the whole story names most (its country words and the states of
    its other places), one state only; else the place's own state, and no place where it has none."""
    undecided = [p for p in article.places if p.span.data.get("candidates")]
    if not undecided:
        return article  # most stories: nothing to count
    counts = story_state_counts(article, ctx)
    dropped = []
    for place in undecided:
        options = place.span.data.pop("candidates")
        top = max((counts[o[0]] for o in options), default=0)
        best = [o for o in options if top and counts[o[0]] == top]
        if len(best) == 1:
            place.country, place.name, place.lat, place.lon = best[0]
            place.names = [n for n in dict.fromkeys([*place.names, article.text[place.span.start:place.span.end]])
                           if n != place.name]
        elif place.country is None:
            dropped.append(place)
    article.places = [p for p in article.places if not any(p is d for d in dropped)]
    return article


def story_state_counts(article: Article, ctx) -> Counter:
    """How often the story names each state: by its country words, and by the places of it no doubt hangs over."""
    counts: Counter = Counter()
    for sent in article.sentences:
        for mention in country_finds(article, sent, ctx):  # speed52: found once, `countries_in` reads them again
            counts.update(set(mention.codes))
    counts.update(p.country for p in article.places
                  if p.precision == "city" and p.country and not p.span.data.get("candidates"))
    return counts


def anaphoric_places(article: Article, sent: Span, lang, text: str, found: list[Place]) -> list[Place]:
    """'BUSAN -- A and B met on the sidelines of the summit in the southeastern port city': a locative city named
    only by its descriptor is the city named last before it, in this sentence or an earlier one (a headline's
    included), or the dateline's where that stands later. A copy of that place at the phrase, marked `anaphor`."""
    out = []
    for start, end in lang.place_anaphors(text):
        at = sent.start + start
        if any(p.span.start <= at < p.span.end for p in found):
            continue  # the phrase is part of a place the language named ('the port city of Busan')
        named = [p for p in (*article.places, *found) if p.precision == "city" and p.span.end <= at
                 and p.span.end > p.span.start]
        lines = [line for line in article.datelines if line.end <= at]
        dateline = lang.dateline_place(article.text[lines[-1].start:lines[-1].end], lines[-1].start) if lines else None
        cands = [p for p in (max(named, key=lambda p: p.span.start, default=None), dateline) if p is not None]
        if not cands:
            continue
        referent = max(cands, key=lambda p: p.span.start)
        span = Span(at, sent.start + end, "place", {"locative": True, "anaphor": True})
        out.append(dataclasses.replace(referent, span=span))
    return out
