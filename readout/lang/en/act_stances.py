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
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

TOPIC_MODIFIERS = 2  # words between the preposition and the act word ('on the possible supply', 'on arms supplies')


def stance_topics(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without those whose word is the topic of a stance noun: after '<stance noun> <preposition>' and at
    most `TOPIC_MODIFIERS` lower-case words."""
    return [h for h in hits if not stance_topic(toks, h.data["token"], cues)]


def stance_topic(toks: list[Token], i: int, cues: Cues, nouns: frozenset[str] | None = None) -> bool:
    """Whether token i stands right after the preposition of a stance noun (or of one of `nouns`), modifiers aside."""
    for k in range(i - 1, max(0, i - 2 - TOPIC_MODIFIERS), -1):
        if toks[k].low in cues.stance_prepositions or toks[k].low == "about":
            return k > 0 and toks[k - 1].low in (cues.stance_nouns if nouns is None else nouns)
        if not toks[k].word or toks[k].raw[:1].isupper():
            return False
    return False


TALKED_TYPES = frozenset({"AID", "SUPPORT"})  # help or backing talks may be about without any being given


def talk_topics(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(support59) The hits without the noun acts of help or backing that are the topic of talks (`talk_nouns`): 'held
    talks on food assistance for X', 'met for discussions about military support'. The talks are the meeting (CONSULT),
    their matter no aid delivered nor promised: PLOVER codes AID when help is given and AGREE when it is pledged. The
    Korean '지원 방안을 논의했다' is read alike (lang/ko/act_nominals.discussed_topic)."""
    return [h for h in hits if not (h.type in TALKED_TYPES
                                    and stance_topic(toks, h.data["token"], cues, cues.talk_nouns))]
