"""(enattack70) A military facility attacked is its armed forces': 'attacked a military base', 'a naval outpost', 'a
Chadian military convoy' are done to the forces (sector MIL) of the state the phrase names, else of the attacker's own
(the pipeline's domestic side). The adjective before the site (`military_site_modifiers`) is no people noun of its
own, so the object reader (act_sides.people_span) found no side there and the attack had no target; (attack71) a
forces noun only modifying the site ('an army outpost') is read here too, before the people reader, so its site is
a military site (no owner named: the story's other state, pipeline/act_measure_counterparts.own_forces_site). Korean reads its twin, '군 기지를 공격했다',
in lang/ko/act_military_sites.py.

Why its own module: one object shape (an adjective of the armed forces before a site noun, `held_site_heads`) read for
one type; `act_context.with_domestic_targets` asks it where the people reader finds no side.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.act_sides import start_of_object
from readout.lang.en.act_people_phrases import sector_of

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

SECTOR = "MIL"
FORCE_TYPE = "ASSAULT"


def military_site(toks: list[Token], h: ActHit, index_at: dict[int, int], cues: Cues) -> tuple[int, int, str] | None:
    """The object's character span (relative to the sentence) and sector MIL when the attack's object is a site of the
    armed forces: determiners, numbers and capitalized words (a nationality, a place) before a
    `military_site_modifiers` word and a site noun (`held_site_heads`) right after it; None otherwise."""
    if h.type != FORCE_TYPE or h.nominal or h.negated:
        return None
    start = start_of_object(toks, h, index_at)
    j = start
    while j < len(toks) and j - start <= cues.window and toks[j].word and not site_modifier(toks[j], cues) \
            and (toks[j].low in cues.determiners or toks[j].raw[:1].isupper() or toks[j].low[:1].isdigit()):
        j += 1
    if j + 1 >= len(toks) or not site_modifier(toks[j], cues) or toks[j + 1].low not in cues.held_site_heads:
        return None
    return toks[start].start, toks[j + 1].end, SECTOR


def site_modifier(tok: Token, cues: Cues) -> bool:
    """A word that makes the site after it the armed forces': an adjective of theirs ('military', 'naval') or (attack71)
    a forces noun only modifying the site ('an [army] outpost', 'a [navy] base'), no people attacked of their own; in
    lower case: a capitalized one is a name's ('Free Syrian Army positions': the group's, act_named_groups)."""
    return tok.low in cues.military_site_modifiers \
        or tok.raw.islower() and tok.low in cues.domestic_actors and sector_of(tok.low) == SECTOR
