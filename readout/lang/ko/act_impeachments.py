"""(accuse59) The office holder an impeachment motion charges ('[대통령] 탄핵소추안을 가결했다', '[총리]에 대한 탄핵안을
발의했다'): the motion is the object, and the person it charges stands as the noun's modifier, bare or with '에 대한'.
A person named with no state is the legislature's own (the pipeline's domestic reading, as for '기소하다')."""
from __future__ import annotations

from readout.lang.ko.act_candidate import joined
from readout.lang.ko.tags import LOCATIVE_PARTICLE, PLAIN_NOUN_TAGS

ABOUT = (LOCATIVE_PARTICLE, ("대하", "VV"), ("ᆫ", "ETM"))  # '... 에 대한': the motion's topic


def charged_in_motion(toks: list, first: int, nouns: frozenset[str]) -> tuple[int, int] | None:
    """The character span of the person a motion noun starting at morpheme `first` charges: the noun run right
    before it ('대통령 탄핵소추안') or before its '에 대한' ('대통령에 대한 탄핵안'), when one of its nouns is a person's
    office or kind in `nouns`; None otherwise ('탄핵소추안을 가결했다' alone names no one)."""
    end = first - 1
    if first >= len(ABOUT) and tuple(t[:2] for t in toks[first - len(ABOUT):first]) == ABOUT:
        end = first - len(ABOUT) - 1
    start = end
    while start >= 0 and toks[start][1] in PLAIN_NOUN_TAGS:
        start -= 1
    start += 1
    if start > end or not any(joined(toks, k, end) in nouns or toks[k][0] in nouns for k in range(start, end + 1)):
        return None
    return toks[start][2], toks[end][2] + toks[end][3]
