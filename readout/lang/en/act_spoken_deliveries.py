"""(ennoun46, issue 15) A delivery of words: 'postponed the delivery of a speech to Congress', 'accepted the delivery
of his address'. CAMEO reads a delivery as goods given (070 'accept * delivery': AID; 1223 'postpone * delivery':
REJECT assist), but a speech, an address or a verdict delivered gives nothing, so the entry's object is no object there
and the walk tries the next reading (none, for these verbs). A delivery of goods ('of weapons', 'of food aid') keeps
its reading.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token, word_in_reach

SPOKEN_REACH = 3  # words between 'of' and what is delivered ('of his long-awaited address')


def spoken_delivery(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """Whether the walk's match `hit` (candidate, head end, end token, data) took as its object a delivery noun
    (`delivery_nouns`) whose 'of' names something said (`spoken_delivery_nouns`)."""
    data = hit[3]
    k = data.get("object_token")
    if k is None or toks[k].low not in cues.delivery_nouns or k + 1 >= len(toks) or toks[k + 1].low != "of":
        return False
    return word_in_reach(toks, k + 2, SPOKEN_REACH + 1, cues.spoken_delivery_nouns, cues.prepositions)
