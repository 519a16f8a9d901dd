"""The channel of a gift: 'provided $2 million in aid through UNICEF to flood victims in Malawi' (issue 15, en18).

Aid given through an agency ('through the World Food Programme', 'via the Red Cross') reaches the people the agency
serves; the agency is the channel, neither the giver nor the receiver. Its name goes to the act's
`not_recipient_spans`, so the pipeline never takes it for the receiving side and reads on (the place the recipients
are in, the state named as the destination).
"""
from __future__ import annotations

from readout.lang.base import ActHit, barring
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

CHANNEL_REACH = 10  # tokens after an aid act's word where its channel phrase may open
CHANNEL_TYPES = frozenset({"AID"})


def aid_channels(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each aid act with the span of the channel phrase after it ('through X', 'via X'; `cues.channel_prepositions`)
    added to its `not_recipient_spans`."""
    out = []
    for h in hits:
        span = channel_span(toks, h, cues) if CHANNEL_TYPES & {h.type, h.data.get("stated_type")} else None
        if span is not None:
            h = barring(h, (span,))
        out.append(h)
    return out


def channel_span(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The character span of the words after the first channel preposition within `CHANNEL_REACH` tokens of the act's
    last word, up to the next comma, stop word ('to', 'for') or clause break; None without one."""
    start = hit.data.get("end_token", hit.data.get("token", 0)) + 1
    for k in range(start, min(len(toks), start + CHANNEL_REACH)):
        t = toks[k]
        if not t.word and t.low != ",":
            return None
        if t.low in cues.clause_breaks:
            return None
        if t.low in cues.channel_prepositions:
            end = k + 1
            while end < len(toks) and toks[end].word and toks[end].low not in cues.object_stops \
                    and (toks[end].low == "and" or toks[end].low not in cues.clause_breaks):  # 'the WFP and UNICEF'
                end += 1
            return (toks[k + 1].start, toks[end - 1].end) if end > k + 1 else None
    return None
