"""Munitions shot down or intercepted are air defence, no attack (precision49): 'the projectiles were shot down by X',
'X intercepted most of the missiles'.

Why: shooting down incoming missiles, rockets or projectiles (cue `munition_nouns`; a drone downed is an aircraft) answers an attack; it
strikes no state, and read as an ASSAULT (or, for 'intercepted', as a seizure of weapons) it made the defender a second
attacker of the story, whose deed a later 'the attack' then referred back to. An aircraft shot down ('shot down a
fighter jet') keeps its ASSAULT. The Korean reader has no act for '요격했다' and drops '격추했다' of munitions likewise
(lang/ko/act_interceptions.py).

modal46: drones in numbers ('shot down most of the drones', cue `salvo_drone_nouns`) or named as weapons of attack ('a
kamikaze drone', cue `attack_drone_modifiers`) are incoming munitions too: the gold of interceptions codes the attack
and at most the helpers' cooperation, never the defender's ASSAULT. A plural pronoun object ('Israel said it shot them
down', cue `intercepted_pronouns`) stands for the salvo the story told; 'it' may be an aircraft and keeps its reading.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

PHRASE_REACH = 5  # words of the object after the verb, or of the passive subject before it


def intercepted_munitions(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the verbs of interception (`interception_lemmas`) whose object, or passive subject, is a
    munition."""
    return [h for h in hits if not (not h.nominal and (h.lemma in cues.interception_lemmas and intercepted(toks, h, cues)
                                                       or split_pronoun(toks, h, cues)))]


def split_pronoun(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the verb's particle stands after a plural pronoun object ('shot them down': the salvo told before)."""
    i = hit.data.get("end_token", hit.data.get("token", 0))
    return i + 2 < len(toks) and toks[i + 1].low in cues.intercepted_pronouns \
        and f"{hit.lemma} {toks[i + 2].low}" in cues.interception_lemmas


def intercepted(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    if hit.data.get("object") and any(w in cues.munition_nouns for w in hit.data["object"].split()):
        return True
    i, end = hit.data.get("token", 0), hit.data.get("end_token", hit.data.get("token", 0))
    if i + 1 < len(toks) and toks[i + 1].low in cues.intercepted_pronouns:
        return True  # modal46: 'shot them down': the salvo told before
    after = phrase(toks, range(end + 1, min(len(toks), end + 1 + PHRASE_REACH)))
    before = phrase(toks, range(i - 1, max(-1, i - 1 - PHRASE_REACH), -1))
    return any(munition(words, k, cues) for words in (after, before) for k in range(len(words)))


def munition(words: list[Token], k: int, cues: Cues) -> bool:
    """Whether the k-th word of an object phrase is a munition: a missile or rocket word, drones in numbers, or a
    drone named as a weapon of attack (modal46: 'a kamikaze drone', 'one-way attack drones')."""
    low = words[k].low
    return low in cues.munition_nouns or low in cues.salvo_drone_nouns \
        or low == "drone" and k > 0 and words[k - 1].low in cues.attack_drone_modifiers


def phrase(toks: list[Token], span: range) -> list[Token]:
    """The words of `span` up to the first punctuation."""
    out = []
    for k in span:
        if not toks[k].word:
            break
        out.append(toks[k])
    return out
