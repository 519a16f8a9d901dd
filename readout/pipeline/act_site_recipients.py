"""(entwins49) An attack on a site in a town of the attacker's own state is done to the town's people: 'Rebels attacked a
market in Lagos' (the rebels read as Nigeria's, from the town) hits Nigeria's civilians, not nobody.

The language marks the site's sector (`site_sector`: a market CVL, a shop BUS, a barracks MIL) and the place the site
stands in (`site_place`: the capitalized words after 'in', 'near' or 'outside'). Where no reader before found a
receiving side (the town's state is the actor's, so the clause's readers dropped it), the states the place names
receive the act, a domestic one where they are the actor's; the site's sector is then theirs
(act_target_sectors.site_target_sector). A site with no place named ('attacked a market on Sunday') stays unread.

Why a module of its own: one recipient reader for one mark of the language. Language-neutral: it reads only the hit's
marks and the side items' spans.
"""
from __future__ import annotations

from readout.pipeline.act_recipients import MUTUAL, SideReading, place_items


def struck_site_place(r: SideReading) -> None:
    """Still no one, and the attack's site stands in a place the sentence names: that place's states receive it."""
    place = r.hit.data.get("site_place")
    if r.recipients or not place or r.hit.type in MUTUAL:
        return
    lo, hi = r.sent.start + place[0], r.sent.start + place[1]
    named = [code for i in r.items + place_items(r.article, r.sent) if lo <= i.span.start < hi for code in i.codes]
    if named:
        r.recipients = list(dict.fromkeys(named))
        r.domestic = set(r.recipients) & set(r.actors)


RESTRICT = ("COERCE", "restrict")  # the manual's restriction of movement: a blockade, a cordon


def blockaded_town(r: SideReading) -> None:
    """(meet53) Still no one, for a restriction of movement in a town of another state than the restricting one's ('The
    Greek navy blockaded the port of Izmir', '그리스 해군은 이즈미르 항구를 봉쇄했다'): the town's state receives it, as
    an attack placed there does (struck_place): a port or a town is blockaded against the state it lies in. Any town
    of the act's own clause, nearest the verb first; a town of the actor's own state ('Greek police blockaded the port
    of Piraeus') is a domestic cordon, left to the readers after."""
    if r.recipients or not r.actors or (r.hit.type, r.hit.mode) != RESTRICT:
        return
    left, right = r.lang.clause(r.text, r.tokens, r.hit.start, r.hit.end)
    lo, hi = r.sent.start + left, r.sent.start + right
    towns = [i for i in place_items(r.article, r.sent) if lo <= i.span.start < hi
             and not set(i.codes) & set(r.actors)]
    if towns:
        pos = r.sent.start + r.hit.start
        r.recipients = list(min(towns, key=lambda i: abs(i.span.start - pos)).codes)
