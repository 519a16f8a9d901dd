"""Cooperation withheld as a threat (threats49): "X warned that it would not sign trade deals with Y while the fighting
continued", "X warned it would not hold talks with Y".

Why a reader of its own: the PLOVER manual's THREATEN mode `relations` is "threaten to suspend relations or ongoing
talks, meetings, or negotiations". The speaker states it as its own future cooperation refused in the complement of a
verb of warning or threatening: the finder reads that complement as a refusal (a negated pledge, REJECT) and the
warning verb as a threat with no mode. The refusal is the threat's content, so the threat takes the mode `relations`;
its partner is the one warned (the warning reads it already: "with Y", "with either country"). A refusal stated with
no warning ("said it would not sign") stays what it is, and so does one told of a third party, after a subject that is
neither a pronoun nor a name ("warned that the deal would not be signed").
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

COOPERATION = frozenset({"AGREE", "CONSULT", "COOPERATE"})  # the refused deeds whose withholding suspends relations
WITHHELD_MODE = "relations"
SUBJECT_REACH = 4  # words from the complement's start to its future auxiliary ("that Washington would not")


def withheld_cooperation(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each threat with no mode whose complement (the next hit) refuses the speaker's future cooperation
    given the mode `relations`."""
    out = list(hits)
    for n, h in enumerate(hits[:-1]):
        if h.type == "THREATEN" and not h.mode and not h.nominal and not h.negated \
                and withheld(toks, h, hits[n + 1], cues):
            out[n] = replace(h, mode=WITHHELD_MODE, data={**h.data, "withheld": hits[n + 1].data["stated_type"]})
    return out


def withheld(toks: list[Token], threat: ActHit, nxt: ActHit, cues: Cues) -> bool:
    """Whether `nxt` is a future refusal of cooperation ("would not sign", read REJECT from a negated pledge) said
    right after the threat's verb, its subject a pronoun or a name (the speaker, or its capital)."""
    if not (nxt.type == "REJECT" and nxt.data.get("negated_reading") and nxt.data.get("stated_type") in COOPERATION
            and nxt.data.get("modality") == "intent"):
        return False
    start, verb = threat.data.get("end_token", threat.data["token"]) + 1, nxt.data["token"]
    aux = next((k for k in range(start, verb) if toks[k].low in cues.future_auxiliaries), None)
    if aux is None or aux - start > SUBJECT_REACH or any(not toks[k].word for k in range(start, verb)):
        return False
    subject = [t for t in toks[start:aux] if t.low != "that"]
    return len(subject) == 1 and (subject[0].low in cues.speaker_pronouns or subject[0].raw[:1].isupper())
