"""A refusal to give up land names the land, not a side (stance52): 'X said the islands are not for sale',
'"Y is not for sale," X said', 'Y는 판매 대상이 아니다'.

The language marks the span that names the land (`claimed_land`, a refused yield's subject). A state named there is
what the claimant wants, neither the speaker (the names inside the span leave the sentence's side items and country
mentions before the actor readers see them) nor whom the speaker refuses, wherever the sentence names it again ('Y is
not for sale and its future is for Y's people'): the manual codes the REJECT at the side whose bid or demand is
refused, which `act_recipients_told.rejected_proposal` finds among the requests, offers and threats just told
(`refused_yield`), once `land_not_refused` has taken the land's states out of the receiving side the clause gave. The
land may be the speaker's own state ('Panama's president said Panama is not for sale'): outside the span it still acts.
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.model import CountryMention, Span


def outside_claimed_land(hit: ActHit, sent: Span, items: list, countries: list[CountryMention]
                         ) -> tuple[ActHit, list, list[CountryMention]]:
    """The hit with the land's states noted (`land_codes`), and the sentence's side items and country mentions less
    those inside the land's words the act marks."""
    spans = [(sent.start + lo, sent.start + hi) for lo, hi in hit.data.get("claimed_land", ())]
    if not spans:
        return hit, items, countries
    def inside(at: int) -> bool:
        return any(lo <= at < hi for lo, hi in spans)
    land = [code for c in countries if inside(c.start) for code in c.codes] \
        + [code for i in items if inside(i.span.start) for code in i.codes]
    hit = dataclasses.replace(hit, data={**hit.data, "land_codes": tuple(dict.fromkeys(land))})
    return hit, [i for i in items if not inside(i.span.start)], [c for c in countries if not inside(c.start)]


def land_not_refused(r) -> None:
    """Before the claimant is looked for: the land's states are not whom a refusal to give up the land refuses
    (`r` is act_recipients.SideReading)."""
    land = r.hit.data.get("land_codes")
    if land:
        r.recipients = [c for c in r.recipients if c not in land]
