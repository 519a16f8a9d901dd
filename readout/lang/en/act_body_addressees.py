"""(council45) A demand put to a body named by its bare noun: 'demanded that the council fix a deadline', 'insisted
that the council review the embargo every year' (the body is the clause's subject).

Why: a council debate names its body once in full ('the U.N. Security Council') and then as 'the council'; a demand
whose clause subject (or whose object asked) is that bare noun asks the body, never the state named nearby ('... a
proposal the United States refused'), which the nearest-name reader took. The hit is marked with the noun
(`body_head`); the pipeline gives it the body the story named before with that head word (act_recipient_readers.asked_body).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

ASKED_REACH = 2  # tokens between the verb and 'the': 'that', or none ('urged the council to')


def body_addressees(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """`hits` with each verbal REQUEST whose asked party is 'the' + a `bare_body_nouns` noun marked `body_head`."""
    return [marked(toks, h, cues) if h.type == "REQUEST" and not h.nominal else h for h in hits]


def marked(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """The hit marked with the bare body noun right after its verb ('urged the council') or its 'that'."""
    v = hit.data.get("token")
    if v is None:
        return hit
    j = v + 1
    if j < len(toks) and toks[j].low == "that":
        j += 1
    if j + 1 < len(toks) and j - v <= ASKED_REACH and toks[j].low == "the" and toks[j + 1].low in cues.bare_body_nouns:
        return replace(hit, data={**hit.data, "body_head": toks[j + 1].low})
    return hit
