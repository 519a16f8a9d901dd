"""(enkidnap46) A state's own people sent into exile go to a destination that is no side of the act.

'Peru exiled three dissidents to Spain', 'deported two opposition journalists to Mexico': the manual's COERCE deport
is done to the people expelled; the state named after 'to' is where they were sent, not who suffered it. When the
object is a group of a state's political or social life (the opposition, a party, journalists, clergy, unions:
`EXILED_SECTORS`) with no state of its own named, the pipeline's own-people reading gives the exiling state's group,
as 'Peru exiled three dissidents' reads. Civilians and migrants ('deported migrants to Bolivia') keep the
destination: people deported are most often sent back to their own state.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.sectors import EXILED_PEOPLE_SECTORS as EXILED_SECTORS

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

EXILE_MODE = "deport"
DESTINATION = "to"


def exile_destinations(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each deportation of a group of `EXILED_SECTORS` whose object runs into 'to' and a capitalized name
    with that 'to' phrase (up to a clause break or another preposition) added to its `not_recipient_spans`."""
    return [barred(toks, h, cues) or h for h in hits]


def barred(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit | None:
    target = hit.data.get("domestic_target")
    if hit.type != "COERCE" or hit.mode != EXILE_MODE or target is None \
            or hit.data.get("domestic_sector") not in EXILED_SECTORS:
        return None
    k = next((n for n, t in enumerate(toks) if t.start >= target[1]), None)
    if k is None or k + 1 >= len(toks) or toks[k].low != DESTINATION or not toks[k + 1].raw[:1].isupper():
        return None
    end = k + 1
    while end + 1 < len(toks) and toks[end + 1].word and toks[end + 1].low not in cues.prepositions \
            and toks[end + 1].low not in cues.clause_breaks and toks[end + 1].raw[:1].isupper():
        end += 1
    spans = (*hit.data.get("not_recipient_spans", ()), (toks[k].start, toks[end].end))
    return replace(hit, data={**hit.data, "not_recipient_spans": spans})
