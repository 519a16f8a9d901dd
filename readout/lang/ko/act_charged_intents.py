"""(request63) Another side's lack of intent told as the content of a charge is the charge, no refusal: 'A는 B가 제안을
수용할 의사가 없다고 비난했다', 'B가 대화에 응할 의향이 없다며 규탄했다'.

Why: a refusal stated as a lack of intent ('할 의사가 없다', a plan denied) is a REJECT of the side that states it; told
by an accuser about another side that has a subject of its own in the clause ('B가'), it is what the accuser charges B
with, which the accusing verb after it already codes (ACCUSE of B). B stated nothing; read as B's REJECT it went from
B to the accuser. The speaker's own lack of intent ('A는 제안을 수용할 의사가 없다며 B를 비난했다': no subject of its own)
stays A's refusal.
"""
from __future__ import annotations

import re

from readout.lang.base import ActHit
from readout.lang.ko.tags import SENTENCE_END_TAGS, TOPIC_PARTICLES

PLAN = "plan"  # the modality of a verb before a noun of intention ('수용할 의사')
SUBJECT_TAG = "JKS"


def charged_intents(hits: list[ActHit], text: str, toks: list, between: re.Pattern) -> list[ActHit]:
    """The hits without each REJECT of a denied intent (`modality` plan) whose clause ends, by `between` ('의사가 없다고
    '), right before an ACCUSE hit, and whose own subject (이/가) stands before it after the sentence's topic."""
    accusations = [a for a in hits if a.type == "ACCUSE"]
    if not accusations:
        return hits
    out = []
    for h in hits:
        charged = h.type == "REJECT" and h.data.get("modality") == PLAN and "first" in h.data \
            and any(a.start > h.end and between.fullmatch(text, h.end, a.start) for a in accusations) \
            and own_subject(toks, h.data["first"])
        if not charged:
            out.append(h)
    return out


def own_subject(toks: list, first: int) -> bool:
    """Whether a subject particle (이/가) stands before the morpheme `first`, after the sentence's topic (은/는)."""
    for k in range(first - 1, -1, -1):
        if toks[k][1] == SUBJECT_TAG:
            return True
        if toks[k][1] == "JX" and toks[k][0] in TOPIC_PARTICLES or toks[k][1] in SENTENCE_END_TAGS:
            return False
    return False
