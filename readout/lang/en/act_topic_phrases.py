"""(plover57, issue 15) The topic a grievance is 'over' names no second recipient: 'China threatens sanctions against
Lithuania over Taiwan office', 'Hungary criticized Slovakia over Ukraine grain imports'.

Why: the pipeline joins a state to the receiving side when it stands a short gap after the first one (coordination,
'A and B'), and ' over ' is as short as ' and '; a state that only modifies the topic's noun ('Taiwan office')
became a second side the act was aimed at. The manual's recipient is the side the act is directed at, and the
'over' phrase tells what it is about. Rule: after a non-nominal hit, where a capitalized word (the named object)
stands between the hit's last word and an 'over' (cue `topic_over_preps`) at most `TOPIC_REACH` words on, with no
clause break between, the phrase from 'over' to the next comma or clause break is barred as a recipient
(`not_recipient_spans`). A topic with no named object before it ('protested over X's detention of its citizens')
is left to the readers as before: there the topic's owner is whom the act is aimed at.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

TOPIC_REACH = 6  # words from the act's last word to 'over' ('sanctions against the Baltic state of Lithuania over')


def topic_phrases(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with the 'over' topic after their named object barred as a recipient."""
    out = []
    for h in hits:
        span = None if h.nominal else topic_span(toks, h.data.get("end_token", h.data["token"]), cues)
        if span:
            h = replace(h, data={**h.data, "not_recipient_spans": (*h.data.get("not_recipient_spans", ()), span)})
        out.append(h)
    return out


def topic_span(toks: list[Token], end: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of the 'over' topic phrase after the object of the act ending at token `end`, or None."""
    named = False
    for k in range(end + 1, min(end + 1 + TOPIC_REACH, len(toks))):
        t = toks[k]
        if not t.word or t.low in cues.clause_breaks:
            return None
        if t.low in cues.topic_over_preps and named:
            last = k
            while last + 1 < len(toks) and toks[last + 1].word and toks[last + 1].low not in cues.clause_breaks:
                last += 1
            return toks[k].start, toks[last].end
        named = named or t.raw[:1].isupper()
    return None
