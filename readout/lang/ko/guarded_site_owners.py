"""(kojudge47) A guarded state name before a named place in the genitive and a site there: '차드 [아드레의] 군 기지를',
'수단 [X의] 난민촌에': the state the place lies in, whose site it is.

Why: a guarded name (차드, 수단, 말리: guard 'governed' in countries.yaml) opening its phrase with no particle names the
state before a part of it or a town the gazetteer places in it (guarded_names.part_of_state_after); a town too small
for the gazetteer is written the same way, 'state, town's site', as English "a base in Adre, Chad". The structure
says it: a proper noun in the genitive (the place) right after the name, then a site's noun phrase (the act lexicon's
military_site_noun or settlement_noun: '군 기지', '난민촌', '병원'). The ordinary words stand before no such phrase
('외교 수단의', '말리 빨래'); a place the gazetteer puts in another state names no state here.
"""
from __future__ import annotations

from readout.kb.geo import lookup_city
from readout.lang.ko.act_table import act_index

GENITIVE = "의"
MAX_SITE_WORDS = 3  # words of the longest site phrase ('군 주둔 기지')


def site_phrases() -> frozenset[str]:

    lex = act_index()
    return frozenset(lex.cue("military_site_noun")) | frozenset(lex.cue("settlement_noun"))


def place_site_after(words: list, last: int, codes: list[str]) -> bool:
    """After the name ending at word `last`: a proper noun in the genitive that is no other state's town, then a
    site's noun phrase."""
    k = last + 1
    if k + 1 >= len(words) or words[k].particle != GENITIVE or not words[k].proper or words[k].has_verb:
        return False
    town = lookup_city(words[k].noun)
    if town is not None and town.country not in codes:
        return False
    sites = site_phrases()
    return any(" ".join(x.noun for x in words[k + 1:k + 1 + n]) in sites
               and not any(x.particle for x in words[k + 1:k + n])
               for n in range(min(MAX_SITE_WORDS, len(words) - k - 1), 0, -1))
