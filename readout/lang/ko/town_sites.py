"""(kodeed47) A military site in a town is the forces' of the town's state: '하르키우의 군사 기지를 공격했다', 'X의 공군
기지를 공습했다'.

A city (GeoNames' Hangul names, kb.geo.lookup_city) in the genitive right before a military site's noun phrase (cue
military_site_noun of the act lexicon: 군사 기지, 공군 기지, 군 초소) names the state whose forces hold the site, as '[도시의]
군 기지' already did through the agent word 군 (agents.place_agent_mentions): the mention covers the city and the site,
sector MIL. A city before any other noun ('X의 시장', 'X의 병원') is only where things are; a word no gazetteer knows names
no state.
"""
from __future__ import annotations

from readout.model import CountryMention

GENITIVE = "의"
SITE_SECTOR = "MIL"
MAX_SITE_WORDS = 3  # words of the longest military site phrase ('군 주둔 기지')


def site_phrases() -> frozenset[str]:
    from readout.lang.ko.acts import act_index  # countries -> mentions import the act readers: asked lazily

    return act_index().cue("military_site_noun")


def town_site_mentions(offset: int, words: list, found: list) -> list[CountryMention]:
    """The mentions of a known city in the genitive before a military site phrase, not already covered by `found`."""
    from readout.kb.geo import lookup_city
    from readout.lang.ko.agents import nominal

    out, sites = [], None
    for i, w in enumerate(words[:-1]):
        if w.particle != GENITIVE or w.has_verb or not nominal(w):
            continue
        start = offset + w.start
        if any(c.start <= start < c.end for c in found):
            continue
        sites = site_phrases() if sites is None else sites
        n = next((n for n in range(min(MAX_SITE_WORDS, len(words) - i - 1), 0, -1)
                  if " ".join(x.noun for x in words[i + 1:i + 1 + n]) in sites
                  and not any(x.particle for x in words[i + 1:i + n])), 0)
        entry = lookup_city(w.noun) if n else None
        if entry is None or not entry.country:
            continue
        last = words[i + n]
        out.append(CountryMention(start, offset + last.start + len(last.noun), [entry.country], genitive=True,
                                  particle=last.particle or None, sector=SITE_SECTOR))
    return out
