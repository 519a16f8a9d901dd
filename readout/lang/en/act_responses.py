"""(en-acts45) A response promised in a firm manner is a threat; a response told as done is none.

"Chile would respond firmly if Peruvian ships entered its waters", "Peru will respond resolutely should Bolivia test
a missile": the manual's THREATEN is a stated intent to act against another, and a firm response is that intent
with the act left unnamed (the lexicon's 'respond' + manner adverb entries, cue `promised_responses`). Under a
condition it is the threat made now, aimed at the condition's party (act_conditional). Said of the past ("Chile
responded firmly to the statement", "has responded strongly") it reports how a side reacted, often in words, and
names no act of its own: no event.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues


def promised_responses(hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the THREATEN readings of a `promised_responses` verb that no modality (intent,
    hypothetical, a governing pledge) puts in the future; those a modality puts there are threats made now, occurred
    ('told the envoy that X would respond firmly to any act': the warning is the event, not the response)."""
    return [replace(h, status="occurred") if promised(h, cues) else h for h in hits if not told_response(h, cues)]


def promised(hit: ActHit, cues: Cues) -> bool:
    """Whether `hit` is a manner response ('would respond firmly') that a modality puts in the future."""
    return hit.type == "THREATEN" and hit.lemma.split()[0] in cues.promised_responses \
        and bool(hit.data.get("modality")) and not hit.nominal and not hit.negated


def told_response(hit: ActHit, cues: Cues) -> bool:
    """Whether `hit` is a manner response ('responded firmly') told as done: no modality, not nominal."""
    return hit.type == "THREATEN" and hit.lemma.split()[0] in cues.promised_responses \
        and not hit.data.get("modality") and not hit.nominal
