"""A seizure of land said to be impossible, in answer to a claim (shelve53): 'Georgia's president said no state can
annex another', '"You cannot annex another country," the prime minister told X', 'X cannot take over the islands'.

Why a reader of its own: the clause reads the verb of seizing (`denied_seizure_verbs`: annex, seize, take over) as a
COERCE the speaker does not report as done: negated ('cannot annex') it left no act, and with a negated subject ('no
state can annex') a merely possible one. Said in answer to a claim, the statement is the speaker's refusal of the
claim: the manual's REJECT ("refuse, oppose or reject ... a proposal or a request"), done by saying it, aimed at the
side whose demand, offer or threat was told before (`refused_yield`, as 'the islands are not for sale' is read:
act_ruled_out, pipeline/act_claimed_land) and never at the land, whose words are marked `claimed_land`. Only
inability is read so ('cannot', 'can't', 'no state can'): 'did not annex' tells of no act, and 'will not annex' is the
speaker's own pledge.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_ruled_out import CLAUSE_REACH, trailing_reporter
from readout.lang.en.act_tokens import Token

INABILITY = frozenset({"cannot", "can't", "can’t"})  # one word that says the deed may not be done
ABLE = "can"  # 'can not annex', 'no state can annex'
NO_SUBJECT = frozenset({"no", "nobody"})  # 'no state can', 'no country can', 'nobody can'
SUBJECT_REACH = 3  # words from 'can' back to the negated subject's 'no' ('no other state can')
SEIZE = "seize"  # the manual's COERCE mode for taking land or property
MODAL_REACH = 3  # words from the verb back to its modal ('cannot simply annex', 'can not ever take over')


def denied_seizures(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each seizure said to be impossible read as the speaker's REJECT of the claimant."""
    return [refusal(toks, h, cues) if seizing(h, cues) and unable(toks, h.data["token"]) else h for h in hits]


def seizing(hit: ActHit, cues: Cues) -> bool:
    """A verb act of seizing land ('annex', 'take over'), not a noun ('the annexation')."""
    return hit.type == "COERCE" and hit.mode == SEIZE and not hit.nominal and hit.lemma in cues.denied_seizure_verbs


def unable(toks: list[Token], verb: int) -> bool:
    """'cannot annex', 'can not annex', 'no state can annex': the deed said to be impossible."""
    for k in range(verb - 1, max(-1, verb - 1 - MODAL_REACH), -1):
        low = toks[k].low
        if low in INABILITY:
            return True
        if low == ABLE:
            after = toks[k + 1].low if k + 1 < verb else ""
            return after == "not" or any(toks[j].low in NO_SUBJECT for j in range(max(0, k - SUBJECT_REACH), k))
        if not toks[k].word:
            return False
    return False


def refusal(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """The REJECT said now, anchored on the verb that reports it ('said', '," X told') so that the speaker acts, not
    the clause's own subject ('no state', 'Russia'), and starting there as act_ruled_out's refusals do; its receiving side the claimant told before; the object's words
    are the land."""
    verb, end = hit.data["token"], hit.data.get("end_token", hit.data["token"])
    last = end
    while last + 1 < len(toks) and toks[last + 1].word:
        last += 1  # the object up to the clause's punctuation: 'another country', 'the islands of X'
    land = ((toks[verb + 1].start, toks[last].end),) if last > verb else ()
    said = reporting_before(toks, verb, cues)
    if said is None:
        said = trailing_reporter(toks, last + 1, cues)
    anchor = verb if said is None else said
    data = {k: v for k, v in hit.data.items() if k != "modality"}  # said, not possible
    return replace(hit, start=toks[anchor].start, end=toks[max(anchor, end)].end, type="REJECT",
                   mode=None, negated=False, status="occurred", target=(),
                   data={**data, "token": anchor, "stated_type": hit.type, "refused_yield": True,
                         "claimed_land": land, "negated_reading": True})


def reporting_before(toks: list[Token], verb: int, cues: Cues) -> int | None:
    """The reporting verb whose clause holds the seizing verb ('said no state can annex'), or None."""
    for k in range(verb - 1, max(-1, verb - 1 - CLAUSE_REACH), -1):
        if not toks[k].word:
            return None
        if toks[k].low in cues.reporting:
            return k
    return None
