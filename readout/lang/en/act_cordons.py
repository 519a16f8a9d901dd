"""(enkidnap46) A road or a place blocked by a side that wields force is a cordon, not a protest.

The manual's PROTEST obstruct is dissent: people "obstruct passage or access to a particular locale" ('farmers blocked
a motorway with tractors'); its COERCE restrict covers a state's "restrictions on ... movement, including cordoning off
areas". So a blocking verb read as PROTEST obstruct ('blocked the road', 'blockaded the port') whose subject is police,
troops or a state's executive (`people_subject` in `FORCE_WIELDING_SECTORS`), or a state itself (which
act_protest_words.diplomatic_protest would read as a diplomatic protest, ACCUSE), is COERCE restrict. A crowd's, a
union's or farmers' blockade stays PROTEST obstruct.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.sectors import FORCE_WIELDING_SECTORS

OBSTRUCT = "obstruct"
CORDON = ("COERCE", "restrict")


def blocking(hit: ActHit) -> bool:
    """A verb (not a noun) read as PROTEST obstruct: a road, port or entrance blocked."""
    return hit.type == "PROTEST" and hit.mode == OBSTRUCT and not hit.nominal


def cordon(hit: ActHit) -> ActHit:
    """The blocking hit as the state's restriction of movement (COERCE restrict), its protest reading kept."""
    return replace(hit, type=CORDON[0], mode=CORDON[1], contexts=(), data=dict(hit.data, stated_type=hit.type))


def cordons(hits: list[ActHit]) -> list[ActHit]:
    """The hits, each blocking verb whose people subject wields force ('police blocked the road') made a cordon."""
    return [cordon(h) if blocking(h) and h.data.get("people_subject") in FORCE_WIELDING_SECTORS else h for h in hits]
