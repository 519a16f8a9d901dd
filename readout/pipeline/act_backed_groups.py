"""(kofix68) An armed group a state backs is not that state's own.

'Iran armed the rebels', '이란은 반군을 무장시켰다': the object is an armed group's noun naming no state ('the rebels',
'반군', `domestic_sector` REB), and the domestic reading (a people noun with no state of its own is the actor's own
people: 'police arrested protesters') would make the giver arm rebels against itself (IRN -> IRN). A state arming or
funding rebels backs them against another state: the story's other side, the pair's other state when the story told
an act of two states with the actor one of them, else the one other state the last sentence naming states names
(act_pairs.last_named). With none, the group keeps no state at all, never the giver's own (recipient dropped).
The group's sector stays on the recipient (`backed_group`, read by act_side_entities.sided).
"""
from __future__ import annotations

import dataclasses

from readout.pipeline.act_pairs import last_named, principal_sides
from readout.sectors import ARMED_GROUP_SECTORS

BACKING_TYPES = frozenset({"AID"})  # backing given: arms, money, training (PLOVER AID)


def backed_armed_group(r) -> None:
    """After `domestic_object`: an AID whose receiving side the language read as a stateless armed group and that
    the domestic reading gave to the actor itself goes to the story's other state, else to no state
    (`r` is act_recipients.SideReading)."""
    sector = r.hit.data.get("domestic_sector")
    if r.hit.type not in BACKING_TYPES or sector not in ARMED_GROUP_SECTORS or not r.hit.data.get("domestic_target") \
            or len(set(r.actors)) != 1 or not r.recipients or set(r.recipients) != set(r.actors) \
            or r.hit.data.get("passive"):
        return
    other = story_other(r)
    r.recipients, r.domestic = other, set()
    if other:
        r.hit = dataclasses.replace(r.hit, data={**r.hit.data, "backed_group": tuple(other)})


def story_other(r) -> list[str]:
    """The story's other state for the one actor: the principal pair's other, else the one state the last sentence
    naming states besides the actor names; [] when neither gives exactly one."""
    told = list({id(e): e for e in [*r.article.events, *r.context]}.values())
    pair = principal_sides(told, r.settings.pair_sides)
    if r.actors[0] in pair:
        return [c for c in pair if c not in r.actors]
    named = last_named(r)
    return named if len(named) == 1 else []
