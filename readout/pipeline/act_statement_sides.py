"""(actors59b, issue 14) Whose a statement of people with no state word is, by what the statement answers: a bare
state force speaks for the scene the story told (`scene_state`), and the owner of what a refusal or an armed group's
words answer is never the speakers' home (`object_owner_span`). Split out of act_actor_defaults, which walks the
fallback chain that asks them.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.model import Article, Span
from readout.sectors import ARMED_GROUP_SECTORS, STATE_FORCE_SECTORS
from readout.pipeline.act_recipients import VERBAL, SideItem
from readout.pipeline.story_states import paragraph_place_state, paragraph_state


def force_scene(article: Article, sent: Span, hit: ActHit, items: list[SideItem], roles: list[str], ctx,
                story) -> list[str]:
    """(actors59b, issue 14) The scene's state for a bare state force's statement ('Police condemned Norway', 'The
    army criticized Peru', '군은 페루를 비난했다'), asked before any dateline's: the scene the story told is where the
    force stands, whatever desk files it ('SEOUL (Yonhap) -- Protests spread across Kenya ... Police condemned
    Norway': Kenya's police; English has no home-desk rule, and a Korean bureau's dateline names no scene either).
    [] for another act or speaker, or where `scene_state` finds no scene."""
    if hit.type not in VERBAL or hit.data.get("people_subject") not in STATE_FORCE_SECTORS:
        return []
    aimed = {i.span.start for i, role in zip(items, roles) if role == "object"
             or any(sent.start + lo <= i.span.start < sent.start + hi for lo, hi in hit.data.get("target_spans", ()))}
    return scene_state(article, sent, story, {code for i in items if i.span.start in aimed for code in i.codes}, ctx)


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


def scene_state(article: Article, sent: Span, story, targeted: set[str], ctx) -> list[str]:
    """(actors58, issue 14) The state of a bare state force's statement ('Police condemned X', '경찰은 X를 규탄했다'):
    the one state the paragraph before names (`paragraph_state`), else places its towns in (`paragraph_place_state`),
    where the story told it as the scene of what happened ('Protests spread across X', 'Riots broke out in <town>'),
    not as a doer whose last act was done to others or to no one ('North Korea fired a missile. Police condemned
    Japan': the reporting state's police may answer it, as `filed_state` reads the home desk), nor as what the
    statement strikes. Why: police and troops are organs of a state, unlike a union or a crowd, whose statement may
    answer another state's deed (`paragraph_state` reads deeds only for them)."""
    told = paragraph_state(article, sent, ctx) or paragraph_place_state(article, sent, ctx)
    answered = set(story.acting) - set(story.acting_toward)  # it acted on another state, or on no one
    return [] if set(told) & (answered | targeted) else told
