"""Regret and remorse for one's own side's deeds, or for what others suffered (acts47): 'X expressed regret over its
soldiers' killing of Y's fishermen', 'X regretted its decision', 'the prime minister said he was heartbroken that many
people had endured painful experiences', '"My heart aches for the families of the flood victims," X said'.

Why: the PLOVER manual codes 'expressions of regret or remorse for an action or situation' as CONCEDE. Regret of
another side's deed ('expressed regret over Y's decision') is disapproval, ACCUSE, as the lexicon reads it; regret
whose object the speaker's own side owns ('its', 'our', 'my', `remorse_owners`, right after the verb or its
preposition) is remorse, and so is a feeling of heartbreak over the suffering of others ('heartbroken', 'my heart
aches', `remorse_feelings`, with a word of suffering, `suffering_words`, within the clause after it). Stated at a meeting with no one named, it is
addressed to the one met (pipeline act_recipient_readers.meeting_counterpart: `addressee_open`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_quotes import QUOTE_MARKS, frame_after_quote, trailing_speaker
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import skip_adverbs

REGRET_OBJECTS = frozenset({"regret", "remorse"})  # the object of 'expressed regret' an own deed makes remorse
SUFFERING_REACH = 12  # words from the feeling to the suffering it is about
HEART_REACH = 2  # words from 'heart' to its verb ('my heart truly aches')


REGRET = "regret"


def own_deed_regrets(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each ACCUSE of regret ('expressed regret over', 'regretted') whose object opens with the speaker's own
    possessive ('its soldiers' killing', 'our decision') read as CONCEDE, remorse for its own deed."""
    out = []
    for h in hits:
        regret = h.lemma.split(" ")[0] == REGRET  # 'regretted its decision', 'regretted that its soldiers' (en48)
        if h.type == "ACCUSE" and not h.negated and (h.data.get("object") in REGRET_OBJECTS or regret):
            j = skip_adverbs(toks, h.data.get("end_token", h.data["token"]) + 1, cues)
            if regret:
                j = h.data.get("object_token", j) - 1 if "object_token" in h.data else j
            if j < len(toks) and toks[j].low in cues.prepositions:
                j += 1
            if j < len(toks) and toks[j].low in cues.remorse_owners:
                h = replace(h, type="CONCEDE", mode=None, data={**h.data, "addressee_open": True, "remorse": True})
        out.append(h)
    return out


def stated_remorse(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The CONCEDE acts of feelings of heartbreak over others' suffering: 'said he was heartbroken that many people had
    endured ...' (anchored on the feeling, the clause's subject its speaker) and '"My heart aches for the
    flood victims," X said' (the trailing frame's speaker its agent)."""
    taken = {h.data["token"] for h in hits}
    out = list(hits)
    for i, t in enumerate(toks):
        if i in taken or not t.word:
            continue
        if t.low in cues.remorse_feelings and after_copula(toks, i, cues):
            end = suffering_after(toks, i + 1, cues)
            if end is not None:
                out.append(remorse(toks, i, end, {}))
        elif t.low == "heart" and i > 0 and toks[i - 1].low in cues.remorse_owners:
            verb = next((k for k in range(i + 1, min(len(toks), i + HEART_REACH + 1))
                         if toks[k].low in cues.aching_verbs), None)
            end = suffering_after(toks, verb + 1, cues) if verb is not None else None
            if end is not None:
                out.append(remorse(toks, verb, end, quoted_speaker(toks, verb, cues)))
    return sorted(out, key=lambda h: h.start)


def after_copula(toks: list[Token], i: int, cues: Cues) -> bool:
    """The feeling at i is the predicate of a copula ('was heartbroken', 'was "heartbroken"': a quote mark between)."""
    j = i - 1
    while j > 0 and toks[j].raw in QUOTE_MARKS:
        j -= 1
    return j >= 0 and toks[j].low in cues.copulas


def suffering_after(toks: list[Token], k: int, cues: Cues) -> int | None:
    """The token of the first word of suffering in the words after a feeling (up to the sentence's end), or None."""
    for n in range(k, min(len(toks), k + SUFFERING_REACH)):
        if toks[n].low in cues.suffering_words:
            return n
        if toks[n].low in (".", ";"):
            return None
    return None


def quoted_speaker(toks: list[Token], k: int, cues: Cues) -> dict:
    """The agent of a feeling inside an opening quote: the speaker its trailing frame names; none outside a quote."""
    if not toks or toks[0].raw not in QUOTE_MARKS:
        return {}
    close = next((n for n in range(1, len(toks)) if toks[n].raw in QUOTE_MARKS), None)
    if close is None or k > close:
        return {}
    frame = trailing_speaker(toks, cues) or frame_after_quote(toks, close, cues)
    return {"agent_span": frame} if frame is not None and frame[0] >= toks[close].start else {}


def remorse(toks: list[Token], i: int, end: int, data: dict) -> ActHit:
    """The CONCEDE hit of a feeling of remorse, from its word to the suffering it names."""
    return ActHit(toks[i].start, toks[end].end, "CONCEDE", None, "remorse", ("for",), False, False, "occurred", False,
                  ("diplomatic",), {"token": i, "end_token": end, "addressee_open": True, "remorse": True, **data})
