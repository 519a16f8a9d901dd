"""(enacts55, issue 15) A protest named inside a measure against protests is no protest: 'lifted its ban on
protests', 'banned rallies in the capital', 'eased restrictions on demonstrations'.

Why: the PLOVER manual's PROTEST is a demonstration that took place; a ban, a curb or a prohibition names protests as
what it forbids, and lifting it allows them, so no crowd gathered. The finder reads the protest noun as PROTEST demo
wherever it stands; after a measure word (cue `protest_measures`: ban, banned, restrictions, curbs, outlawed ...)
within `MEASURE_REACH` plain words ('its ban on all public protests'), the noun's hit is dropped, and the measure's
own act (COERCE restrict, CONCEDE) stays. Korean '시위 금지령을 해제했다' reads the compound as one measure already. A
protest verb ('protesters marched despite the ban') is no noun after the measure and stays.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

MEASURE_REACH = 4  # words from the measure word to the protest noun ('ban on all public protests')
PROTEST = "PROTEST"


def measured_protests(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the protest nouns a measure word before them forbids or allows."""
    return [h for h in hits if not measured(toks, h, cues)]


def measured(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether `hit` is a PROTEST noun with a measure word (`protest_measures`) at most `MEASURE_REACH` plain words
    before it, with no clause break between."""
    i = hit.data.get("token", -1)
    if hit.type != PROTEST or not hit.nominal or i < 0:
        return False
    for k in range(i - 1, max(-1, i - 1 - MEASURE_REACH), -1):
        t = toks[k]
        if not t.word or t.low in cues.clause_breaks:
            return False
        if t.low in cues.protest_measures:
            return True
    return False
