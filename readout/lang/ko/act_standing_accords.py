"""An accord a state holds, not one it makes (stance52): 'B는 C와 ... 협정을 맺고 있다', '자유무역협정을 맺고 있어'.

Why: '맺다' with the progressive '-고 있다' tells a standing tie (the two have the accord), the background of the
news, not a signing on the story's day; PLOVER's AGREE is the act of agreeing. The verbs are the lexicon's
`standing_accord_verb` (맺다: concluding a tie, whose progressive is a state); '협의하고 있다' (talks going on) and
'체결했다' stay acts.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

PROGRESSIVE = (("고", "EC"), ("있", "VX"))  # '맺[고 있]다'


def standing_accords(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits less each AGREE whose verb of concluding a tie stands in the progressive."""
    return [h for h in hits if not (h.type == "AGREE" and standing(toks, h, lex))]


def standing(toks: list, hit: ActHit, lex: ActIndex) -> bool:
    """Whether the hit's verb is a `standing_accord_verb` followed by '고 있'."""
    s = hit.data.get("pred")
    if s is None or hit.nominal or hit.lemma.split("+")[-1] not in lex.cue("standing_accord_verb"):
        return False
    return s + 2 < len(toks) and tuple(t[:2] for t in toks[s + 1:s + 3]) == PROGRESSIVE
