"""(enfollow66) A past participle after an adverb of degree and before a lower-case noun modifies that noun: 'heavily
armed troops', 'a fully funded programme', 'well equipped units'. It is no predicate, so no act: the verb's plain
past ('X armed the rebels') is read as the act it is; the adverb (`degree_adverbs`) and the noun after it tell the
adjective. A preposition, determiner or 'by' after the participle leaves the verb ('was fully funded by X').
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token


def degree_participles(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without those read from an attributive past participle (see the module docstring)."""
    return [h for h in hits if not attributive_participle(toks, h, cues)]


def attributive_participle(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    i = h.data.get("token", -1)
    if h.nominal or i < 1 or not toks[i].low.endswith("ed") or toks[i - 1].low not in cues.degree_adverbs:
        return False
    if i + 1 >= len(toks) or not toks[i + 1].word or not toks[i + 1].raw[:1].islower():
        return False
    nxt = toks[i + 1].low
    return nxt not in cues.prepositions and nxt not in cues.determiners and nxt not in ("by", "to", "and", "or") \
        and not nxt.endswith("ly")
