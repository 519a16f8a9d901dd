"""A drill halted with the aid it is joined to: '말리군에 대한 군사훈련과 지원을 중단한다고 발표했다'.

Why: a drill noun joined by 과/와 to the noun of a measure whose verb halts it ('지원을 중단': SANCTION discontinue)
is halted with it: training given to another state's forces, now cut off as part of the measure. Read as a noun act
of its own it was a show of force (MOBILIZE) by the side that stopped it, a drill nobody held. The measure keeps
its own reading; a drill noun that is no conjunct of a halted measure ('연합훈련을 실시했다') stays a drill.

(force59) A fighting noun that is the subject or topic of a verb of ending ('교전은 8일 ... 멈췄다', '충돌이 끝났다'):
the fighting is the one the story told; its end is no fight of that day (a second ASSAULT dated on the truce).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import SUBJECT_TAGS

STEM_TAGS = frozenset({"VV", "VA", "XSV"})
HALTING_TYPES = frozenset({"SANCTION"})  # the measures that cut off what is joined to their object


def halted_drills(hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without the MOBILIZE nouns joined ('과', `joined_noun_particle`) to the object of a halting
    measure's predicate: the governor the noun's reading names is that measure's predicate."""
    halting = {h.data.get("pred") for h in hits if h.type in HALTING_TYPES and not h.nominal}
    return [h for h in hits if not (h.type == "MOBILIZE" and h.nominal and h.data.get("governor") in halting
                                    and h.data.get("particle") in lex.cue("joined_noun_particle"))]


def ended_fights(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """(force59) The hits without the ASSAULT nouns whose clause says the fighting ended: the noun marked as subject
    or topic (`force_end_particles`) of a predicate in `force_end_verbs` ('교전은 ... 멈췄다')."""
    return [h for h in hits if not (h.type == "ASSAULT" and h.nominal and isinstance(h.data.get("pred"), int)
                                    and h.data.get("particle") in lex.cue("force_end_particles")
                                    and ended(toks, h.data["pred"], lex))]


def ended(toks: list, noun: int, lex: ActIndex) -> bool:
    """A verb of ending (`force_end_verbs`) follows the noun at `noun` before any other subject or topic: the
    predicate it is the subject of ('교전은 [지난 8일 ... 합의하면서] 멈췄다'; not '교전은 ... 이어졌고 양측은 휴전을')."""
    for k in range(noun + 2, len(toks)):  # past the noun's own particle
        if toks[k][1] in SUBJECT_TAGS and toks[k][0] in lex.cue("force_end_particles"):
            return False
        if toks[k][1] in STEM_TAGS and lemma_at(toks, k) in lex.cue("force_end_verbs"):
            return True
    return False
