"""Whose voice a statement is: the one person its own words name as the one who made it.

An act's sides are states (people stand for their states: pipeline/act_actors.py), so two statements of one
state against another on adjacent days look alike to the store, even when one is the foreign ministry
spokesperson's and the other the president's. The person who made the statement is what tells them apart
(store/merge_voices.py), so a statement keeps it beside its sides: the one person that is the subject of the
act's own clause (`act_subjects.subject_items`), or that the language found as its agent (`agent_span`: the
reporting frame after a first-person quote, '"We condemn ...," President X said'), of the acting state. A state, a
ministry or a group word ('Seoul condemned', 'the foreign ministry said', 'the two ministers'), an office whose
holder goes unnamed ('the foreign minister said': `model.TITLE_ONLY`, as good as the ministry), or two persons
together ('A and B condemned') give no voice: the store then judges as before.
"""
from __future__ import annotations

from readout.model import TITLE_ONLY, Entity
from readout.pipeline.act_subjects import subject_items
from readout.pipeline.act_recipients import VERBAL, SideItem, SideReading


def statement_voice(r: SideReading, acting: list[Entity], stated: bool) -> Entity | None:
    """The person whose statement the act of `r.hit` is, when its words name exactly one as its maker
    (`stated`: they named the actors, not a default a dropped subject took) and that person is of a state on the
    acting side; None otherwise, and for acts other than statements (`VERBAL`)."""
    if not stated or r.hit.type not in VERBAL:
        return None
    makers = agent_items(r) or subject_items(r.lang, r.text, r.tokens, r.sent, r.hit, r.items, r.roles)
    if len(makers) != 1 or makers[0].person is None:
        return None
    person = makers[0].person
    states = {e.country for e in acting if e.country}
    return person if person.country in states and person.reason != TITLE_ONLY else None


def statement_makers(r: SideReading, acting: list[Entity], stated: bool) -> list[Entity]:
    """Every person the statement's words name as its makers, of the acting states ('A and B agreed': both; unlike
    the voice, two persons count). What tells two pairs' joint acts of one day apart (store/merge_makers.py): the
    foreign ministers' agreement and the president's with the other side's interior minister are both "AGREE X Y"."""
    if not stated or r.hit.type not in VERBAL:
        return []
    makers = agent_items(r) or subject_items(r.lang, r.text, r.tokens, r.sent, r.hit, r.items, r.roles)
    states = {e.country for e in acting if e.country}
    persons = [i.person for i in makers if i.person is not None]
    return [p for p in persons if p.country in states and p.reason != TITLE_ONLY]


def agent_items(r: SideReading) -> list[SideItem]:
    """The side items where the language says the act's agent stands (`agent_span`), as `act_subjects.named_agents`
    reads their states."""
    lo, hi = r.hit.data.get("agent_span") or (0, 0)
    return [i for i in r.items if r.sent.start + lo <= i.span.start < r.sent.start + hi]
