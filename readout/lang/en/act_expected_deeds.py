"""A deed another side is expected to do: 'X expects B to send troops', 'X anticipates B to supply Y' (modal46).

Why: the infinitive after a verb of expectation and its object is the object's deed, not the expecter's: read with the
clause's subject, 'Poland expects the United States to send more troops' made Poland a sender of troops beside the
United States. The object is the act's agent (`agent_span`), and the act stays the plan it was read as (the manual codes
what a side does or says it will do; a third side's forecast gives B at most a planned act). The verbs are the cue
`expectation_verbs`; a verb of asking ('urged B to') is a request and is read elsewhere.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

OBJECT_REACH = 6  # words of the expected side between the verb and 'to': 'the United States and its allies'


def expected_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each infinitive act after a verb of expectation and its object given that object as its agent."""
    out = []
    for h in hits:
        span = expected_side(toks, h, cues) if h.data.get("modality") == "infinitive" and not h.nominal \
            and "agent_span" not in h.data else None
        out.append(replace(h, data={**h.data, "agent_span": span}) if span else h)
    return out


def expected_side(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The character span of the object between a verb of expectation and the act's 'to', or None."""
    to = hit.data["token"] - 1
    if to < 2 or toks[to].low not in cues.infinitive:
        return None
    for v in range(to - 2, max(-1, to - 2 - OBJECT_REACH), -1):
        if not toks[v].word:
            return None
        if toks[v].low in cues.expectation_verbs:
            return toks[v + 1].start, toks[to - 1].end
    return None
