"""Requests stated as a hope: "X said it hoped Y would ...", "X expressed hope that Y will ...".

Why a reader of its own: a speaker who says it hopes another side will act asks that side to act (PLOVER
REQUEST: "asking another actor to take an action"), but no verb of asking is written; the lexicon's entry, if
any, is the hoped-for act itself ("reopen", "return to talks"), which the hope does not make happen. So the
reader finds a word of hoping (`hope_words`), the party named after it and a future auxiliary ("would",
"will"), and reads a REQUEST by the speaker (the subject of the reporting verb, or of "expressed hope") to
that party; the hoped-for act is the request's content (`complement`), no act of its own.

A hope for oneself ("hoped to visit", "said it hoped it would") or about no named side ("hoped the talks would
succeed") asks no one, and none is read; a hope that something will be so ("would be", "would have") is a
judgement, not a request.
"""
from __future__ import annotations

from readout.lang.base import ActHit, barring
from readout.lang.en.act_obligations import DEONTIC_MODES, reporting_before
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import LOW, Token
from readout.lang.en.act_near_words import is_determiner, skip_adverbs

PARTY_REACH = 6  # words of the hoped-of party before its auxiliary ("the Japanese government in Tokyo")
JUDGEMENTS = frozenset({"be", "have", "not"})  # "would be", "would have": a state of affairs, no act asked


def hoped_requests(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """One REQUEST per hope that names another side and what it should do (see the module docstring); the
    trigger runs from the speaker's verb to the hoped-for verb, so the speaker is its subject and the
    party between them its object, as in a reported "must" (`act_obligations.deontic_requests`)."""
    if cues.hope_words.isdisjoint(map(LOW, toks)):
        return []
    by_token = {h.data["token"]: h for h in hits}
    out: list[ActHit] = []
    for i, t in enumerate(toks):
        if t.low not in cues.hope_words:
            continue
        j = i + 1 if i + 1 < len(toks) and toks[i + 1].low == "that" else i
        aux = hoped_auxiliary(toks, j + 1, cues)
        if aux is None:
            continue
        k = skip_adverbs(toks, aux + 1, cues)
        if k >= len(toks) or not toks[k].word or toks[k].low in JUDGEMENTS:
            continue
        if any(toks[p].low in cues.negation for p in range(max(i - 2, 0), i)):
            continue  # "had no hope that X would": no request
        first = speaker_verb(toks, i, cues)
        if first is None:
            continue
        governed = by_token.get(k)
        mode = DEONTIC_MODES.get(governed.data.get("stated_type", governed.type)) if governed else None
        hope = ActHit(toks[first].start, toks[k].end, "REQUEST", mode, t.low, ("object",), False, False,
                      "occurred", False, (), {"token": first, "end_token": k, "deontic": True,
                                              "complement": toks[k].start,
                                              "content_starts": hoped_content(toks, hits, k, cues)})
        if open_party(toks, j + 1, aux, cues):  # 'hoped all sides would': every side asked, none named
            span = (toks[j + 1].start, toks[aux - 1].end)
            hope = barring(hope, (span,), unaddressed=True, open_addressee=True, open_span=span)
        out.append(hope)
    return out


def open_party(toks: list[Token], j: int, k: int, cues: Cues) -> bool:
    """(appeals50) The hoped-of party from token `j` to its auxiliary at `k` is every side ('hoped all sides would
    exercise restraint', 'all parties concerned'): an opener, then a head of `open_addressee_heads`
    (act_open_appeals)."""
    return k > j + 1 and toks[j].low in cues.open_addressee_openers \
        and any(toks[p].low in cues.open_addressee_heads for p in range(j + 1, k))


def hoped_auxiliary(toks: list[Token], j: int, cues: Cues) -> int | None:
    """The future auxiliary that ends the hoped-of party starting at token j, when that party is another side:
    it holds a capitalized name and does not open with the speaker's own pronoun ("hoped it would")."""
    if j >= len(toks) or toks[j].low in cues.speaker_pronouns or toks[j].low in cues.infinitive:
        return None
    for k in range(j, min(len(toks), j + PARTY_REACH + 1)):
        low = toks[k].low
        if low in cues.future_auxiliaries:
            named = any(toks[p].raw[:1].isupper() and toks[p].word for p in range(j, k))
            return k if k > j and (named or open_party(toks, j, k, cues)) else None
        if not toks[k].word or low in cues.clause_breaks or low in cues.relative:
            return None
    return None


def speaker_verb(toks: list[Token], i: int, cues: Cues) -> int | None:
    """The token whose subject voices the hope at token i: the reporting verb of "said he hoped", the verb of
    "expressed (the) hope", or the hope word itself after its subject ("Chile hoped Peru would"); None when
    no one is said to hope."""
    before = i - 1
    if before >= 0 and is_determiner(toks[before].low, cues):
        before -= 1  # "expressed the hope that"
    if before >= 0 and toks[before].low in cues.speaker_pronouns:
        said = reporting_before(toks, before, cues)
        return said if said is not None else i
    if before >= 0 and toks[before].low in cues.hope_verbs:
        return before
    if before == i - 1 and before >= 0 and toks[before].low == "and":  # reject50: 'said it was following the
        said = reporting_before(toks, before, cues)  # situation and hoped that all sides would': the said clause's
        return said if said is not None else i  # subject hopes; 'X condemned Y and hoped Z would': X, the verb's
    if before == i - 1 and before >= 0 and (toks[before].raw[:1].isupper() or toks[before].low in cues.office_nouns):
        return i  # "Chile hoped Peru would", "the government hopes X will": the hope is the subject's verb
    return None  # "the visit raised hopes that X would": a hope no one states


def hoped_content(toks: list[Token], hits: list[ActHit], k: int, cues: Cues) -> tuple[int, ...]:
    """The starts of the hits in the hoped-for clause from its verb at token k to the clause's end ("would
    return to negotiations": the negotiations are hoped for too, not planned by anyone)."""
    end = next((j for j in range(k + 1, len(toks)) if not toks[j].word or toks[j].low in cues.clause_breaks), len(toks))
    return tuple(h.start for h in hits if k <= h.data["token"] < end)
