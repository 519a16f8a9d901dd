"""(actors54, issue 14) A bare site an armed group of one state attacks is that state's: 'Malian rebels attacked a
village' (the state's people, CVL), 'a market' (CVL), 'a base' (its forces, MIL), 'a bank' (BUS).

Why: the object readers find a side in people nouns ('killed two soldiers', enattack52's armed_doers_target), in a
site a forces word marks ('an army base', act_military_sites) or in a site whose place names its state ('a market in
X', act_site_sectors with the pipeline's site_target_sector); a bare site with no state named was no side at all, so
'Malian rebels attacked a village' gave the rebels acting on no one, while Korean '말리 반군이 장터를 공격했다' and '기지를'
gave Mali's civilians and forces. An armed group of no state of its own, its state named by its adjective or taken
from the story, fights in that state (the manual codes a domestic group's attack on its own state's people and
forces, REB on CVL or MIL), so the site is read as the domestic object of the act with the sector the site's head
gives (act_site_sectors.site_sector_of, the one table of site heads). Not a site followed by a place ('a village in
X': the place names whose it is) nor one a capitalized word names ('a Togolese market': the state's adjective, read
by the site readers), and not a state's own forces' attack ('Malian troops attacked a village': whose the village is
is then no domestic question; the target readers decide).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.act_site_sectors import PLACE_LINKS, site_sector_of
from readout.lang.en.act_sides import start_of_object
from readout.sectors import STATELESS_ARMED_SECTORS

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

FORCE_TYPE = "ASSAULT"


def armed_doers_site(toks: list[Token], hit: ActHit, index_at: dict[int, int], cues: Cues,
                     subject: str | None) -> tuple[int, int, str] | None:
    """The object's character span and the site's sector where an active attack by an armed group of no state
    (`subject` in STATELESS_ARMED_SECTORS: REB, UAF ...) lands on a bare site: lower-case words from the object's start
    to the end of its phrase, no place or name after them, whose head is a site of act_site_sectors' tables; None
    otherwise."""
    if hit.type != FORCE_TYPE or hit.nominal or hit.negated or hit.data.get("passive") \
            or subject not in STATELESS_ARMED_SECTORS:
        return None
    start = start_of_object(toks, hit, index_at)
    j = start
    while j < len(toks) and j - start <= cues.window and toks[j].word and toks[j].raw.islower() \
            and toks[j].low not in PLACE_LINKS:
        j += 1
    if j == start or named_after(toks, j, cues):
        return None  # 'a village in X', 'a Togolese market', 'a village near X': the place or name says whose
    span = (toks[start].start, toks[j - 1].end)
    sector = site_sector_of(toks, span, cues)
    return (*span, sector) if sector else None


def named_after(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether the phrase going on at token j names a place or a state: a capitalized word ('a Togolese market'), or a
    place link before one ('in X', 'near X') that is no day ('on Monday', 'at dawn' name when, not whose)."""
    if j >= len(toks) or not toks[j].word:
        return False
    if toks[j].low not in PLACE_LINKS:
        return True
    k = j + 1
    while k < len(toks) and toks[k].word and toks[k].low in cues.determiners:
        k += 1
    return k < len(toks) and bool(toks[k].word) and toks[k].raw[:1].isupper() and toks[k].low not in cues.date_words
