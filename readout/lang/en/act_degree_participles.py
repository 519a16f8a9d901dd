"""(enfollow66) A past participle before the noun it modifies is no predicate, so no act: after an adverb of degree
('heavily armed troops', 'a fully funded programme', `degree_adverbs`) or opening the sentence ('Armed Gabonese police
beat ...': news opens with no subjectless verb). The verb's plain past ('X armed the rebels') stays the act it is. A
preposition, determiner, 'by' or 'to' after the participle leaves the verb ('was fully funded by X', 'Backed by X,').

Why here: the walk asks it (act_window.adjectival_participle) before it reads a verb's object, so the participle
neither makes an act nor swallows the subject and verb after it ('Armed Gabonese police beat': the beating stays).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.en.act_counted_participles import counted_past
from readout.lang.en.act_demonym_participles import demonym_past
from readout.lang.en.act_verb_participles import verb_past

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token


def attributive_past(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the -ed word at token i modifies the word after it (see the module docstring; after a count:
    act_counted_participles; after a country's adjective: act_demonym_participles; after another verb:
    act_verb_participles)."""
    if counted_past(toks, i, cues) or demonym_past(toks, i, cues) or verb_past(toks, i, cues):
        return True
    if not toks[i].low.endswith("ed") or i + 1 >= len(toks) or not toks[i + 1].word:
        return False
    opening = not any(t.word for t in toks[:i])
    if not opening and (toks[i - 1].low not in cues.degree_adverbs or not toks[i + 1].raw[:1].islower()):
        return False
    nxt = toks[i + 1].low
    return nxt not in cues.prepositions and nxt not in cues.determiners and nxt not in ("by", "to", "and", "or") \
        and not nxt.endswith("ly")
