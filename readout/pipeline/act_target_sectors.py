"""(enfollow48) A receiving state named outside the act's target takes the target's sector, not another phrase's.

'X froze the assets of officials over the killing of protesters in Y': the language marks the act's target ('of
officials', `domestic_target`) with its people's sector (`domestic_sector` GOV), but the target names no state; the
state comes from another phrase of the sentence ('protesters in Y'), whose people noun gave that mention its own
sector (CVL). The receiving side is the target's people, so its sector is the target's. Only a sector another phrase
gave is replaced: a state named inside the target ('of Iranian officials') keeps its words' sector, and a mention with
no sector of its own (a bare place, 'in Y') keeps none, as before, except for an armed group's target (enfix49: 'struck
rebel positions in Y': Y's rebels, REB, where the state's sector was given) and for the people an attack harmed
(victims49: 'killed five villagers near a town of Y': Y's civilians, CVL; farmers: AGR; soldiers: MIL). (koattack50)
A state named bare inside an attack's target as the owner of the people or place struck ('미얀마의 마을을 포격했다', '[X
도시의] 마을을'), its words giving no sector, takes the target's: Myanmar's villagers, CVL, as English 'shelled a
Myanmar village' reads them, not its government.
Language-neutral: it reads only the hit's marks and the side items' spans.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.pipeline.act_placed_victims import ATTACK_TYPES
from readout.sectors import ARMED_GROUP_SECTORS

if TYPE_CHECKING:
    from readout.lang.base import ActHit
    from readout.pipeline.act_recipients import SideItem


def outside_target_sector(code: str, hit: ActHit, items: list[SideItem], offset: int) -> str | None:
    """The target's sector for receiving state `code` when every item naming it with a sector lies outside the
    act's marked target and gives another sector (module docstring); None otherwise. `offset`: the sentence's start
    (the hit's spans are the sentence's, the items' the article's)."""
    sector, span = hit.data.get("domestic_sector"), hit.data.get("domestic_target")
    if not sector or not span:
        return site_target_sector(code, hit, items, offset)
    lo, hi = offset + span[0], offset + span[1]
    named = [i for i in items if code in i.codes]
    inside = [i for i in named if lo <= i.span.start < hi]
    if inside:  # the target names the state itself: its words' sector stands; koattack50: a bare owner of the people
        # force struck ('[미얀마의] 마을을 포격했다', 'shelled a Myanmar village'), whose words give no sector, is those people
        return sector if hit.type in ATTACK_TYPES and not any(i.sector for i in inside) else None
    sectors = {i.sector for i in named if i.sector}
    if not sectors:  # enfix49: 'struck rebel positions in X' (or near a town of X): a bare place gives an armed
        # group's target its land; entwins49: 'shelled an army base in X' (the language's `military_site`): X's
        # forces; victims49: 'killed five villagers near a town of Y': Y's villagers (CVL), not its government;
        # kotwins49: a site of trade or worship struck in a place no item names, its people
        if sector in ARMED_GROUP_SECTORS or hit.data.get("military_site") or placed_victims_sector(hit, sector):
            return sector
        return site_target_sector(code, hit, items, offset)
    return sector if sector not in sectors else None


def site_target_sector(code: str, hit: ActHit, items: list[SideItem], offset: int) -> str | None:
    """(enfix49) The sector of the site an attack landed on (the language's `site_sector`: 'shelled a market in X',
    CVL) for receiving state `code` when no item on the target's side names it with a sector of its own (a town or a
    bare state name); None otherwise: 'struck Ukrainian soldiers at a market' keeps the soldiers' sector. (enattack51)
    The attackers' own words do not count ('Afghan rebels attacked an airport in Kandahar': the rebels' REB is theirs,
    the airport still the state's): an item before an active act's word, or after a passive's."""
    site = hit.data.get("site_sector")
    if not site or any(i.sector for i in items if code in i.codes and not attackers_item(i, hit, offset)):
        return None
    return site


def attackers_item(item: SideItem, hit: ActHit, offset: int) -> bool:
    """Whether `item` stands on the attackers' side of the act word: before it in an active clause, after it in a
    passive one ('an airport was attacked by rebels'). `offset`: the sentence's start."""
    at = offset + hit.start
    return item.span.start >= offset + hit.end if hit.data.get("passive") else item.span.start < at


def placed_victims_sector(hit: "ActHit", sector: str) -> bool:
    """(victims49) Whether the people an attack harmed ('killed five villagers', '농민 2명을 살해했다': CVL, AGR)
    give their sector to a state only a place named: any the language read for an attack's target."""
    return hit.type in ATTACK_TYPES and bool(sector)
