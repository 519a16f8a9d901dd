"""A deed charged by a gerund after an accusing verb (charges50, issue 13): 'accused X of shelling a border post',
'blamed X for detaining two sailors', 'charged X with mobilizing its reserves'.

Why: the gerund names X's alleged deed, which the Korean twin ('X가 ...을 포격했다고 비난했다') and the ground of a
condemnation ('condemned X for shelling ...', accuse66) already keep as an event; English left it the charge's content,
so one story told in two languages gave two different sets of events. A deed of force, restriction, mobilization or
sanction is marked `charged_deed`, the mark the Korean reader gives a deed inside a charge's complement
(lang/ko/act_verdicts), so that the pipeline applies the same rule to both (pipeline/act_charged_deeds): the deed
stays where it struck the accuser or named no receiving state, and is dropped where it names only a third side ('accused
X of shelling villages in Y': the report tells the accusation, not the shelling) or its doer denies it in the sentence.
It is told as done, so its status is the accusation's (occurred); a charge not made ('did not accuse X of ...', 'may
accuse X of ...') tells no deed. A word stays the charge's content ('accused X of violating the treaty', 'of threatening
its fishermen': `act_frames.WORDED_TYPES`), and so do backing and transfers ('accused X of arming the rebels':
`act_allegations.charged_arming`). Only the gerund itself right after the preposition (past adverbs) is read: a noun
after it ('accused X of the bombing') and a gerund's object stay content."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

CHARGED_DEED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})  # deeds a charge states, no words


def charged_gerund(toks: list[Token], hit: ActHit, cues: Cues,
                   types: frozenset[str] = CHARGED_DEED_TYPES) -> int | None:
    """The token of the preposition before `hit` when `hit` is a gerund of `types` right after an allegation
    preposition ('of shelling', 'for repeatedly shelling'); None otherwise. `types`: the deeds a charge states here,
    the siding acts an arrest is grounded on in `act_arrest_grounds`."""
    i = hit.data["token"]
    if hit.nominal or hit.type not in types or not toks[i].low.endswith("ing"):
        return None
    j = i - 1
    while j >= 0 and toks[j].low in cues.adverbs:
        j -= 1
    return j if j > 0 and toks[j].low in cues.allegation_preps else None


def stated_charge(a: ActHit) -> bool:
    """An allegation made: occurred and not negated ('did not accuse X of shelling' charges no deed)."""
    return a.type == "ACCUSE" and a.mode == "allege" and not a.nominal and a.status == "occurred" and not a.negated


def stated_disapproval(a: ActHit) -> bool:
    """(charges50b) A condemnation made ('condemned X for shelling ...'): its ground stays an event of its own
    (accuse66), but is marked `judged_deed` so that the pipeline takes it for no voice going on, as a charged deed."""
    return a.type == "ACCUSE" and a.mode == "disapprove" and not a.nominal and a.status == "occurred" and not a.negated


def charged_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each gerund deed a stated allegation's preposition charges ('accused X of shelling ...') marked
    `charged_gerund` and `charged_deed`: an event of its own, not the allegation's content (`act_frames.alleged_content`
    keeps it), that the pipeline keeps only between the accuser and the accused (pipeline/act_charged_deeds)."""
    out = []
    for h in hits:
        j = charged_gerund(toks, h, cues)
        if j is not None and any(stated_charge(a) and j - cues.window - 2 <= a.data["token"] < j for a in hits):
            h = replace(h, data={**h.data, "charged_gerund": True, "charged_deed": True})
        elif j is not None and any(stated_disapproval(a) and j - cues.window - 2 <= a.data["token"] < j for a in hits):
            h = replace(h, data={**h.data, "judged_deed": True})
        out.append(h)
    return out
