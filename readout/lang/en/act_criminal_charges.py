"""A criminal charge told in the passive with no one named as charging (accuse58): 'the activist was charged with
treason on Monday', 'the two journalists have been indicted on espionage charges', 'He has since been charged with
inciting unrest'.

Why: a verb of judging in the passive with no 'by' names no judge ('X was criticized': no act,
`act_context.unagented_judgment`). A criminal charge is different: only a state's prosecutors or courts charge anyone
with a crime, so the state whose authorities hold the charged (the place it happened, else the charged's own state,
else the state the story's arrest was told of) made the charge, the manual's ACCUSE 'allege' (CAMEO 1121 'accuse of
crime'). The mark `criminal_charge` lets the side readers treat its subject as the charged, as they treat the
subject of an agentless arrest (pipeline/act_actors.clause_actors).

(plover55) Any charge whose crime follows 'with' ('charged two reporters with espionage', 'was charged with treason by
prosecutors') is a formal charge: context legal, as 'indict' carries it and Korean '기소하다' does; 'charged that X
armed the rebels' states an allegation, no case brought, and keeps the contexts it had.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import skip_adverbs


def criminal_charges(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each agentless passive participle of criminal charging (`cues.criminal_charge_participles`) followed
    by what it charges (`cues.criminal_charge_openers`: 'with', 'on', 'for') marked `criminal_charge`."""
    return [replace(h, data={**h.data, "criminal_charge": True}) if charged_unagented(toks, h, cues) else h
            for h in hits]


FORMAL_REACH = 8  # words from the charging verb to its opener ('charged the two visiting German reporters with')
LEGAL = "legal"


def formal_charges(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each verb of charging (`cues.formal_charge_lemmas`) whose crime follows an opener
    (`cues.formal_charge_openers`) with the legal context added."""
    return [replace(h, contexts=(*h.contexts, LEGAL)) if LEGAL not in h.contexts and formal(toks, h, cues) else h
            for h in hits]


def formal(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """An occurred, unnegated ACCUSE verb of charging with an opener at most `FORMAL_REACH` words after it, only words
    between and none a clause break or 'that' ('charged that ...': the content of an allegation)."""
    if h.type != "ACCUSE" or h.nominal or h.negated or h.lemma not in cues.formal_charge_lemmas:
        return False
    i = h.data.get("end_token", h.data["token"])
    for t in toks[i + 1:i + 1 + FORMAL_REACH]:
        if t.low in cues.formal_charge_openers:
            return True
        if not t.word or t.low in cues.clause_breaks or t.low == "that":
            return False
    return False


def charged_unagented(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """An occurred ACCUSE verb in the passive, its participle one of criminal charging, with no 'by' agent, and the
    word after it (past adverbs) opening the crime charged."""
    i = h.data["token"]
    if h.type != "ACCUSE" or h.nominal or h.negated or not h.data.get("passive") or h.data.get("by") is not None \
            or toks[i].low not in cues.criminal_charge_participles:
        return False
    after = skip_adverbs(toks, i + 1, cues)
    return after < len(toks) and toks[after].low in cues.criminal_charge_openers
