"""A region's head written joined to the region's name ('경기도지사는', '부산시장은', '텍사스주지사는'): the region's
state acting through its government (GOV), as English reads 'the governor of Texas' or 'Busan Mayor X'.

Why: kiwi keeps such a word whole or splits it as region + 지사/시장, so the place-before-agent reader
(lang/ko/agents.py place_agent_mentions), which wants the place and the agent noun as two words, never sees it, and a
governor or mayor of a region of one state was a side with no state. 지사 and 시장 alone mean a branch office and a
market after most names, so they count only after the peninsula's own provinces and cities (countries.yaml
home_regions_ko); the unambiguous heads (주지사, 도지사, 현지사, 주총리) after any city or region heard by sound.
"""
from __future__ import annotations


from readout import budget
from readout.lang.ko.tags import PLAIN_NOUN_TAGS
from readout.model import CountryMention
from readout.kb.geo import lookup_city
from readout.kb.loader import kb
from readout.kb.names import looks_korean_name
from readout.kb.region_sound import region_by_sound
from readout.lang.ko.words import role_of

MIN_REGION = 2  # syllables of a region's name before its head ('경기'): one syllable is no region


@budget.table()
def _tables() -> tuple[tuple[str, ...], tuple[str, ...], dict[str, str]]:
    c = kb().countries
    longest = lambda xs: tuple(sorted(xs, key=len, reverse=True))  # noqa: E731 ('특별자치도지사' before '지사')
    return longest(c.regional_heads_joined_ko), longest(c.home_region_heads_ko), dict(c.home_regions_ko)


def region_state(place: str, any_place: bool) -> str | None:
    """The state a region's name before a head serves: the peninsula's own divisions first; then, for an unambiguous
    head, a city (GeoNames' Hangul names) or a region heard by sound."""
    _joined, _home_heads, home = _tables()
    if place in home:
        return home[place]
    if not any_place or len(place) < MIN_REGION:
        return None
    entry = lookup_city(place)
    return entry.country if entry is not None else region_by_sound(place, looks_korean_name(place))


def joined_head(noun: str) -> tuple[str, str] | None:
    """(place, state) of a word made of a region's name and its head's title, else None."""
    joined, home_heads, _home = _tables()
    if not noun.endswith(joined) and not noun.endswith(home_heads):
        return None  # speed51: most nouns end in no head; one C call per table instead of one per head
    for heads, any_place in ((home_heads, False), (joined, True)):
        for head in heads:
            if noun.endswith(head) and len(noun) - len(head) >= MIN_REGION:
                place = noun[:-len(head)]
                code = region_state(place, any_place)
                if code:
                    return place, code
    return None


def joined_head_mentions(offset: int, words: list, found: list) -> list[CountryMention]:
    """Each word naming a region's head ('경기도지사는') as its region's state, GOV, with the word's particle."""
    out = []
    for w in words:
        if w.has_verb or not w.noun or not all(t[1] in PLAIN_NOUN_TAGS or t[1][0] == "J" for t in w.tokens):
            continue
        hit = joined_head(w.noun)
        if hit is None:
            continue
        start, end = offset + w.start, offset + w.start + len(w.noun)
        if any(c.start < end and start < c.end for c in found):
            continue
        out.append(CountryMention(start, end, [hit[1]], genitive=w.particle == "의",
                                  subject=role_of(w.particle) == "subject", particle=w.particle, sector="GOV"))
    return out
