"""A deadline given to leave: "gave the Chilean diplomats 72 hours to leave the country", "gave them a week to quit
the country". The lexicon reads a deadline given (CAMEO 139, 'give ... hours', 'give a deadline') as an ultimatum
(THREATEN); when what must be done by then is to leave (the cue `departure_verbs` right after 'to'), the deadline is
the order to leave itself: a deportation (COERCE deport) by the one who sets it, or, for a state's envoys, the
manual's SANCTION expel (act_frames.expelled_envoy, which `commands` applies after this), as 'ordered X to leave'
reads.

Why a module of its own: act_frames.commands reads the verbs of ordering ('ordered X to leave'); a deadline is
another frame of the same order, read before it so that one envoy rule serves both."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

TO = "to"


def departure_deadlines(hits: list[ActHit], toks: list[Token], cues: Cues) -> list[ActHit]:
    """Each ultimatum whose object is followed by 'to' and a verb of leaving, as the order to leave (COERCE deport,
    marked `commanded` like an order's); the other hits as they are. (enpar53) A threat whose complement is an act
    read already (`threatened`: 'threatened to leave the talks') is that act threatened, no deadline."""
    out = []
    for h in hits:
        k = h.data.get("end_token", -1) + 1
        if h.type == "THREATEN" and h.mode == "relations" and not h.nominal and k + 1 < len(toks) \
                and not h.data.get("threatened") \
                and toks[k].low == TO and toks[k + 1].low in cues.departure_verbs:
            h = replace(h, type="COERCE", mode="deport", target=("object",),  # the one given the hours is sent away
                        data=dict(h.data, commanded="COERCE"))
        out.append(h)
    return out
