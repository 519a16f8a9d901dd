"""(koacts57b, issue 15) An attack told as having occurred whose clause goes on to the harm it did: '나이로비에서
테러가 발생해 5명이 숨졌다', '몸바사의 시장에서 폭탄 테러가 일어나 3명이 다쳤다'.

Why: lang/ko/act_occurred_attacks reads an attack noun that is the subject of a verb of occurring as an attack on the
people of the place marked 에서, but left a verb ending in a connective ('발생해') to the harm readers, which read only
an attack noun in the instrumental ('테러로 5명이 숨졌다', lang/ko/act_harm_causes): the sentence gave no event. The
harm told after the occurrence is the same attack's, on the same place's people. Rule: the connective clause after the
verb of occurring whose subject (a count, people) goes with a casualty verb (cue casualty_verb) is harm, and the
attack is read at its place as when the sentence stops at the verb; a clause going on to anything else (an arrest, a
statement) as before.
"""
from __future__ import annotations

from readout.lang.ko.act_harm_causes import VICTIM_TAGS, verb_lemma
from readout.lang.ko.act_table import ActIndex

SUBJECT = "JKS"
CONNECTIVE = "EC"


def harm_follows(toks: list, verb: int, lex: ActIndex) -> bool:
    """Whether the clause after the connective ending of the verb at `verb` ('발생해') is a subject of harm and a
    casualty verb ('[5명이] 숨졌다')."""
    k = verb + 1
    while k < len(toks) and toks[k][1] != CONNECTIVE:
        k += 1
    opening = k + 1
    for j in range(opening, len(toks)):
        if toks[j][1] == SUBJECT:
            return j > opening and verb_lemma(toks, j + 1) in lex.cue("casualty_verb")
        if toks[j][1] not in VICTIM_TAGS:
            return False
    return False
