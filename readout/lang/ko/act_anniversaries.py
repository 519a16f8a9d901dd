"""A bond's age counted in years ('올해는 A와 B가 수교한 지 75주년이 되는 해다', 'A·B 수교 30주년을 맞아').

The act word names the day the bond began, decades ago, and the count of years after it ('N주년') is a
date of remembrance: no act is told (PLOVER codes events, not anniversaries). Its morphemes after the act
word: the verb's endings ('하/XSV ᆫ/ETM'), the bound noun of elapsed time ('지/NNB'), a number, then the
anniversary unit (`cue anniversary_unit`). A count of other units ('수교한 지 석 달 만에') still tells the act."""
from __future__ import annotations

from readout.lang.base import ActHit

NUMBER_TAGS = frozenset({"SN", "NR"})
BETWEEN_TAGS = frozenset({"XSV", "ETM", "EP"})  # '수교+하+ᆫ': the act word's own endings before 지
ELAPSED = "지"


def anniversary_counts(toks: list, hits: list[ActHit], units: frozenset[str]) -> list[ActHit]:
    """`hits` without those whose word is followed by a count of years in `units` ('주년')."""
    return [h for h in hits if not _counted(toks, _last_token(toks, h.end), units)]


def _last_token(toks: list, end: int) -> int:
    """The index of the last morpheme starting before the character offset `end`."""
    k = 0
    while k + 1 < len(toks) and toks[k + 1][2] < end:
        k += 1
    return k


def _counted(toks: list, k: int, units: frozenset[str]) -> bool:
    """Whether the morphemes after `k` read '(한) (지) N주년'."""
    j = k + 1
    while j < len(toks) and toks[j][1] in BETWEEN_TAGS:
        j += 1
    if j < len(toks) and toks[j][0] == ELAPSED and toks[j][1] == "NNB":
        j += 1
    return j + 1 < len(toks) and toks[j][1] in NUMBER_TAGS and toks[j + 1][0] in units
