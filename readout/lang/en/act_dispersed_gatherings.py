"""(kocoerce66) A gathering dispersed stands for its people: 'police broke up the rally', 'dispersed a sit-in'.

A gathering noun (`protest_gathering_nouns`: rally, protest, sit-in, march ...) as the object of a verb of dispersing
(`dispersal_lemmas`) names the people who gathered, as 'dispersed the protesters' does: the act's
`domestic_target` (civilians), people of the state the span names ('a Peruvian rally'), else of the actor's own, as
Korean reads '경찰이 집회를 해산시켰다' (lang/ko/act_dispersed_gatherings). Only the object right after the verb,
within the object window; a passive names no object there ('the rally was broken up by police'). A dispersal done
violently is the force itself (`forced_dispersals`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.act_lexicon import CROWD_CONTROL
from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues

SECTOR = "CVL"  # the people who gathered
FORCE = "ASSAULT"


def dispersed_gathering(toks: list, hit: ActHit, cues: Cues) -> tuple[int, int, str] | None:
    """The span (from the object's first word to the gathering noun) and sector of the gathering a dispersal acts
    on, else None."""
    if hit.lemma not in cues.dispersal_lemmas or hit.nominal or hit.negated:
        return None
    start = hit.data["head_end"] + 1
    for j in range(start, min(len(toks), start + cues.window + 1)):
        t = toks[j]
        if not t.word or t.low in cues.object_stops:
            return None
        if t.low in cues.protest_gathering_nouns:
            return toks[start].start, t.end, SECTOR
    return None


def forced_dispersals(toks: list, hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """A dispersal whose manner is armed or bloody force, said by an adverb right before its verb ('violently
    dispersed the crowd', 'brutally suppressed the rally'; `force_manner_adverbs`): violent repression (CAMEO 175, the
    crosswalk's ASSAULT, mode crowd-control), as Korean '시위대를 무력으로 진압했다' (lang/ko/act_forced_suppression).
    Not 'forcibly' (compulsion, no force named: promise65's restriction)."""
    return [replace(h, type=FORCE, mode=CROWD_CONTROL)
            if h.type == "COERCE" and not h.nominal and not h.negated and h.lemma in cues.dispersal_lemmas
            and h.data["token"] > 0 and toks[h.data["token"] - 1].low in cues.force_manner_adverbs else h
            for h in hits]
