"""(kodeed47) A military site in a town is the forces' of the town's state: '하르키우의 군사 기지를 공격했다', 'X의 공군
기지를 공습했다'.

A city (GeoNames' Hangul names, kb.geo.lookup_city) in the genitive right before a military site's noun phrase (cue
military_site_noun of the act lexicon: 군사 기지, 공군 기지, 군 초소) names the state whose forces hold the site, as '[도시의]
군 기지' already did through the agent word 군 (agents.place_agent_mentions): the mention covers the city and the site,
sector MIL. A city before any other noun ('X의 시장', 'X의 병원') is only where things are; a word no gazetteer knows names
no state.

(koattack50, issue 14) A state's organ in a town is that state's: '[라파스의] 대통령궁을', '[하르키우의] 국방부 청사를'. A
known city in the genitive right before a body word (agent_chains.body_sector: a head of `body_heads_ko`, a ministry of
any portfolio, or an agent noun of the table: 대통령궁, 국방부, 정부), with or without a building word after it (cue
property_site_noun: 청사, 건물), names the town's state's body in the body's own sector, as 'the presidential palace in
La Paz' reads in English. Kiwi splits 대통령궁 as 대통령+궁, but the word is read whole (its `noun`), so the site is one
word and the office word inside it names no holder. Not where the phrase is a scene ('X의 대통령궁에서'): a meeting's
place is no party.
"""
from __future__ import annotations

from readout.model import CountryMention
from readout.lang.ko.act_table import act_index
from readout.kb.geo import lookup_city
from readout.kb.loader import lexicon
from readout.lang.ko.agent_chains import body_sector
from readout.lang.ko.agents import nominal

GENITIVE = "의"
SITE_SECTOR = "MIL"
SCENE_PARTICLE = "에서"  # '라파스의 대통령궁에서 만났다': where a meeting is held, not a side
MAX_SITE_WORDS = 3  # words of the longest military site phrase ('군 주둔 기지')


def site_phrases() -> frozenset[str]:

    return act_index().cue("military_site_noun") | act_index().cue("bare_military_site_noun")  # koattack52: '[X의] 초소'


def town_site_mentions(offset: int, words: list, found: list) -> list[CountryMention]:
    """The mentions of a known city in the genitive before a military site phrase, not already covered by `found`;
    (koattack50) also a city with its vicinity noun in the genitive ('하르키우 인근의 군 기지를', lexicon ko
    `vicinity_nouns`), as English 'a base near Kharkiv' reads."""
    out, sites = [], None
    for i, w in enumerate(words[:-1]):
        j = site_start(words, i)
        if j is None or w.has_verb or not nominal(w):
            continue
        start = offset + w.start
        if any(c.start <= start < c.end for c in found):
            continue
        sites = site_phrases() if sites is None else sites
        n = next((n for n in range(min(MAX_SITE_WORDS, len(words) - j), 0, -1)
                  if " ".join(x.noun for x in words[j:j + n]) in sites
                  and not any(x.particle for x in words[j:j + n - 1])), 0)
        sector = SITE_SECTOR
        if not n and j == i + 1:
            n, sector = organ_site(words, j, found, offset)
        entry = lookup_city(w.noun) if n else None
        if entry is None or not entry.country:
            continue
        last = words[j + n - 1]
        out.append(CountryMention(start, offset + last.start + len(last.noun), [entry.country], genitive=True,
                                  particle=last.particle or None, sector=sector))
    return out


def site_start(words: list, i: int) -> int | None:
    """Where the site phrase owned by word `i` starts: right after it when it is in the genitive ('하르키우의'), after
    its vicinity noun when that one is ('하르키우 인근의'); None when word `i` owns nothing."""
    if words[i].particle == GENITIVE:
        return i + 1
    if words[i].particle is None and i + 2 < len(words) and words[i + 1].particle == GENITIVE \
            and words[i + 1].noun in lexicon("ko")["vicinity_nouns"]:
        return i + 2
    return None


def organ_site(words: list, j: int, found: list, offset: int) -> tuple[int, str]:
    """(koattack50) How many words from `j` name a state's organ as a site ('대통령궁을', '국방부 청사를') and its sector;
    (0, '') where the word is no body word, is already another mention's (a named body), or is a meeting's scene."""
    organ = words[j]
    sector = body_sector(organ.noun) if not organ.has_verb else None
    start = offset + organ.start
    if sector is None or any(c.start <= start < c.end for c in found):
        return 0, ""
    n = 1
    if organ.particle is None and j + 1 < len(words) and words[j + 1].noun in act_index().cue("property_site_noun"):
        n = 2
    return (0, "") if words[j + n - 1].particle == SCENE_PARTICLE else (n, sector)


def inside_towns_dropped(found: list[CountryMention], towns: list[CountryMention]) -> list[CountryMention]:
    """(koattack50, issue 14) `found` without a mention read inside a town's phrase for another state: '하르키우의
    [국방부]를' is the town's state's ministry (the town's mention covers it), not the writer's state's body of that name
    (organizations.yaml's bare '국방부'), which would otherwise stand as a second receiving side."""
    return [c for c in found if not any(t.start < c.start and c.end <= t.end and not set(c.codes) & set(t.codes)
                                        for t in towns)]
