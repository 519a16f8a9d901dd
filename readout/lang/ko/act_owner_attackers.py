"""(victims48, issues 13, 15) The genitive owner of a cause of harm that is an unnamed armed group: '무장괴한의
총격으로 군인 3명이 숨졌다', '반군의 공격으로 주민 4명이 다쳤다'.

Why: the owner in the genitive is the attacker (act_harm_causes), but an owner with no state word gave the act to the
place's state as its government (GOV), as if the state had shot its own soldiers; a verb's subject '반군이 ... 공격했다'
already reads the rebels (REB) of the place, and English 'an attack by rebels' now does (lang/en/act_agent_attackers).

Rule: an ASSAULT nominal that caused a harm (`harm_cause`) whose genitive owner, right before its words, is a common
noun (or two: '무장 괴한') the agents table gives a sector of armed people with no state (REB, UAF, CRM:
`STATELESS_FORCE_SECTORS` less a state's forces) acts as those people (`people_subject`); the pipeline gives them the
place's state. Not an owner with a name in it ('러시아군의', '보코하람의': the name's side), nor a state's forces
('경찰의 총격으로': the police, read as before).
"""
from __future__ import annotations

from dataclasses import replace

from readout.kb.agents import phrases
from readout.lang.base import ActHit
from readout.sectors import STATELESS_ARMED_SECTORS

ATTACKER_SECTORS = STATELESS_ARMED_SECTORS
ASSAULT = "ASSAULT"
GENITIVE = "JKG"
COMMON = "NNG"
PLURAL = "XSN"
OWNER_NOUNS = 3  # common nouns of an owner run: '무장 괴한', (conflict54) '자살 폭탄 테러범'


def owner_attackers(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The causes of harm whose genitive owner is an unnamed armed group, marked with its sector as the acting people's."""
    return [marked(toks, h) for h in hits]


def marked(toks: list, hit: ActHit) -> ActHit:
    j = owner_particle_at(hit)
    return hit if j is None else marked_with(hit, "people_subject", owner_sector(toks, j))


def owner_particle_at(hit: ActHit) -> int | None:
    """The token index of the genitive particle an ASSAULT cause of harm with no acting people yet may stand after
    ('X 의 총격'), else None: the one place both owner readers (attackers here, act_owner_forces) look."""
    first = hit.data.get("first")
    if hit.type != ASSAULT or not hit.data.get("harm_cause") or first is None or hit.data.get("people_subject"):
        return None
    return first - 1


def marked_with(hit: ActHit, key: str, sector: str | None) -> ActHit:
    """`hit` with `key` set to the owner's `sector` when one was read."""
    return replace(hit, data={**hit.data, key: sector}) if sector else hit


def owner_sector(toks: list, j: int) -> str | None:
    """The armed sector of the common nouns before the genitive particle at `j` ('무장 괴한 들 의'), else None."""
    if j < 1 or toks[j][1] != GENITIVE:
        return None
    k = j - 1
    if toks[k][1] == PLURAL:
        k -= 1
    nouns = []
    while k >= 0 and toks[k][1] == COMMON and len(nouns) < OWNER_NOUNS:
        nouns.insert(0, toks[k][0])
        k -= 1
    if not nouns or (k >= 0 and toks[k][1] == "NNP"):
        return None  # no common noun, or a name before it ('러시아 반군의': the name's side)
    table = phrases("ko")
    # conflict54: the longest run the table knows first ('자살폭탄 테러범': three morphemes, REB), then shorter ones
    sector = next((table[w] for w in ("".join(nouns[n:]) for n in range(len(nouns))) if w in table), None)
    return sector if sector in ATTACKER_SECTORS else None
