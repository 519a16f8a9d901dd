"""(enfollow66) A measure a side places another under: 'Peru placed Chile under sanctions', 'put the firms under an
arms embargo'. The measure noun follows 'under' (one or two lower-case modifiers between: 'under new economic
sanctions'); the words between a verb of placing (`placing_verbs`) and that 'under' are the side it is placed on.
Read alone, the noun had no target and the act was dropped for want of a recipient.

Why a module of its own: the idiom puts the target between the verb and the act noun, where no lexicon entry's
object slot reaches; the pipeline reads the marked span (`target_spans`) as for any other target.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

PLACED_TYPES = frozenset({"SANCTION"})  # measures a side is placed under (not 'under attack', 'under fire')
MODIFIERS = 2  # lower-case words between 'under' and the measure noun ('new economic')
OBJECT_WORDS = 6  # words of the placed side between the verb and 'under' ('the three Peruvian state firms')


def placed_under(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, a measure noun after 'under' whose placing verb has an object before it aimed at that object."""
    return [placed(toks, h, cues) for h in hits]


def placed(toks: list[Token], h: ActHit, cues: Cues) -> ActHit:
    if h.type not in PLACED_TYPES or not h.nominal or h.data.get("target_spans"):
        return h
    k = h.data["token"] - 1
    while k > 0 and h.data["token"] - k <= MODIFIERS and toks[k].word and toks[k].raw.islower() and toks[k].low != "under":
        k -= 1
    if k <= 1 or toks[k].low != "under":
        return h
    v = k - 1
    while v >= 0 and k - v <= OBJECT_WORDS + 1 and toks[v].word and toks[v].low not in cues.placing_verbs \
            and toks[v].low not in cues.clause_breaks and toks[v].low not in cues.relative:
        v -= 1
    if v < 0 or v >= k - 1 or toks[v].low not in cues.placing_verbs:
        return h
    first = v
    while first > 0 and toks[first - 1].word and toks[first - 1].low not in cues.clause_breaks \
            and toks[first - 1].low not in cues.relative and toks[first - 1].low not in cues.reporting:
        first -= 1
    data = {**h.data, "target_spans": ((toks[v + 1].start, toks[k - 1].end),)}
    if first < v:  # the placing verb's subject places the measure ('Peru placed X under'): the noun's agent
        data["agent_span"] = (toks[first].start, toks[v - 1].end)
    return replace(h, data=data)
