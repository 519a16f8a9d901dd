"""(konoun46) A handover or a withdrawal its doer completed: '에스토니아에 전투기 인도를 완료했다', '병력 철수를 마쳤다'.

Why: a verb of finishing (cue completion_verb: 완료하다, 마치다, 끝내다, 마무리하다) is no act and no light verb, so the act
noun it takes as its object read nothing; but an act completed was done, by the verb's subject: '전투기 인도를 완료했다'
says '전투기를 인도했다' (AID military, the 인도하다 pair for the goods before the noun; CAMEO 07x), as English 'completed
the delivery of howitzers to X' (ennoun72). Only deeds whose completion is their doing, a transfer of goods (AID) and a
withdrawal (RETREAT): finishing talks, a visit or an inquiry is read by their own triggers, and a handover of people
('범죄인 인도', extradition, the COOPERATE pair of CAMEO 063) is no aid.
"""
from __future__ import annotations

from readout.lang.ko.act_counted_patients import counted_patient
from readout.lang.ko.act_table import ActEntry, ActIndex

COMPLETED_TYPES = frozenset({"AID", "RETREAT"})  # deeds a finished course of states: goods handed over, forces pulled out


def completed_deed(toks: list, start: int, end: int, lex: ActIndex, act_noun,
                   lookup) -> tuple[ActEntry, int] | None:
    """The act the noun run [start..end], the object of a verb of finishing, names when it is a transfer of goods or a
    withdrawal (`act_noun` = act_noun_lookup.act_noun, which reads a pair's noun before its verbal noun; the goods
    counted before it, '전차 12대 인도', by counted_patient with `lookup` = act_noun_lookup.noun_lookup)."""
    hit = counted_patient(toks, start, end, lex, lookup) or act_noun(toks, start, end, lex, nominals=True)
    return hit if hit is not None and hit[0].type in COMPLETED_TYPES else None
