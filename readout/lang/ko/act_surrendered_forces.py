"""(kopar54, issue 15) Whom armed people surrender to: '반군은 콩고군에 항복했다' is the rebels of Congo laying down
arms before Congo's army (RETREAT disarm, COD-REB > COD-MIL), as English 'The rebels surrendered to the army of Congo'
reads (its `domestic_target` with sector MIL, lang/en/act_context).

Why: the 에/에게 side of a surrender named the state's forces, and the pipeline, seeing a recipient of the actors'
own state, took it for the actor's state alone and dropped it as the actor's own side: the act had no recipient.
The rule: a RETREAT disarm whose subject is armed people no state word owns (`people_subject` in the armed people's
sectors: '반군은', '무장세력은') and whose surrendered-to side is the noun run marked 에/에게 right before the verb,
headed by a state's force noun ('콩고군', '정부군', '경찰'), marks that run as a domestic target of the force's sector:
the pipeline then gives the run its state and the forces their sector, as it does for an arrest of people.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.agents import sector_of
from readout.lang.ko.tags import LOCATIVE_PARTICLE, NOUN_TAGS
from readout.sectors import ARMED_PEOPLE_SECTORS, STATE_FORCE_SECTORS

SURRENDER = ("RETREAT", "disarm")
TO_PARTICLES = frozenset({LOCATIVE_PARTICLE, ("에게", "JKB")})  # '콩고군에', '정부군에게': the side surrendered to
RUN_REACH = 4  # morphemes of the force's noun run


def surrendered_forces(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The hits with each armed people's surrender to a state's forces given that force as its domestic target."""
    return [surrendered(toks, h) or h if (h.type, h.mode) == SURRENDER else h for h in hits]


def surrendered(toks: list, h: ActHit) -> ActHit | None:
    """`h` with the force run before it as its domestic target, or None where the shape is another."""
    first = h.data.get("first")
    if h.data.get("people_subject") not in ARMED_PEOPLE_SECTORS or "domestic_target" in h.data \
            or not isinstance(first, int) or first < 2 or (toks[first - 1][0], toks[first - 1][1]) not in TO_PARTICLES:
        return None
    end = first - 2
    if toks[end][1] not in NOUN_TAGS:
        return None
    sector = force_sector(toks[end][0])
    if sector is None:
        return None
    start = end
    while start - 1 >= 0 and end - start + 1 < RUN_REACH and toks[start - 1][1] in NOUN_TAGS:
        start -= 1
    span = (toks[start][2], toks[end][2] + toks[end][3])
    return replace(h, data={**h.data, "domestic_target": span, "domestic_sector": sector, "target_spans": (span,)})


def force_sector(word: str) -> str | None:
    """The state force sector the word names, whole or by its ending ('정부군', '경찰'; '콩고군': a state's name fused
    with '군', the agents table's army noun); None for any other word."""
    for k in range(len(word)):
        sector = sector_of(word[k:])
        if sector in STATE_FORCE_SECTORS:
            return sector
    return None
