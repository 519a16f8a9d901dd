"""A meeting put forward with a verb of proposing (proposals66): "X proposed to hold talks with Y", "X suggested
meeting Y", "X proposed to meet Y next week".

Why a reader of its own: 'offer' carries a pledge frame, so "offered to hold talks with Y" is read in
`act_frames.resolve_frames`; 'propose' and 'suggest' carry none (a proposal of a measure, "proposed to cut tariffs",
is no pledge), so the meeting after them stood as a planned CONSULT no reader kept and the sentence gave no event.
The one coding of a proposal to meet (docs/coding-choices.md, CAMEO 026): REQUEST meet from the proposer to the side
proposed to. The meeting must be the verb's own "to"-infinitive complement; a
meeting of others the proposer would broker ("proposed to host talks between X and Y") stays out
(`act_frames.mediated`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_frames import complement_token, mediated
from readout.lang.en.act_tokens import Token


def proposed_meetings(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each verbal CONSULT that is the complement of a verb of proposing read as REQUEST meet (the lexicon's
    CONSULT kept in data["stated_type"])."""
    return [proposed(h) if h.type == "CONSULT" and not h.nominal and proposal_complement(toks, h, cues) else h
            for h in hits]


def proposal_complement(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """The meeting verb at the hit's token is the "to"-infinitive complement of a verb of proposing ("proposed to hold",
    adverbs between skipped), and no meeting of others it would broker. A gerund ("suggested holding talks with X") is
    the verb's object, read by its lexicon entries (scripts/data/en_acts_additions.yaml)."""
    verb = hit.data["token"]
    for k in range(verb - 1, -1, -1):
        if toks[k].low in cues.meeting_proposal_verbs:
            break
        if not toks[k].word or toks[k].low not in cues.adverbs and toks[k].low not in cues.infinitive:
            return False
    else:
        return False
    return complement_token(toks, k + 1, cues) == verb and not mediated(toks, verb, hit, cues)


def proposed(hit: ActHit) -> ActHit:
    return replace(hit, type="REQUEST", mode="meet", status="occurred",
                   data=dict(hit.data, stated_type="CONSULT", proposed_meeting=True))
