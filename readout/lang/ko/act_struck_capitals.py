"""(enattack50, issue 14) A capital its own state's armed group attacks is that state's government, as English
act_struck_capitals reads 'Syrian rebels attacked Damascus': '시리아 반군이 다마스쿠스를 공격했다' hit Syria's government.

Why: a domestic attack's receiving part is told apart from the attackers by the sector its words give; a capital
named bare gives none, so the recipient took the rebels' own (REB) and was dropped as the same part of the same
state. A foreign attacker's strike on a capital ('러시아군이 키이우를 공격했다') already gave the state's government.
(enattack51) So does any town of the city index named bare as the attack's object ('시리아 반군이 알레포를
공격했다'), as English 'Syrian rebels attacked Aleppo' now reads: an armed group attacking a town fights the state that
holds it (GOV).
"""
from __future__ import annotations

from dataclasses import replace

from readout.kb.geo import lookup_city
from readout.lang.base import ActHit
from readout.lang.ko.country_tables import tables

STRUCK_TYPES = frozenset({"ASSAULT"})
CAPITAL_SECTOR = "GOV"  # the seat of government stands for the government


def struck_capitals(text: str, hits: list[ActHit]) -> list[ActHit]:
    """The hits, each attack whose first target span is a capital's bare name marked with the government as the
    receiving part (`domestic_sector`), unless a reader gave it one already."""
    return [struck(text, h) if h.type in STRUCK_TYPES and not h.negated and h.data.get("target_spans")
            and not h.data.get("domestic_sector") else h for h in hits]


def struck(text: str, hit: ActHit) -> ActHit:
    """The hit marked where its first target span is a capital (enattack51: or a town) whose state the words before it name by a Korean
    state name ('[시리아] 반군이 다마스쿠스를') or name no state ('반군이 바마코를': the rebels are the place's): the capital
    is the receiving side (`domestic_target`), of its own state, as a domestic object is; a capital of another state
    than the one named ('러시아군이 키이우를') is left to the readers of a foreign one."""
    lo, hi = hit.data["target_spans"][0]
    city = lookup_city(text[lo:hi].strip())  # enattack51: a capital, or any town of the city index
    state = city.country if city is not None else None
    named = {code for name, code in tables().names.items() if name in text[:lo]}
    if state is None or named and state not in named:
        return hit
    return replace(hit, data={**hit.data, "domestic_sector": CAPITAL_SECTOR, "domestic_target": (lo, hi)})
