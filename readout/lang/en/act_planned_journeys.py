"""(planned71) A journey to a place said ahead is the visit said ahead; a journey made is no act.

CAMEO codes the bare verbs of going somewhere ('travel', 040) with no event, but a plan to travel to a place ('PLAN *
TRAVEL (TO)', 036) as an intent to meet, which the PLOVER manual reads as AGREE: 'X's foreign minister will travel to
Y next week', 'is scheduled to travel to Y' are the visit announced, AGREE planned from X to the host Y, as 'will visit
Y' is (plover_reading: a future CONSULT stated to its host). The lexicon reads 'travel to' as a visit (CONSULT visit)
so that this reading applies; every other reading of it (a journey told as made, one asked of someone, a negated one,
a noun) is dropped here, as CAMEO's 040 codes nothing.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues


def planned_journeys(hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without a verb of going somewhere (`journey_verbs`) that is not the visit said ahead to its host."""
    return [h for h in hits if h.lemma.split()[0] not in cues.journey_verbs or said_ahead(h)]


def said_ahead(hit: ActHit) -> bool:
    """The journey read as a future visit stated to its host (the AGREE plover_reading makes of a planned CONSULT)."""
    return hit.type == "AGREE" and hit.data.get("stated_type") == "CONSULT" and bool(hit.data.get("addressee"))
