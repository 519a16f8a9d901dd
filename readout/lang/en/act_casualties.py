"""Casualty counts: 'at least nine people were killed and 30 wounded', 'two soldiers were shot dead near the border'.

Why: a verb of force in the passive whose subject is people, with no agent after it ('by X'), reports what an attack
cost, not who attacked: the attack is an event where the words that tell it name the attacker ('X shelled the
town', 'in an air strike by X', 'by Russian shelling'). Read as an act of its own, the count has no doer in its
clause, and the readers of a dropped subject give it the voice that reports the count ('the health ministry said')
or the place where the victims were: the victims' own side made the attacker, an assault no analyst would code.
A count whose agent is named ('were killed by Russian shelling') and an active verb ('rebels killed nine people')
stay acts, and so does a count whose subject names a state ('two Thai soldiers were killed in a clash with X':
whose soldiers fell says who fought). `people_subject` is what marks a people noun as the subject.
"""
from __future__ import annotations


from readout import budget
from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.country_forms import demonym_bases, forms_table

AGENT_REACH = 6  # words after the verb where its agent ('by X') may stand: 'were killed overnight in Kharkiv by'


def unagented_casualties(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the verbs of force (ASSAULT, not nouns) in the passive with a people subject and no 'by'
    agent in their clause."""
    return [h for h in hits if not (h.type == "ASSAULT" and not h.nominal and h.data.get("people_subject")
                                    and passive_at(toks, h.data.get("token", 0), cues)
                                    and not named_subject(toks, h.data.get("token", 0), cues)
                                    and not agent_after(toks, h.data.get("head_end", h.data.get("token", 0)), cues))]


def passive_at(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the verb at token `i` is a participle after a form of 'be' ('were killed', 'had been wounded',
    'were reportedly shot'), adverbs between."""
    k = i - 1
    while k >= 0 and (toks[k].low in cues.adverbs or toks[k].low.endswith("ly")):
        k -= 1
    return k >= 0 and i > 0 and toks[k].low in cues.copulas and not toks[i].low.endswith("ing")


SUBJECT_REACH = 8  # words of the subject before the verb's auxiliaries ('at least nine people in two villages were')


def named_subject(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the subject before the verb at token `i` holds a capitalized word (a state's name or adjective, a
    place: 'Two Thai soldiers', 'Villagers in Kivu'); the sentence's first word counts only as a state's form."""
    k = i - 1
    while k >= 0 and (toks[k].low in cues.copulas or toks[k].low in cues.adverbs or toks[k].low.endswith("ly")
                      or toks[k].low in cues.perfect_auxiliaries):
        k -= 1
    for j in range(k, max(-1, k - SUBJECT_REACH), -1):
        if not toks[j].word or toks[j].low in cues.clause_breaks or toks[j].low in cues.reporting:
            return False  # 'Medics in Port Sudan said four civilians were killed': the voice is no subject
        if toks[j].raw[:1].isupper() and (j > 0 or toks[j].raw in state_forms()):
            return True
    return False


@budget.table()
def state_forms() -> frozenset[str]:
    """Every English name and adjective of a state, as written ('Thai', 'Kenyan', 'Chile')."""
    return demonym_bases() | frozenset(forms_table()[0])


def agent_after(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether 'by' follows the verb ending at token `j` within its clause (`AGENT_REACH` words)."""
    for k in range(j + 1, min(len(toks), j + 1 + AGENT_REACH)):
        if toks[k].low == "by":
            return True
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return False
    return False
