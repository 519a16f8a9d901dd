"""A vow to respond (refer42): 'vowed to respond to X's move', 'vowed that Bolivia would respond', 'pledged to react'.

Why: a pledge verb reads its complement as the act promised, and a bare 'respond' is no act of the lexicon, so the
pledge stayed an AGREE: a promise of cooperation nobody was promised. After a condemnation, a vow of response is a
vow of retaliation: PLOVER's THREATEN at most, aimed at whoever the response answers when the sentence names it
('respond to X's move': X); with no one named it stays a threat to no one, which the pipeline drops (a bare threat
names no receiving side), never an AGREE. The response verbs are the cue list `response_verbs` (read by act_threats too); the complement is
either the pledge's infinitive ('vowed to respond') or a 'that' clause whose modal verb is one ('vowed that X would
respond').
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_matcher import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_window import skip_adverbs

THAT_REACH = 6  # words from 'that' to the modal: 'that the government in La Paz would'
FUTURE_MODALS = frozenset({"would", "will", "shall"})


def vowed_responses(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each pledge (AGREE of a `threat_pledges` verb) whose complement is a verb of responding read as a
    THREATEN, with the phrase after 'to' or 'against' as its target span."""
    out = []
    for h in hits:
        verb = response_after(toks, h, cues) if pledging(h, cues) else None
        if verb is not None:
            target = answered_span(toks, verb, cues)
            data = {k: v for k, v in h.data.items() if k not in ("stated_type", "unaddressed")}
            h = replace(h, type="THREATEN", mode=None, generic=False,
                        data={**data, "threatened": "response", **({"target_spans": (target,)} if target else {})})
        out.append(h)
    return out


def pledging(h: ActHit, cues: Cues) -> bool:
    return h.type == "AGREE" and not h.nominal and not h.negated and h.lemma.split()[0] in cues.threat_pledges


def response_after(toks: list[Token], h: ActHit, cues: Cues) -> int | None:
    """The token of the response verb the pledge governs ('to respond', 'that X would respond'), or None."""
    j = skip_adverbs(toks, h.data.get("end_token", h.data["token"]) + 1, cues)
    if j < len(toks) and toks[j].low in cues.infinitive:
        k = skip_adverbs(toks, j + 1, cues)
        return k if k < len(toks) and toks[k].low in cues.response_verbs else None
    if j >= len(toks) or toks[j].low != "that":
        return None
    for k in range(j + 1, min(len(toks), j + 1 + THAT_REACH)):
        if toks[k].low in FUTURE_MODALS:
            m = skip_adverbs(toks, k + 1, cues)
            return m if m < len(toks) and toks[m].low in cues.response_verbs else None
        if not toks[k].word:
            return None
    return None


def answered_span(toks: list[Token], verb: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of what the response answers ('respond to X's hostile move': from X to the clause's end
    or a comma), or None."""
    j = skip_adverbs(toks, verb + 1, cues)
    if j >= len(toks) or toks[j].low not in ("to", "against"):
        return None
    end = next((k for k in range(j + 1, len(toks)) if not toks[k].word or toks[k].low in cues.clause_breaks),
               len(toks))
    return (toks[j + 1].start, toks[end - 1].end) if end > j + 1 else None
