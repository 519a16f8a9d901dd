"""(plover59b) A protest verb said of the future and addressed 'to' a named side ('Uruguay will protest to Argentina
over the dredging', 'said it would protest to Lima'): a complaint the state will lodge with another, not a threat.

Why its own module: `act_plover_reading.plover_reading` turns any future PROTEST into THREATEN restrict (a street
protest announced as a warning), which ran before `act_protest_words.diplomatic_protest` could read the protest made
'to' a state as ACCUSE disapprove (protest65); so the future complaint read as a threatened restriction. A protest
verb whose next word is 'to' and a capitalized name is lodged with someone: kept a PROTEST for that reader, which
makes it the state's ACCUSE, planned.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

LODGED_WITH = "to"  # the word before the side a protest verb is made to ('will protest to Lima')


def lodged_protest(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the hit is a protest verb followed by 'to' and a name (a determiner may stand between): a complaint
    lodged with that side, not a street protest threatened."""
    k = hit.data["end_token"] + 1
    if hit.type != "PROTEST" or hit.nominal or k + 1 >= len(toks) or toks[k].low != LODGED_WITH:
        return False
    k += 1 if toks[k + 1].low in cues.determiners and k + 2 < len(toks) else 0
    return toks[k + 1].word and toks[k + 1].raw[:1].isupper()
