"""(kopassive70) The verbs of calling off or putting off, one list (ko_acts cue `calling_off_verb`: 취소하다, 연기하다,
보류하다, 유보하다), and their passives in 되다 ('회담이 취소됐다', '협상이 연기됐다'), read from that list rather than
spelled a second time.

Why: the passives stood in failed_outcome_verb (보류되다, 연기되다, 취소되다) apart from the active pairs, and a verb
added to one list was missing from the other ('회담이 X에 의해 보류됐다' read the bare 보류하다, a SANCTION, not the
meeting refused).
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex

PASSIVE_SUFFIX, ACTIVE_SUFFIX = "되다", "하다"


def calling_off_active(lemma: str, lex: ActIndex) -> bool:
    """The active verb `lemma` ('취소하다') calls something off."""
    return lemma in lex.cue("calling_off_verb")


def called_off_passive(lemma: str | None, lex: ActIndex) -> bool:
    """The passive `lemma` ('취소되다', '연기되다') is one of a calling-off verb."""
    return bool(lemma) and lemma.endswith(PASSIVE_SUFFIX) \
        and calling_off_active(lemma[:-len(PASSIVE_SUFFIX)] + ACTIVE_SUFFIX, lex)
