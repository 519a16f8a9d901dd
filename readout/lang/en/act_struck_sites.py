"""(acts58, issues 13/15) An attack noun as the subject of a verb of striking: 'A suicide bombing hit a mosque in X',
'A car bombing tore through a market in X'.

An ASSAULT nominal (a bombing, an attack, an air strike: the lexicon's attack nouns) with no victims read yet, whose
next words are a verb of striking (`striking_verbs`: hit, struck, rocked, ripped through, tore through, targeted),
takes that verb's object phrase as its victims where the phrase is a known site (act_site_sectors.site_sector_of: a
mosque's faithful, a market's crowd, a police station) or people (act_harm_causes.harmed_sector: 'two soldiers'),
with the site's readings, as 'A car bomb exploded at a market in X' gives its own (act_fire_aims.site_at). The
verbs are no ASSAULT entries of their own ('sanctions hit the economy', 'the storm struck the coast'): only an attack
noun as their subject makes them the attack's landing. The PLOVER gold codes such a sentence ASSAULT with no known
source and the place's people as its target. Not a verb with something between it and its noun ('the bombing, which
hit ...': a clause of its own), nor an object that is no site and no people ('hit the headlines').

Why a module of its own: act_fire_aims reads the victims of an attack noun from a verb that is itself an ASSAULT hit;
here the verb is no hit, so it is found by its words after the noun.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.act_fire_aims import struck_site
from readout.lang.en.act_site_sectors import site_sector_of
from readout.lang.en.agents import sector_of as agent_sector
from readout.sectors import HARMED_SECTORS

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token


def struck_by_attacks(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each ASSAULT nominal with no victims that a verb of striking follows right away takes the verb's object as
    its victims (with the site's readings); every other hit as it was."""
    return [struck_by(toks, h, cues) for h in hits]


def struck_by(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """The attack noun `hit` with the object of the striking verb after it as its victims, else `hit` itself."""
    if hit.type != "ASSAULT" or not hit.nominal or hit.data.get("victims") or hit.data.get("people_subject"):
        return hit
    start = striking_verb_end(toks, hit.data["end_token"] + 1, cues)
    victims = None if start is None else object_phrase(toks, start, cues)
    if victims is None or not (known_site(toks, victims, cues) or named_people(toks, victims)):
        return hit
    read = struck_site(toks, victims, hit, {}, cues)
    return replace(hit, data={**hit.data, **read, "victims": victims,
                              "target_spans": (victims, *hit.data.get("target_spans", ()))})


def striking_verb_end(toks: list[Token], k: int, cues: Cues) -> int | None:
    """The token after a verb of striking that starts at token `k` ('hit', 'tore through'), or None."""
    words = tuple(t.low for t in toks[k:k + 2])
    for phrase in cues.striking_verbs:
        parts = tuple(phrase.split())
        if words[:len(parts)] == parts:
            return k + len(parts)
    return None


def object_phrase(toks: list[Token], k: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of the words from token `k` up to a clause break (the place phrase kept: 'a mosque in X'),
    or None when there are none."""
    j = k
    while j < len(toks) and toks[j].word and toks[j].low not in cues.clause_breaks:
        j += 1
    return (toks[k].start, toks[j - 1].end) if j > k else None


def known_site(toks: list[Token], span: tuple[int, int], cues: Cues) -> bool:
    """Whether the phrase is a site whose people are known (a mosque, a market, a police station)."""
    return site_sector_of(toks, span, cues) is not None


def named_people(toks: list[Token], span: tuple[int, int]) -> bool:
    """Whether the phrase names people that can be harmed ('a convoy of soldiers', 'worshippers')."""
    words = [t.low for t in toks if span[0] <= t.start and t.end <= span[1] and t.word]
    return any(agent_sector(w) in HARMED_SECTORS for w in words)


def forces_hit_site(toks: list[Token], i: int, cues: Cues) -> bool:
    """(acts58b) Whether the verb at token `i` has an armed force's means right before it as its subject (cue
    `assault_instruments`: jets, warplanes, helicopters, tanks, artillery) and a known site as its object: 'Russian
    jets hit a market in X', the forces' state's attack on the place's people. Why the site: a weapon noun alone
    ('missiles hit X', `weapon_subjects`) is always force, but 'jets', 'tanks', 'guns' also head words of other
    senses ('the jets hit the headlines', 'tanks hit a record'); a market, a mosque or a police station struck is
    force whatever struck it."""
    if i == 0 or toks[i - 1].low not in cues.assault_instruments:
        return False
    victims = object_phrase(toks, i + 1, cues)
    return victims is not None and (known_site(toks, victims, cues) or named_people(toks, victims))
