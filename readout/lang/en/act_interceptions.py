"""Munitions shot down or intercepted are air defence, no attack (precision49): 'the projectiles were shot down by X',
'X intercepted most of the missiles'.

Why: shooting down incoming missiles, rockets or projectiles (cue `munition_nouns`; a drone downed is an aircraft) answers an attack; it
strikes no state, and read as an ASSAULT (or, for 'intercepted', as a seizure of weapons) it made the defender a second
attacker of the story, whose deed a later 'the attack' then referred back to. An aircraft shot down ('shot down a
fighter jet') keeps its ASSAULT. The Korean reader has no act for '요격했다' and drops '격추했다' of munitions likewise
(lang/ko/act_interceptions.py).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_matcher import Cues
from readout.lang.en.act_tokens import Token

PHRASE_REACH = 5  # words of the object after the verb, or of the passive subject before it


def intercepted_munitions(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the verbs of interception (`interception_lemmas`) whose object, or passive subject, is a
    munition."""
    return [h for h in hits if not (not h.nominal and h.lemma in cues.interception_lemmas and intercepted(toks, h, cues))]


def intercepted(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    if hit.data.get("object") and any(w in cues.munition_nouns for w in hit.data["object"].split()):
        return True
    i, end = hit.data.get("token", 0), hit.data.get("end_token", hit.data.get("token", 0))
    after = phrase(toks, range(end + 1, min(len(toks), end + 1 + PHRASE_REACH)))
    before = phrase(toks, range(i - 1, max(-1, i - 1 - PHRASE_REACH), -1))
    return any(t.low in cues.munition_nouns for t in after + before)


def phrase(toks: list[Token], span: range) -> list[Token]:
    """The words of `span` up to the first punctuation."""
    out = []
    for k in span:
        if not toks[k].word:
            break
        out.append(toks[k])
    return out
