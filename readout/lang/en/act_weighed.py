"""Offers a side only weighs: 'would consider additional support', 'is weighing new aid for X', 'is considering
sending troops to help', 'said it would consider joining the talks'.

Why: PLOVER's AGREE is a commitment to a future cooperative act, and AID, SUPPORT or COOPERATE an act done; a verb
of consideration (`consideration_verbs`) before the act says only that the side has the option in view. The
manual codes no event for an option weighed (the Korean reader drops '지원 방안을 검토', `act_modes` option), and
analysts record none: 'would consider support' is neither a pledge nor aid given. A hostile measure weighed ('is
considering sanctions on X') is another matter: it threatens the side it would hit, and `act_modes.considered_measures`
reads it as THREATEN before this reader runs; what a side has decided ('agreed to consider', 'decided to provide')
keeps its own verb, which this reader leaves alone.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

WEIGHED_TYPES = frozenset({"AGREE", "SUPPORT", "AID", "COOPERATE", "CONCEDE"})  # offers and promises
WEIGHED_REACH = 4  # words between the verb of consideration and the act it weighs ('consider more humanitarian aid')


def weighed_offers(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the cooperative acts (`WEIGHED_TYPES`) that a verb of consideration weighs: the act's word
    follows the verb within `WEIGHED_REACH` words, with only lower-case words that are no preposition and no verb
    of the lexicon's clause breaks between ('consider additional support', 'weighing new humanitarian assistance',
    'considering sending')."""
    return [h for h in hits if not (h.type in WEIGHED_TYPES and weighed_at(toks, h.data.get("token", -1), cues))]


def weighed_at(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the word at token `i` is what a verb of consideration before it weighs."""
    for k in range(i - 1, max(-1, i - WEIGHED_REACH - 1), -1):
        low = toks[k].low
        if low in cues.consideration_verbs:
            return True
        if not toks[k].word or not toks[k].raw.islower() or low in cues.prepositions or low in cues.clause_breaks:
            return False
    return False
