"""Whom stateless armed people acted on: '무장괴한들이 나이지리아 북부에서 터키인 기술자 2명을 납치했다'.

Why: an act whose subject is armed people no state word owns (`people_subject` REB or UAF: '반군은', '무장괴한들이')
is the side of the state it happens in (pipeline/act_actor_defaults.unnamed_actors, as PLOVER's gold codes armed groups
by where they operate); with the object's state ('터키인') standing as a mere modifier, the sentence named two
states and the act had no side. The object run marked 을/를 right before the verb is what was acted on: its span
is the act's target (the English reader of the class is lang/en/act_locatives.py).
"""
from __future__ import annotations

from readout.sectors import ARMED_PEOPLE_SECTORS
from readout.lang.ko.tags import NOUN_TAGS, OBJECT_PARTICLES

ARMED_ACT_TYPES = frozenset({"ASSAULT", "COERCE"})  # the acts armed people do where they are (not statements)
RUN_TAGS = NOUN_TAGS | {"SN", "NNB", "XSN", "XPN"}  # '터키인 기술자 2명', '주민들'
RUN_REACH = 6  # morphemes of the object run


def acted_on_people(toks: list, first: int, sector: str | None) -> list[tuple[int, int]]:
    """The character span of the object run right before the verb at morpheme `first`, for armed people's acts."""
    k = first - 1
    if sector not in ARMED_PEOPLE_SECTORS or k < 1 or toks[k][0] not in OBJECT_PARTICLES or toks[k][1] != "JKO":
        return []
    end = k - 1
    start = end
    while start - 1 >= 0 and end - start < RUN_REACH and toks[start - 1][1] in RUN_TAGS:
        start -= 1
    if toks[end][1] not in RUN_TAGS:
        return []
    return [(toks[start][2], toks[end][2] + toks[end][3])]
