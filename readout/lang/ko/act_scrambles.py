"""Forces scrambled against intruding forces: '[합참은] 중국 군용기 5대가 방공식별구역에 진입해 공군 전투기를 긴급
투입했다고 밝혔다' (ko-acts37). The deployment's clause shares its subject with the intrusion's clause before it
(V-어, V-자), so the clause reading gives the deployment to the intruders' state; but forces are no one's deployers of
forces: a MOBILIZE whose object is a force noun and whose subject is a force noun too ('군용기 5대가 ... 전투기를')
was done by the side that detected them. That side is the one the statement's speaker stands for (the sentence's
opening topic, '합참은', '일본 방위성은'), else the state the story is filed from (`home_subject`, as for a bare
'공군은'); the intruders keep their own MOBILIZE, the entry itself (PLOVER: an airspace or ADIZ entry is MOBILIZE).
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, run_start
from readout.lang.ko.act_clause_subjects import own_state_owner
from readout.lang.ko.act_figures import COUNT_TAGS, SUBJECT_MARKS
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS, SENTENCE_END_TAGS

FORCE_CUES = ("warplane_noun", "warship_noun", "force_noun")
NAME_TAG = "NNP"


def scramble_deployer(toks: list, cand: Candidate, lex: ActIndex) -> dict:
    """The data marking who deployed forces against intruding forces: the speaker's span (`agent_span`) and, unless
    the speaker names a state ('일본 방위성은'), `home_subject`; {} when the act is no such deployment."""
    if cand.entry.type != "MOBILIZE" or cand.passive or cand.noun_end is None:
        return {}
    forces = frozenset().union(*(lex.cue(c) for c in FORCE_CUES))
    if toks[cand.noun_end][0] not in forces:
        return {}
    subject = force_subject_before(toks, run_start(toks, cand.first), forces)
    if subject is None or own_state_owner(toks, run_start(toks, subject - 1)):
        return {}  # koattack51b: '[우리] 군은 전투기를 출격시켰다': the writer's state, named by the country reader
    speaker = opening_topic(toks, subject)
    if speaker is None:
        return {"home_subject": True}
    span = (toks[speaker[0]][2], toks[speaker[1]][2] + toks[speaker[1]][3])
    named = any(toks[k][1] == NAME_TAG for k in range(speaker[0], speaker[1] + 1))
    return {"agent_span": span} if named else {"agent_span": span, "home_subject": True}


def force_subject_before(toks: list, start: int, forces: frozenset[str]) -> int | None:
    """The index of the subject particle of the nearest subject before `start` in the sentence when its head (past a
    count, '군용기 5대가') is a force noun; None when that subject is something else or there is none."""
    for j in range(start - 1, 0, -1):
        if toks[j][1] in SENTENCE_END_TAGS:
            return None
        if (toks[j][0], toks[j][1]) in SUBJECT_MARKS:
            k = j - 1
            while k >= 0 and toks[k][1] in COUNT_TAGS:
                k -= 1
            return j if k >= 0 and toks[k][0] in forces else None
    return None


def opening_topic(toks: list, before: int) -> tuple[int, int] | None:
    """The noun run opening the sentence and closed by a topic or subject particle before index `before` ('합참은',
    '일본 방위성은'): the speaker whose statement holds the clauses after it; None when the sentence opens otherwise."""
    end = 0
    while end < before and toks[end][1] in NOUN_TAGS:
        end += 1
    if end == 0 or end >= before or (toks[end][0], toks[end][1]) not in SUBJECT_MARKS:
        return None
    return 0, end - 1
