"""A session refused or stayed away from, with no counterpart, refuses the body that convened it (convened48).

'X는 안보리 회의 소집을 거부했다', 'X는 회의에 불참했다', 'X는 표결에 불참했다': a refusal to meet (REJECT mode meet) whose
argument right before it is a body's session (cue `convened_noun`: 회의, 회기, 표결, 총회 ...), or the calling of one
('회의 소집', cue `convocation_noun`), and which names no counterpart ('B와의 회의') refuses the body that convened the
session. As English act_convened.py does, the hit is marked `body_head` "convening body"; the pipeline gives it the
body the story named (lexicon `body_back_codes`, act_recipient_readers.asked_body); a story that named none keeps no recipient.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import CONVENING_BODY, ActHit
from readout.lang.ko.tags import COORDINATING_PARTICLES, PLAIN_NOUN_TAGS

ARGUMENT_PARTICLES = frozenset({"JKO", "JKB"})  # 을/를, 에: the refused thing or the session stayed away from
COMITATIVE = COORDINATING_PARTICLES


def refused_sessions(toks: list, hits: list[ActHit], convened: frozenset[str],
                     convocation: frozenset[str]) -> list[ActHit]:
    """`hits` with each refusal to meet whose argument is a session of a body marked with `body_head`."""
    return [replace(h, data={**h.data, "body_head": CONVENING_BODY})
            if refused_session(toks, h, convened, convocation) else h for h in hits]


def refused_session(toks: list, hit: ActHit, convened: frozenset[str], convocation: frozenset[str]) -> bool:
    """The noun run right before the act word's particle ends in a session noun, or in a calling noun after one
    ('회의 소집을'), and no comitative genitive ('B와의') names a counterpart before it."""
    first = hit.data.get("first")
    if hit.type != "REJECT" or hit.mode != "meet" or hit.nominal or hit.negated or first is None or first < 1:
        return False
    run = argument_run(toks, hit, first)
    if not run:
        return False
    heads = [toks[i][0] for i in run]
    if heads[-1] in convocation:
        heads = heads[:-1]
    if not heads or heads[-1] not in convened:
        return False
    before = run[0] - 1
    return not (before >= 1 and toks[before][0] == "의" and toks[before - 1][0] in COMITATIVE)


def argument_run(toks: list, hit: ActHit, first: int) -> list[int]:
    """The nouns of the refused thing: those ending at the entry's own noun ('회의를 보이콧했다': `noun_end`), else
    those before the particle right before the act word ('회의에 불참했다'); none where no particle stands there."""
    end = hit.data.get("noun_end")
    if end is not None:
        return noun_run(toks, end + 1)
    return noun_run(toks, first - 1) if toks[first - 1][1] in ARGUMENT_PARTICLES else []


def noun_run(toks: list, end: int) -> list[int]:
    """The indices of the nouns right before the morpheme at `end`, in order."""
    k = end - 1
    while k >= 0 and toks[k][1] in PLAIN_NOUN_TAGS:
        k -= 1
    return list(range(k + 1, end))
