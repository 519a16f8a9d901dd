"""Accepting what another side offered or set as terms (agree54): 'X의 제안을 수용했다', 'X의 모든 조건에 동의했다'.

Why: the PLOVER manual's AGREE is willingness to cooperate, and an acceptance answers the side whose offer or terms it
takes up (the English reader's act_accepted: "accepted X's conditions"). AGREE is a mutual kind, so the pipeline keeps
no receiving side unless the language marks the one the agreement is stated to (`addressee`); here that is the genitive
owner right before the offered noun (`offered_noun`, with an adnominal like '모든' between). A demand accepted is a
concession (CONCEDE, `demand_noun`), read by its own entries.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, run_start
from readout.lang.ko.tags import LOCATIVE_PARTICLE

BETWEEN_TAGS = frozenset({"MM"})  # '칠레의 [모든] 조건': adnominals between the owner and the noun
OWNER_TAGS = frozenset({"NNP", "NNG", "SL", "SH"})


def offer_owner(toks: list, cand: Candidate, nouns: frozenset[str]) -> list[tuple[int, int]]:
    """The character span of the genitive owner of the offered noun the entry matched ('칠레의 제안을 수용') or that the
    verb takes with '에' ('칠레의 모든 조건에 동의'), or none when no '의' owner stands right before that noun."""
    noun = cand.first
    if cand.noun_end is None:  # the verb alone matched: its '에' argument right before it
        if noun < 2 or toks[noun - 1][:2] != LOCATIVE_PARTICLE or toks[noun - 2][0] not in nouns:
            return []
        noun -= 2
    k = noun - 1
    while k >= 0 and toks[k][1] in BETWEEN_TAGS:
        k -= 1
    if k < 1 or toks[k][1] != "JKG" or toks[k - 1][1] not in OWNER_TAGS:
        return []
    start = run_start(toks, k - 1)
    return [(toks[start][2], toks[k - 1][2] + toks[k - 1][3])]
