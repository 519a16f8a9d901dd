"""(doerless49, issues 13, 14) The genitive owner of a cause of harm that is a state's force named by no state word:
'경찰의 총격으로 2명이 숨졌다', '군의 포격으로 ...'.

Why: an attack whose words name no doer takes no acting side from its place (pipeline/placed_doers); a force noun
owning the deed noun names its doer all the same (the police of the place's state), as English 'a shooting by police'
names its agent. act_owner_attackers marks the armed groups with no state; this marks the state's forces.

Rule: an ASSAULT nominal that caused a harm (`harm_cause`) whose genitive owner is a common noun the agents table gives
a state force's sector (MIL, COP) is marked `owner_force` with that sector. Not a name's ('러시아군의': its state acts).
"""
from __future__ import annotations

from readout.kb.agents import phrases
from readout.lang.base import ActHit
from readout.lang.ko.act_owner_attackers import COMMON, GENITIVE, PLURAL, marked_with, owner_particle_at
from readout.sectors import STATE_FORCE_SECTORS

OWNER_FORCE = "owner_force"


def owner_forces(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The causes of harm whose genitive owner is a state's force with no state named, marked with its sector."""
    return [marked(toks, h) for h in hits]


def marked(toks: list, hit: ActHit) -> ActHit:
    j = owner_particle_at(hit)
    return hit if j is None else marked_with(hit, OWNER_FORCE, force_sector(toks, j))


def force_sector(toks: list, j: int) -> str | None:
    """The state force's sector of the common noun before the genitive particle at `j` ('경찰 의'), else None."""
    if j < 1 or toks[j][1] != GENITIVE:
        return None
    k = j - 1 - (toks[j - 1][1] == PLURAL)
    if k < 0 or toks[k][1] != COMMON or k >= 1 and toks[k - 1][1] == "NNP":
        return None
    sector = phrases("ko").get(toks[k][0])
    return sector if sector in STATE_FORCE_SECTORS else None
