"""A deed another side may do, said to be regarded as hostility: 'said any X arms supplies to Y would be regarded as a
hostile act', 'a declaration of independence by X will be considered a declaration of war' (modal46).

Why: the PLOVER manual's THREATEN is "a statement of intent to take a negative action against another actor"; stating
in advance how one will judge another side's possible deed (a hostile act, an act of war, aggression) is the classic
conditional threat, its condition the deed and its target the deed's author. Read word by word, the deed named as the
condition ('any South Korean arms supplies to Ukraine') was an AID or an AGREE of its author that no one did, and the
speaker threatened no one when the saying verb was neutral ('said'). The deed is the subject of a future verb of
regarding (`regarding_verbs`: 'will be regarded as', 'would be treated as', 'would constitute') whose complement is a
verdict of hostility (`hostility_verdicts`, from the manual's THREATEN and ACCUSE wording and CAMEO 13x/11x: hostile act,
act of aggression, declaration of war, casus belli). The threat is the speaker's, aimed at the deed's owner (the words
of the deed before its destination: 'any Japanese arms supplies', not 'to Taiwan'); a warning verb that already frames
the statement ('warned that ...') keeps its own threat and only the conditioned deed is dropped.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_threats import spoken_threat
from readout.lang.en.act_tokens import LOW, Token
from readout.lang.en.act_near_words import skip_adverbs

VERDICT_REACH = 6  # words from the verb of regarding to its verdict ('as a direct and hostile act of aggression')
BE = "be"
ARTICLES = frozenset({"a", "an"})  # 'would be an act of war': the copula's verdict, a bare noun phrase


def regarded_threats(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The speaker's THREATEN at the owner of each deed judged in advance as hostility (new hits), unless a threat
    already frames the statement ('warned that ...')."""
    out = []
    for a, verb, opening in verdicts(toks, cues):
        if not any(h.type == "THREATEN" and h.data.get("token", len(toks)) < opening for h in hits):
            threat = spoken_threat(toks, opening, verb, owner_span(toks, opening, a, cues), None, cues)
            out += [threat] if threat is not None else []
    return out


def conditioned_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the deeds a stated verdict of hostility judges in advance (a condition, not done) and without
    the characterization that verdict reads as ('said X would be an act of war': a threat, no accusation of a deed no
    one did)."""
    for a, _verb, opening in verdicts(toks, cues):
        hits = [h for h in hits if not opening <= h.data.get("token", -1) < a and not judged(h, opening, a)]
    return hits


def judged(hit: ActHit, opening: int, a: int) -> bool:
    """Whether the hit is the characterization spanning the verdict: said before the deed, ending after the auxiliary."""
    return bool(hit.data.get("characterized")) and hit.data.get("token", a) < opening <= a < hit.data.get("end_token", 0)


def verdicts(toks: list[Token], cues: Cues) -> list[tuple[int, int, int]]:
    """(future auxiliary, verb of regarding, first word of the deed) of each verdict of hostility stated of a deed."""
    if cues.future_auxiliaries.isdisjoint(map(LOW, toks)):
        return []
    out = []
    for a, t in enumerate(toks):
        verb = regarding_verb(toks, a, cues) if t.low in cues.future_auxiliaries else None
        opening = deed_opening(toks, a, cues) if verb is not None else None
        if opening is not None:
            out.append((a, verb, opening))
    return out


def regarding_verb(toks: list[Token], a: int, cues: Cues) -> int | None:
    """The verb of regarding after the future auxiliary at a ('would be regarded as', 'will constitute') whose
    complement within `VERDICT_REACH` words is a verdict of hostility, or None."""
    k = skip_adverbs(toks, a + 1, cues)
    if k < len(toks) and toks[k - 1].low in cues.negation:
        return None
    if k < len(toks) and toks[k].low == BE:
        k = skip_adverbs(toks, k + 1, cues)
        if k < len(toks) and toks[k].low in ARTICLES:  # threat60: 'would be an act of war': the copula judges
            return k - 1 if said_verdict(toks, k, cues.war_verdicts) else None
    if k >= len(toks) or toks[k].low not in cues.regarding_verbs:
        return None
    return k if said_verdict(toks, k + 1, cues.hostility_verdicts) else None


def said_verdict(toks: list[Token], k: int, verdicts: frozenset[str]) -> bool:
    """Whether one of the verdicts is said within `VERDICT_REACH` words from k, in the same clause."""
    words = []
    for j in range(k, min(len(toks), k + VERDICT_REACH)):
        if not toks[j].word:
            break
        words.append(toks[j].low)
    said = " " + " ".join(words) + " "
    return any(f" {v} " in said for v in verdicts)


def deed_opening(toks: list[Token], a: int, cues: Cues) -> int | None:
    """The first word of the deed the verdict judges: after the last reporting or warning verb before the auxiliary
    (and its 'that'), or None when no such verb precedes it."""
    said = next((j for j in range(a - 1, -1, -1)
                 if toks[j].low in cues.reporting or toks[j].low in cues.deterrence_frames), None)
    if said is None:
        return None
    j = said + 1
    while j < a and (not toks[j].word or toks[j].low == "that"):
        j += 1
    return j if j < a else None


def owner_span(toks: list[Token], opening: int, a: int, cues: Cues) -> tuple[int, int]:
    """The character span of the deed's owner words: the deed's phrase up to its destination ('any Japanese arms
    supplies' of 'any Japanese arms supplies to Taiwan'; 'by Taiwan' stays: an agent)."""
    end = next((j for j in range(opening + 1, a) if toks[j].low in cues.destination_prepositions or not toks[j].word),
               a)
    return toks[opening].start, toks[end - 1].end
