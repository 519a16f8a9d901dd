"""Agreements made with each partner on its own ('Norway signed separate fishing accords with Chile and Peru', '...
with Chile and Peru respectively'): one agreement per pair, as a meeting held with each is one per pair. A mutual act
with a word of separateness (cue separate_words) in its own words, up to a clause break, is marked `separately`;
pipeline/act_pairs.per_partner splits it by partner (the Korean twin: '칠레, 페루와 각각 협정을 체결')."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import MUTUAL_TYPES, ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


def separate_agreements(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """`hits` with each mutual act whose words name separateness marked `separately`."""
    return [replace(h, data={**h.data, "separately": True})
            if h.type in MUTUAL_TYPES and not h.negated and _separate(toks, h, cues) else h for h in hits]


def _separate(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """A separateness word from the act's verb to the next clause break or the sentence's end."""
    for k in range(h.data.get("token", len(toks)), len(toks)):
        if toks[k].low in cues.separate_words:
            return True
        if toks[k].low in cues.clause_breaks and toks[k].low != "and" or toks[k].low in (";", ":"):
            return False
    return False
