"""The attacker an agent noun's origin names: 'a suicide bomber from the X-based group rammed ... into Y's convoy'.

Why: an attack named by an agent noun ('a suicide bomber', 'gunmen') whose group is told after it with 'from' ('from
the X-based militant group', 'from a group based in X') has no owner before the noun and no 'by' phrase; the owner
reading then took a state of the victims' phrase, or the state of the place, as the attacker (the sides came out
swapped). The 'from' phrase is the agent (`agent_span`, read by the pipeline as after 'by'): a group based in a
state acts for that state's side as the writers code a non-state group by its base; a group of no state gives none,
and the attack keeps no attacker rather than a wrong one.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

ORIGIN_REACH = 8  # words of the 'from' phrase: 'from the Pakistan-based Jaish-e-Mohammed militant group'


def agent_origins(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each noun attack named by an attacker noun (`attacker_nouns`) and followed by 'from' given
    the phrase after 'from' as its agent, unless the finder already marked one."""
    starts = {h.data["token"] for h in hits}
    out = []
    for h in hits:
        end = h.data.get("end_token", h.data["token"])
        if h.type == "ASSAULT" and h.nominal and "agent_span" not in h.data and toks[end].low in cues.attacker_nouns \
                and end + 1 < len(toks) and toks[end + 1].low == "from":
            span = origin_span(toks, end + 2, starts, cues)
            h = replace(h, data={**h.data, "agent_span": span}) if span else h
        out.append(h)
    return out


def origin_span(toks: list[Token], first: int, starts: set[int], cues: Cues) -> tuple[int, int] | None:
    """Offsets of the words from token `first` up to the next act word, clause break or punctuation."""
    k = first
    while k < len(toks) and k - first < ORIGIN_REACH and toks[k].word and k not in starts \
            and toks[k].low not in cues.clause_breaks:
        k += 1
    return (toks[first].start, toks[k - 1].end) if k > first else None
