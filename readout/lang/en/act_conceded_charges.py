"""(accuse59) A charge named as the background a sentence's own news stands against ('Despite the accusations,
commanders of the two states met', 'Amid these allegations, talks went on'): the concessive or circumstantial
preposition with a definite determiner points back at charges the story already told; the sentence reports no new
one. Its noun is dropped, so no ACCUSE takes its sides from the acts the sentence does tell (the meeting's parties).
A charge with no determiner ('amid accusations that X had ...') may be new and stays.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

CHARGE_TYPE = "ACCUSE"


def conceded_charges(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without each charge noun a background opener and a definite determiner stand right before
    ('despite the accusations', 'amid these charges', 'in spite of such claims')."""
    return [h for h in hits
            if not (h.type == CHARGE_TYPE and h.nominal and told_before(toks, h.data.get("token", -1), cues))]


def told_before(toks: list[Token], i: int, cues: Cues) -> bool:
    """Token `i` is a noun after a definite determiner (`told_determiners`) after a background opener of one word or
    more (`concessive_openers`: 'despite the', 'in spite of the')."""
    if i < 2 or toks[i - 1].low not in cues.told_determiners:
        return False
    return any(opened_by(toks, i - 1, opener.split()) for opener in cues.concessive_openers)


def opened_by(toks: list[Token], end: int, words: list[str]) -> bool:
    """The words right before token `end` are `words`."""
    start = end - len(words)
    return start >= 0 and [t.low for t in toks[start:end]] == words
