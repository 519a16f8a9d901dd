"""(enact48) A dispute named as what is to be resolved is the topic of the resolution, not a charge made: 'made a
proposal aimed at resolving the border dispute with X', 'offered talks to settle the trade dispute with X', 'called
for an end to the fishing row with X'. The word after the object's determiner ('the border dispute') reads as a verb
of disapproval ('dispute': ACCUSE) with 'the border' for its subject; after a verb or noun of resolving
(`resolved_topic_before_re`: resolve, settle, solve, end, defuse, overcome, mediate in, a solution to, an end to) it is
the head of that verb's object. Only the verbal types of conflict (ACCUSE, REJECT, THREATEN) are dropped there: a
meeting ended ('ended their talks') was still held, and force ended ('to end the fighting') is read as before.

The proposal or the call itself is the act, read by its own entry ('made a proposal', 'proposed a plan', 'called
for': REQUEST); the dispute's other side named right after it ('the dispute with X') is the side the request is
made to, when the request's own phrase names no one ('proposed a plan to end the dispute with X': REQUEST of X).
"""
from __future__ import annotations

import dataclasses
import re

from readout.lang.base import ActHit

TOPIC_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})  # a dispute's words: disapproval, refusal, threat
TOPIC_REACH = 70  # characters before the word where the verb of resolving and the object's words may start
ADDRESSED = frozenset({"REQUEST"})  # the act a resolution's topic may name the other side of
# the dispute's other side: 'with' and a name of capitalized words ('with Peru', 'with the United States')
PARTNER_RE = re.compile(r"\s+with\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")
NAMED_RE = re.compile(r"\b[A-Z]")


def resolved_topic(hit: ActHit, text: str, lex) -> bool:
    """Whether `hit` is a dispute word heading the object of a verb or noun of resolving (see the module docstring)."""
    return hit.type in TOPIC_TYPES and bool(
        lex.re("resolved_topic_before_re").search(text, max(0, hit.start - TOPIC_REACH), hit.start))


def resolved_topics(hits: list[ActHit], text: str, lex) -> list[ActHit]:
    """The hits less the resolved topics, the request before each given the dispute's other side when its own phrase
    names no one."""
    out = list(hits)
    for topic in [h for h in hits if resolved_topic(h, text, lex)]:
        out.remove(topic)
        partner = PARTNER_RE.match(text, topic.end)
        asked = [n for n, h in enumerate(out) if h.type in ADDRESSED and h.end <= topic.start]
        if partner is None or not asked:
            continue
        n = asked[-1]
        spans = out[n].data.get("target_spans") or ()
        if any(NAMED_RE.search(text, a, b) for a, b in spans):
            continue  # 'asked Chile to help end the dispute with Peru': Chile is asked
        data = {k: v for k, v in out[n].data.items() if k != "unaddressed"}
        out[n] = dataclasses.replace(out[n], data={**data, "target_spans": ((partner.start(1), partner.end(1)),)})
    return out
