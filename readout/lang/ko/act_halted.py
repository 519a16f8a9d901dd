"""A drill halted with the aid it is joined to: '말리군에 대한 군사훈련과 지원을 중단한다고 발표했다'.

Why: a drill noun joined by 과/와 to the noun of a measure whose verb halts it ('지원을 중단': SANCTION discontinue)
is halted with it: training given to another state's forces, now cut off as part of the measure. Read as a noun act
of its own it was a show of force (MOBILIZE) by the side that stopped it, a drill nobody held. The measure keeps
its own reading; a drill noun that is no conjunct of a halted measure ('연합훈련을 실시했다') stays a drill.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

HALTING_TYPES = frozenset({"SANCTION"})  # the measures that cut off what is joined to their object


def halted_drills(hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without the MOBILIZE nouns joined ('과', `joined_noun_particle`) to the object of a halting
    measure's predicate: the governor the noun's reading names is that measure's predicate."""
    halting = {h.data.get("pred") for h in hits if h.type in HALTING_TYPES and not h.nominal}
    return [h for h in hits if not (h.type == "MOBILIZE" and h.nominal and h.data.get("governor") in halting
                                    and h.data.get("particle") in lex.cue("joined_noun_particle"))]
