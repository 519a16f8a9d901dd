"""A bare verb joined by 'and' to an infinitive: 'urged X to agree to a ceasefire and guarantee access' (prec22).

Why: English says 'to' once for coordinated infinitives; 'guarantee' above is as much what X is urged to do as
'agree', and the finder marks only the first as governed (`modality` "infinitive", which `language.find_acts`
drops as the content of the act that governs it). Read alone, the second verb is a fresh act of the requester
(AGREE, SUPPORT, RETREAT) that nobody did and analysts never code. The mark is copied only to a verb in its base
form right after 'and', with no clause break between the two verbs: 'urged X to halt the strikes and withdrew
its envoy' is a second act of its own (past tense), and ', which guarantee ...' starts another clause.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token

COORDINATOR = "and"
INFINITIVE_MARK = "to"
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "that", "which", "who", "but", "while", "as", "after", "before"})
SHARED_REACH = 12  # words from the 'to' back from the 'and' ('to an immediate ceasefire and')


def shared_infinitives(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """The hits with a verb act marked "infinitive" where it is coordinated with an infinitive a request governs."""
    governors = [h.data.get("token", -1) for h in hits if not h.nominal
                 and (h.type == "REQUEST" or h.data.get("modality") == "infinitive")]
    return [replace(h, data={**h.data, "modality": "infinitive", "shared_to": True})
            if coordinated_with(toks, h, governors) else h for h in hits]


def coordinated_with(toks: list[Token], h: ActHit, governors: list[int]) -> bool:
    """Whether `h` is a stated verb in its base form right after 'and' whose clause, with no break, goes back to a
    'to' after a request verb or an asked infinitive (`governors`: their token positions)."""
    i = h.data.get("token", -1)
    if h.nominal or h.data.get("modality") or i < 2 or toks[i - 1].low != COORDINATOR \
            or toks[i].low != h.lemma.split()[0]:
        return False
    for k in range(i - 2, max(-1, i - 2 - SHARED_REACH), -1):
        if toks[k].low in CLAUSE_BREAKS:
            return False
        if toks[k].low == INFINITIVE_MARK:
            return any(g < k for g in governors)
    return False
