"""A bare state organ under a foreign dateline: '(베이징=연합뉴스) 외교부 대변인은 ... 비난했다' (ko-acts37).

Why: a Korean wire filed abroad names the host state's ministries and their spokespeople bare once the story is
the host's ('외교부는', '국방부 대변인은'), while the knowledge base reads a bare '외교부' as Seoul's. A sentence
opening with a subject made only of organ words (cue dateline_organ_noun, nothing before it: '한국 외교부', '우리
외교부' name their state) marks its hits with that subject's span (`dateline_organ`); the pipeline gives the acts
whose actors that subject named the dateline city's state (Seoul's for a Seoul dateline, the reading it had), unless
the organ's voice is going on from a state named before (pipeline/bare_body_state.dateline_organ). English does the
same through its home_subject reading ('TOKYO (AP) -- The Foreign Ministry said ...').
"""
from __future__ import annotations

from readout.lang.ko.act_judged_kinds import PARENTHESES
from readout.lang.ko.act_organs import SUBJECT_PARTICLES
from readout.lang.ko.tags import NOUN_TAGS, SUBJECT_TAGS



def opening_organ(toks: list, organs: frozenset[str]) -> tuple[int, int] | None:
    """The character span of the sentence's opening subject when it is a run of organ words only ('외교부 대변인은',
    '국방부는'), after a dateline in parentheses at most; None otherwise."""
    k = 0
    if toks and toks[0][0] == PARENTHESES[0]:  # '(베이징=연합뉴스)': the dateline kept in the sentence
        while k < len(toks) and toks[k][0] != PARENTHESES[1]:
            k += 1
        k += 1
    start = k
    while k < len(toks) and toks[k][1] in NOUN_TAGS and toks[k][0] in organs:
        k += 1
    if k == start or k >= len(toks) or toks[k][1] not in SUBJECT_TAGS or toks[k][0] not in SUBJECT_PARTICLES:
        return None
    return toks[start][2], toks[k - 1][2] + toks[k - 1][3]
