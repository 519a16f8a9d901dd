"""(places56, issue 13) A town heard by sound whose word the story writes as a person's name is that person, not the
town: '밀러 장관은 …' then '밀러에서' is no Milan. Why: a foreign person's name in Hangul sounds like a city about as
often as a town's does (KLUE-NER dev, places55b: 8% of PER names pass the town readers' guards), and the sentence
alone cannot tell them apart; a name the story reads as a person (a title after it, a given name before it: the
mention readers) is the stronger reading. Only places read by sound (`HEARD`, lang/*/ readers) are asked; a town a
table names keeps its reading ('로마에서' is Rome though a Rossi is named Roma)."""
from __future__ import annotations

from readout.lang.common import HEARD
from readout.model import Article, CountryMention


def person_named_towns(article: Article) -> Article:
    """The article without the heard places whose written word is a person mention's name, or the last word of it
    (the family name: '스티븐 밀러' names 밀러), anywhere in the story."""
    heard = [p for p in article.places if p.span.data.get(HEARD)]
    if not heard:
        return article  # most stories: nothing heard by sound
    names = set()
    for m in article.mentions:
        if m.span.label == "person" and m.surface:
            names.update((m.surface, m.surface.split()[-1]))
    dropped = [p for p in heard if article.text[p.span.start:p.span.end] in names]
    if dropped:
        article.places = [p for p in article.places if not any(p is d for d in dropped)]
    return article


def person_named_town_states(article: Article, found: list[CountryMention]) -> list[CountryMention]:
    """(places58, issue 14) The sentence's country mentions without a town acting for its state (`town`: 'Harrington
    said', lang/en/towns.city_mentions; places58b: 'Harrington police detained', lang/en/place_agents) whose word is the last word of a person the story named before ('Mara
    Harrington ... Harrington said police had detained her aides' names no US town). Why: the town reader guards a
    name only by the world table's people; a person the story names is the stronger reading of a surname alone, as
    `person_named_towns` holds of a heard place."""
    towns = [c for c in found if c.town]
    if not towns:
        return found  # most sentences: no town acting
    names = {m.surface.split()[-1] for m in article.mentions if m.span.label == "person" and m.surface
             and " " in m.surface and m.span.end <= towns[0].start}
    return [c for c in found if not (c.town and article.text[c.start:c.end] in names)]
