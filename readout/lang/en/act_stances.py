"""(en-acts45) An act named as the topic of a stance is no act: 'would reconsider its stance on supplying arms to X',
'will review its policy on sending troops', 'its position over the deployment'.

Why: the act word after a stance noun (`stance_nouns`) and its preposition (`stance_prepositions`) names the matter
a position is held on, not something done, planned or promised: read alone, 'would ... supplying arms to X' became a
pledge of aid (AGREE) and 'sending troops' a threat. Reconsidering or stating the stance is the news; PLOVER codes
no act until the side says what it will do. An act with its own verb after the stance ('changed its stance and sent
arms') is read as ever.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_matcher import Cues
from readout.lang.en.act_tokens import Token

TOPIC_MODIFIERS = 2  # words between the preposition and the act word ('on the possible supply', 'on arms supplies')


def stance_topics(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without those whose word is the topic of a stance noun: after '<stance noun> <preposition>' and at
    most `TOPIC_MODIFIERS` lower-case words."""
    return [h for h in hits if not stance_topic(toks, h.data["token"], cues)]


def stance_topic(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether token i stands right after a stance noun's preposition (modifiers aside)."""
    for k in range(i - 1, max(0, i - 2 - TOPIC_MODIFIERS), -1):
        if toks[k].low in cues.stance_prepositions:
            return k > 0 and toks[k - 1].low in cues.stance_nouns
        if not toks[k].word or toks[k].raw[:1].isupper():
            return False
    return False
