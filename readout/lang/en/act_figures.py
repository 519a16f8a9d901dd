"""Verbs of force in their figurative uses: 'waving flags and beating drums', 'beat the odds', 'struck a chord'.

Why: a verb of force (ASSAULT: beat, hit, strike) whose object is a drum, the odds, a record or a chord names no
blow against anyone; read as an act, it made the sentence's subject an attacker (a crowd beating drums at a border
crossing became an assault by its state). The object words that make the use figurative are the lexicon's
`figure_objects`; 'beat protesters', 'struck militant camps' keep their reading. The Korean reader drops the same
words (lang/ko/act_figures.py: a blow suffered, a gun salute, a match report).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

OBJECT_REACH = 3  # words after the verb where its object's head may stand: 'beat a hasty retreat'


def figurative_force(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the verbs of force whose object, within `OBJECT_REACH` words and before a preposition or a
    break, is a word of `figure_objects`."""
    return [h for h in hits if not (h.type == "ASSAULT" and not h.nominal and figurative_object(toks, h, cues))]


def figurative_object(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether a word of `figure_objects` heads the verb's object."""
    j = hit.data.get("head_end", hit.data["token"]) + 1
    for k in range(j, min(len(toks), j + OBJECT_REACH)):
        if not toks[k].word or toks[k].low in cues.prepositions or toks[k].low in cues.clause_breaks:
            return False
        if toks[k].low in cues.figure_objects:
            return True
    return False
