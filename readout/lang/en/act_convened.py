"""A session refused with no counterpart refuses the body that convened it (votes46).

'North Korea's envoy rejected the meeting', 'Iran dismissed the session as illegitimate': in a story of a body's
session ('the U.N. Security Council met on ...'), a refusal to meet (REJECT mode meet, CAMEO 125) of 'the' meeting
with no party named after it ('with B', 'by B') refuses the body that convened it, which the story named; the
pipeline gives it that body (`body_head`, act_recipient_readers.asked_body) and a story that named none keeps no recipient.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import CONVENING_BODY, ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token



def refused_sessions(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """`hits` with each verbal refusal to meet whose object is 'the' + a `convened_nouns` noun, no party named with
    it, marked with `body_head`."""
    return [replace(h, data={**h.data, "body_head": CONVENING_BODY}) if refused_session(toks, h, cues) else h
            for h in hits]


def refused_session(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """The hit refuses 'the meeting', 'the session' (`convened_nouns`) and names no party after it (`target_spans`)."""
    k = hit.data.get("object_token")
    if hit.type != "REJECT" or hit.mode != "meet" or hit.nominal or hit.negated or k is None \
            or hit.data.get("target_spans"):
        return False
    return toks[k].low in cues.convened_nouns and k > 0 and toks[k - 1].low == "the"
