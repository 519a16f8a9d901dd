"""(enfix49) An armed group a backer's compound names as an act's object is no target of the backer's state.

'Chile condemned the Russia-backed rebels (in X)': the language marks the compound (`backer_object`, the span of
'Russia-backed'); the nearest state name, the backer, was the receiving side. The group is of the land it fights in:
the first state the sentence names after the compound other than the actor's and the backer's ('in X'), else the
armed group the story named last (act_actors.armed_group_named, as the subject's reading), else the one state other
than the backer's that the last sentence naming states names (act_pairs.last_named), received with the group's
sector (REB: `backed_group`, read by act_side_entities.sided). Where the story names none, the backer stays (PLOVER
codes the sponsor's side where nothing else is known), as the subject's reading keeps it. An act on a backed group of
the actor's own land ('the army shelled the X-backed militias near [its city]') keeps the backer too (not yet read).
(kobacked50) A land the language marks before the compound (`backed_land`: Korean '이라크 내 이란이 지원하는 민병대')
comes first, before any state named after it.
"""
from __future__ import annotations

import dataclasses

from readout.pipeline.common import IGO_CODES
from readout.pipeline.act_actors import armed_group_named
from readout.pipeline.act_pairs import last_named
from readout.pipeline.act_recipients import place_items

BACKED_SECTOR = "REB"  # the group's sector when its words name none (rebels, militias, separatists)


def backed_target(r) -> None:
    """Replace the backer among the receiving side by the group's own land (module docstring); `r` is
    act_recipients.SideReading."""
    span = r.hit.data.get("backer_object")
    if not span:
        return
    lo, hi = r.sent.start + span[0], r.sent.start + span[1]
    backers = list(dict.fromkeys(c for i in r.items if lo <= i.span.start < hi for c in i.codes))
    if not backers or not set(backers) & set(r.recipients):
        return
    placed = r.hit.data.get("backed_land")  # kobacked50: a land the language marks before the backer
    named = [c for i in r.items if placed and r.sent.start + placed[0] <= i.span.start < r.sent.start + placed[1]
             for c in i.codes if c not in backers and c not in r.actors and c not in IGO_CODES]
    after = named + [c for i in sorted([*r.items, *place_items(r.article, r.sent)], key=lambda i: i.span.start)
             if i.span.start >= hi for c in i.codes if c not in backers and c not in r.actors and c not in IGO_CODES]
    before = [c for c in last_named(r) if c not in backers]
    land = list(dict.fromkeys(after))[:1] or armed_group_named(r, backers) or (before if len(before) == 1 else [])
    if not land:
        return
    r.recipients = [*land, *(c for c in r.recipients if c not in backers and c not in land)]
    data = {**r.hit.data, "backed_group": tuple(land)}
    data.setdefault("domestic_sector", BACKED_SECTOR)
    r.hit = dataclasses.replace(r.hit, data=data)
