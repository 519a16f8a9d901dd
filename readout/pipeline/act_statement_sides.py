"""(actors59b, issue 14) Whose a statement of people with no state word is, by what the statement answers: the owner
of what a refusal or an armed group's words answer is never the speakers' home (`object_owners`). Split out of
act_actor_defaults, which walks the fallback chain that asks it. (actors60) A bare state force's statement speaks for the
scene the story told: the bare body resolver's `scene_told` rule (pipeline/bare_body_state).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.model import Span
from readout.sectors import ARMED_GROUP_SECTORS
from readout.pipeline.act_recipients import VERBAL, SideItem


def object_owners(sent: Span, hit: ActHit, items: list[SideItem], roles: list[str]) -> set[int]:
    """(actors59b, issue 14) The starts of the possessive owners (the role reader's "modifier") of a statement's
    object, between its act word and the object's end (the reader's object noun, or its `domestic_target`): the side
    the words answer, never the speakers' home. A refusal's ('rejected Norway's demand to disarm': Norway asked), or
    any statement of an armed group ('the rebels condemned Norway's decision', as their words' target fills no empty
    actor). Why: a demand or an offer is made to the one who refuses it, by another; a state's own rebels refusing it
    are told as its rebels ('Malian rebels'). Owners only: dropping some states of a list ('dispatched to China,
    Russia and ...') would leave one that is no more the speakers' than the others. (acts60) The side a refused
    proposal's target spans name counts too, its owner where the object stands before the verb (Korean: 'the
    protesters Chile's proposal rejected') or its author after 'from'/'by' ('rejected an offer by Chile'): Chile
    offered, which makes no protester Chilean; a reform refused is no proposal put to them (no `rejected_proposal`)."""
    refusal = hit.type == "REJECT" or hit.type in VERBAL and hit.data.get("people_subject") in ARMED_GROUP_SECTORS
    ends = [end for end in (hit.data.get("object_end"), (hit.data.get("domestic_target") or (0, 0))[1]) if end]
    if not refusal:
        return set()
    spans = [(hit.start, max(ends))] if ends else []
    owners = {i.span.start for i, role in zip(items, roles)
              if role == "modifier" and any(sent.start + lo <= i.span.start < sent.start + hi for lo, hi in spans)}
    if hit.type == "REJECT" and hit.data.get("rejected_proposal"):  # acts60: the side that put a refused proposal
        owners |= {i.span.start for i, role in zip(items, roles)  # forward, named in the refusal's target spans
                   if role != "subject" and any(sent.start + lo <= i.span.start < sent.start + hi
                                                for lo, hi in hit.data.get("target_spans", ()))}
    return owners
