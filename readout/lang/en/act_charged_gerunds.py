"""A deed charged by a gerund after an accusing verb (enaccuse49, issue 13): 'accused X of shelling a border post',
'blamed X for detaining two sailors', 'charged X with mobilizing its reserves'. The gerund names X's alleged deed: a
deed of force, restriction, mobilization or sanction keeps its own event, as the Korean twin ('X가 ...을 포격했다고
비난했다') and the ground of a condemnation ('condemned X for shelling ...', accuse66) do, marked `claimed_deed` so that
the doer's denial in the same sentence drops it (pipeline/act_charged_deeds). A word stays the charge's content ('accused
X of violating the treaty', 'of threatening its fishermen': `act_frames.WORDED_TYPES`), and so do backing and transfers
('accused X of arming the rebels': `act_allegations.charged_arming`). Only the gerund itself right after the
preposition (past adverbs) is read: a noun after it ('accused X of the bombing') and a gerund's object stay content."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

CHARGED_DEED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})  # deeds a charge states, no words


def charged_gerund(toks: list[Token], hit: ActHit, cues: Cues) -> int | None:
    """The token of the preposition before `hit` when `hit` is a gerund deed right after an allegation preposition
    ('of shelling', 'for repeatedly shelling'); None otherwise."""
    i = hit.data["token"]
    if hit.nominal or hit.type not in CHARGED_DEED_TYPES or not toks[i].low.endswith("ing"):
        return None
    j = i - 1
    while j >= 0 and toks[j].low in cues.adverbs:
        j -= 1
    return j if j > 0 and toks[j].low in cues.allegation_preps else None


def charged_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each gerund deed an allegation's preposition charges ('accused X of shelling ...') marked
    `charged_gerund` and `claimed_deed`: an event of its own, not the allegation's content (`act_frames.alleged_content`
    keeps it)."""
    out = []
    for h in hits:
        j = charged_gerund(toks, h, cues)
        if j is not None and any(a.type == "ACCUSE" and a.mode == "allege" and not a.nominal
                                 and j - cues.window - 2 <= a.data["token"] < j for a in hits):
            h = replace(h, data={**h.data, "charged_gerund": True, "claimed_deed": True})
        out.append(h)
    return out
