"""(kotwins49, issues 13-15) An armed group a state's backing describes, as an act's object, is no target of the
backer: '페루는 러시아가 지원하는 반군을 규탄했다' gave Russia as the target, as English 'condemned the Russia-backed
rebels' did before enfix49.

The object right before the act's verb ('반군을') is an armed group's noun (act_armed_targets.armed_target), and the
relative clause before it is a state backing it: its subject (a proper name with 이/가) and a backing noun's 하다 verb
in a modifier ending (cue `backing_noun`: '러시아가 지원하는', '이란이 후원한'). The backer's span is marked
`backer_object`, which the pipeline reads as English's mark (pipeline/act_backed_targets): the group's own land (the
state the sentence names after it, else the story's armed group, else the last sentence's one other state) receives
with the group's sector; a story that names none keeps the backer.
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.ko.act_armed_targets import armed_target
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS

OBJECT_TAG = "JKO"
SUBJECT_TAG = "JKS"
MODIFIER_TAG = "ETM"
VERB_SUFFIX = ("하", "XSV")
BACKER_TAGS = frozenset({"NNP"})


def backer_span(toks: list, first: int, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the backer's subject and backing verb before the armed object that ends right before
    morpheme `first` ('[러시아가 지원하는] 반군을 규탄'), else None."""
    j = first - 1
    if j < 1 or toks[j][1] != OBJECT_TAG or toks[j - 1][1] not in NOUN_TAGS:
        return None
    start = run_start(toks, j - 1)
    if armed_target(toks, [(toks[start][2], toks[j - 1][2] + toks[j - 1][3])]) is None:
        return None
    m = start - 1  # the modifier ending, its 하, the backing noun, the subject's particle, the backer
    if m < 4 or toks[m][1] != MODIFIER_TAG or tuple(toks[m - 1][:2]) != VERB_SUFFIX \
            or toks[m - 2][0] not in lex.cue("backing_noun") or toks[m - 3][1] != SUBJECT_TAG \
            or toks[m - 4][1] not in BACKER_TAGS:
        return None
    return toks[run_start(toks, m - 4)][2], toks[m][2] + toks[m][3]


def backed_objects(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Each hit whose object is an armed group a state backs with `backer_object` marked; the rest as they came."""
    out = []
    for h in hits:
        span = backer_span(toks, h.data["first"], lex) if "first" in h.data and not h.data.get("passive") else None
        out.append(dataclasses.replace(h, data={**h.data, "backer_object": span}) if span else h)
    return out
