"""(attack71) A force said to be withdrawn ('칠레군이 국경에서 철수됐다', '페루 병력은 ... 철수됐다'): the passive 되 of a
RETREAT verb that takes no object ('철수하다' withdraws its subject from a place) tells the force's own withdrawal, as
English 'Chilean troops were withdrawn from the border' codes the troops' state's RETREAT. Read as the active verb,
its subject (the force) acts. Not a subject that is no force ('계획이 철수됐다' names none), nor a RETREAT verb with an
object (its passive subject is what is released or returned: '선원들이 석방됐다', act_predicates' own rule).
act_predicates.predicate asks this at a passive 되 whose active is such an entry.
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, NOUN_TAGS, SUBJECT_TAGS

SUBJECT_REACH = 8  # morphemes back from the verbal noun to the subject's particle ('칠레군이 [국경 지역에서] 철수됐다')


def withdrawn_force(toks: list, noun_end: int, entry: ActEntry | None, lex: ActIndex) -> bool:
    """The verbal noun ending at `noun_end` before 되 is an objectless RETREAT verb's and its clause's subject is a
    force (cues troop_noun, force_noun: the noun before the subject particle, '칠레/NNP 군/NNG 이/JKS')."""
    if entry is None or entry.type != "RETREAT" or "object" in entry.target:
        return False
    forces = lex.cue("troop_noun") | lex.cue("force_noun")
    for j in range(noun_end - 1, max(0, noun_end - SUBJECT_REACH) - 1, -1):
        tag = toks[j][1]
        if tag in CLAUSE_EDGE_TAGS:
            return False
        if tag in SUBJECT_TAGS:
            return j > 0 and toks[j - 1][1] in NOUN_TAGS and toks[j - 1][0] in forces
    return False
