"""A noun act whose own predicate says it fell through (koacts46): '회담했지만 공동선언 채택은 무산됐다', '공동성명
채택에 실패했다', '협정 서명이 미뤄졌다'.

Why: a meeting's outcome told as a noun ('공동선언 채택', '협정 서명') was read as done whatever its predicate said,
so a meeting that ended without one gained an AGREE. When the noun is the subject or topic of a verb of failing,
falling through or putting off (`failed_outcome_verb`: 무산되다, 불발되다, 결렬되다, 실패하다, 미루다 ...; and the
passives of `calling_off_verb`: 취소되다, 연기되다, lang/ko/calling_off.py), or what
'에 실패했다' failed at, the act did not take place (PLOVER codes what happened); the meeting itself stays, read
from its own word. English 'did not issue a joint statement' is a negated verb, which the walk already reads. A
use of force that failed ('발사에 실패했다': the launch took place and failed) is still done: force types are kept.
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.calling_off import called_off_passive
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import SUBJECT_PARTICLES

DONE_WHEN_FAILED = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # a failed launch or raid still took place
FAILED_PARTICLES = SUBJECT_PARTICLES | {"에", "도"}  # '채택은 무산', '채택이 불발', '채택에 실패'


def fell_through(toks: list, pred: int | None, particle: str | None, act_type: str, lex: ActIndex) -> bool:
    """Whether the noun act before `particle` is the argument of a failing predicate at `pred` (its next verb)."""
    return pred is not None and particle in FAILED_PARTICLES and act_type not in DONE_WHEN_FAILED \
        and (lemma_at(toks, pred) in lex.cue("failed_outcome_verb") or called_off_passive(lemma_at(toks, pred), lex))
