"""What a non-restrictive relative clause says in the present tense is a standing state, not an act of the day
(issue of session 17, en21).

'Chad and Niger, which together with Mali form the Sahel alliance, condemned ...', 'Iran, which backs the rebels,
denied ...': the clause after ', which' / ', who' describes the party named before it (its membership, its usual
side); the story's act is the main verb's. A verb of the lexicon in that clause, in the plain present ('form',
'backs'), is dropped. A past tense there ('who signed the deal on Monday') may tell an act and is left to the other
readers; so is a restrictive clause (no comma before 'which') and a noun act.

(acts59, issue 13) Not a charge (`CHARGE_TYPES`): 'Moldova, which Russia accuses of provocations, rejected ...' tells
Russia's accusation, as the past tense ('which Russia accused of ...', read by act_antecedent_objects) and the Korean
present adnominal charge ('[칠레를 비판하는] 페루 대사', relatives66) do; a charge made and kept up is still made.

A preposition may stand between the comma and the pronoun ('Egypt, with which Tokyo maintains close ties',
'the envoy, to whom Seoul owes its access'): the pied-piped relative describes the same standing relation (victims48).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

RELATIVE_REACH = 6  # words from ', which' to its verb ('which together with Mali form')
OPENERS = frozenset({"which", "who", "whom"})
CHARGE_TYPES = frozenset({"ACCUSE"})  # acts59: a charge in the present is a stance stated, not a standing state


def standing_relatives(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less each verb in the plain present inside a non-restrictive relative clause (module docstring)."""
    return [h for h in hits if h.nominal or h.type in CHARGE_TYPES or not (plain_present(toks[h.data["token"]].low, h.lemma.split()[0])
                                                 and in_relative(toks, h.data["token"], cues))]


def plain_present(word: str, lemma: str) -> bool:
    """'form', 'forms', 'backs', 'supports': the lemma itself or its third-person form."""
    return word in (lemma, lemma + "s", lemma + "es") or lemma.endswith("y") and word == lemma[:-1] + "ies"


def in_relative(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether ', which', ', who' or ', with which' opens the clause of token i within `RELATIVE_REACH` words, no clause break or
    other punctuation between."""
    for k in range(i - 1, max(i - 1 - RELATIVE_REACH, 0), -1):
        if toks[k].low in OPENERS:
            return comma_opened(toks, k, cues)
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return False
    return False


def comma_opened(toks: list[Token], k: int, cues: Cues) -> bool:
    """Whether the relative pronoun at k follows a comma, directly or through one preposition (', with which')."""
    before = k - 1 if k > 0 and toks[k - 1].low in cues.prepositions else k
    return before > 0 and toks[before - 1].low == ","
