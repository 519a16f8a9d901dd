"""(relclause52, issue 13) The other side of an agreement told only inside what was agreed: 'Kenya agreed to take
back migrants from Somalia', 'agreed to return the migrants to Sudan' — the agreement names no partner with 'with', but
the deed it commits to is done from or to another state, which is the side the agreement is made toward (its
recipient), as Korean '소말리아로부터 이주민을 받아들이기로 합의했다' reads (lang/ko/act_agreed_counterparts).

Read by shape, no list of verbs: an AGREE verb with an infinitive complement (`complement`, set by the frame reader),
and in that complement, before any clause break and within COUNTERPART_REACH words, 'from' or 'to' right before a
capitalized name that names a state. The span is the hit's target (`target_spans`), and the agreement is marked as
made to it (`addressee`: the pipeline's mutual reader then keeps it as recipient, as for an offer made to a side,
instead of reading only 'with' partners as co-makers). An agreement with a partner named
already (a target of its own), a noun, or a complement naming no state there is left as it came."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token
from readout.lang.en.countries import find_countries

COUNTERPART_REACH = 8  # words of the complement read for the other side ('to take back the Rohingya refugees from')
SIDE_PREPOSITIONS = frozenset({"from", "to"})  # the agreed deed's other side: where it comes from or goes to
BREAKS = frozenset({",", ";", ":", ".", "and", "but", "while", "after", "before", "if", "said", "says"})


def agreed_counterpart(hit: ActHit, text: str, toks: list[Token]) -> ActHit:
    """The AGREE hit with the state its complement's 'from'/'to' names as its target, else the hit as it came."""
    if hit.type != "AGREE" or hit.nominal or "complement" not in hit.data or hit.data.get("target_spans") \
            or hit.data.get("agent_span"):
        return hit
    start = next((i for i, t in enumerate(toks) if t.start >= hit.data["complement"]), None)
    if start is None:
        return hit
    for j in range(start, min(len(toks) - 1, start + COUNTERPART_REACH)):
        if toks[j].low in BREAKS:
            return hit
        if toks[j].low in SIDE_PREPOSITIONS and toks[j + 1].raw[:1].isupper():
            named = find_countries(text[toks[j + 1].start:], toks[j + 1].start)
            first = named[0] if named else None
            if first is not None and first.start == toks[j + 1].start:
                return dataclasses.replace(hit, data={**hit.data, "target_spans": ((first.start, first.end),),
                                                      "addressee": True})
    return hit
