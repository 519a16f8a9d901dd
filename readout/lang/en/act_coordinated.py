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
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "that", "which", "who", "but", "while", "as", "after", "before"})
SHARED_REACH = 12  # words from the first infinitive's last word to the 'and' ('to agree to an immediate ceasefire and')


def shared_infinitives(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """The hits with a verb act marked "infinitive" where it is coordinated with an earlier infinitive hit."""
    infinitives = [h for h in hits if h.data.get("modality") == "infinitive" and not h.nominal]
    return [replace(h, data={**h.data, "modality": "infinitive", "shared_to": True})
            if coordinated_with(toks, h, infinitives) else h for h in hits]


def coordinated_with(toks: list[Token], h: ActHit, infinitives: list[ActHit]) -> bool:
    """Whether `h` is a stated verb in its base form right after 'and' that closes an earlier infinitive's clause."""
    i = h.data.get("token", -1)
    if h.nominal or h.data.get("modality") or i < 2 or toks[i - 1].low != COORDINATOR \
            or toks[i].low != h.lemma.split()[0]:
        return False
    for p in infinitives:
        end = p.data.get("end_token", p.data.get("token", -1))
        if 0 <= end < i - 1 and i - 1 - end <= SHARED_REACH \
                and not any(t.low in CLAUSE_BREAKS for t in toks[end + 1:i - 1]):
            return True
    return False
