"""(enmil47, issue 15) An attack noun that names the attackers, not the attack: 'Suicide bombers killed six people in
X', 'A suicide bomber struck a market in X'.

Why: the lexicon's suicide-attack noun takes its agent forms too ('suicide bomber(s)'), so the noun in the subject of
a verb of harm is that verb's act (act_fire_aims.attack_victims, as 'A car bomb killed ...'), and an act no side is
named for went to the place's state, as its government (GOV): the bombers were read as the state they struck.
Unnamed attackers are a non-state armed sector of the place (as 'Militants killed ...' reads: REB, 'Gunmen ...' UAF),
never its government.

Rule: an ASSAULT noun whose own words are an agent phrase of the agents table (the Phoenix dictionary with our
overrides: 'suicide bomber' REB) of a sector of armed people with no state (`STATELESS_FORCE_SECTORS` less a state's
forces) acts as those people: `people_subject` is that sector, as a verb's subject 'militants' marks it. Not an attack
noun ('a suicide bombing', 'the attack': no agent), nor a state's forces ('bombers' are aircraft, MIL).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.agents import sector_of
from readout.sectors import STATELESS_ARMED_SECTORS

ATTACKER_SECTORS = STATELESS_ARMED_SECTORS
ASSAULT = "ASSAULT"


def attacker_nouns(text: str, hits: list[ActHit]) -> list[ActHit]:
    """The ASSAULT nouns naming stateless attackers, marked with their sector as the acting people's."""
    out = []
    for h in hits:
        sector = sector_of(text[h.start:h.end]) if h.type == ASSAULT and h.nominal else None
        if sector in ATTACKER_SECTORS and not h.data.get("people_subject"):
            h = replace(h, data={**h.data, "people_subject": sector})
        out.append(h)
    return out
