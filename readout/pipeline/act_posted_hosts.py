"""(entwins49) An armed group struck in a posted envoy's words is of the envoy's post: "Chad's envoy to Niger said its
troops struck rebel positions" tells of Niger's rebels, not Chad's own.

The language marks the post's words (`envoy_post`, their span: 'envoy to [Niger]') on an act whose subject is the sending
state's forces. Where the target is an armed group (`domestic_sector` REB) that names no state of its own and no
place (the domestic reading would give the actor's own group), the states the post names receive it. enfix49 read the
group's land from a place the sentence names ('near Niamey'); any state or town named after the act word keeps
the reading it gave ('its troops arrested rebels in [a town of its own]': its own rebels).

Language-neutral: it reads only the hit's marks and the side items' spans. The marks are the post's span
(`envoy_post`), or the host's codes where the language read them itself (`envoy_host`; kobacked50: Korean '주소말리아
... 대사는', a host kiwi's mentions do not keep, as act_summons marks '주한 B 대사'); the codes win where both are
marked.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.pipeline.act_recipients import place_items
from readout.sectors import ARMED_GROUP_SECTORS


def posted_abroad(hit: ActHit) -> bool:
    """(debt52) Whether the act's subject is an envoy posted abroad, the post marked in either shape (its words'
    span `envoy_post` or its host's codes `envoy_host`, debt51): the one question the readers of a posted envoy ask
    before they read which shape it is (here `posted_host`, act_actor_defaults.unnamed_actors)."""
    return bool(hit.data.get("envoy_post") or hit.data.get("envoy_host"))


def posted_host(r) -> list[str]:
    """The states the envoy's post names, for an armed group struck with no state of its own (`r`: the act's
    `SideReading`, its recipients so far the actor's own); [] otherwise."""
    host, post = r.hit.data.get("envoy_host"), r.hit.data.get("envoy_post")
    if not posted_abroad(r.hit) or r.hit.data.get("domestic_sector") not in ARMED_GROUP_SECTORS:
        return []
    at = r.sent.start + r.hit.start
    if any(i.span.start >= at and i.codes for i in r.items + place_items(r.article, r.sent)):
        return []  # 'arrested six rebels in [a town]': the place the sentence names after the act is the group's
    if host:  # kobacked50: the host's codes a language read itself ('주소말리아')
        return [c for c in dict.fromkeys(host) if c not in r.actors]
    lo, hi = r.sent.start + post[0], r.sent.start + post[1]
    named = [code for i in r.items if lo <= i.span.start < hi for code in i.codes] + [
        code for c in r.article.countries.get(r.sent.start, ()) if c.start < hi and c.end > lo for code in c.codes]  # a post
    # the side readers set apart ('ambassador in X') is still among the sentence's country mentions
    return [c for c in dict.fromkeys(named) if c not in r.actors]
