"""The sides of a use of force each side wages on the other ('A and B exchanged fire', 'A clashed with B', 'a
firefight between A and B', 'A와 B가 교전을 벌였다'): every side is an actor and a target.

Why: the readers before read such a fight as any act, one side acting and the other receiving ('A clashed with B':
A on B) or as a mutual act with no receiving side ('A and B clashed'). PLOVER's reciprocal ASSAULT has each side
attack the other, and analysts code it with both sides on both sides; a clash read one way made the side that fired
back only a victim, and one read with no target matched no coded event (clash49). The language says which triggers
name such a fight (`Language.fought_both_ways`).
"""
from __future__ import annotations

from readout.lang.base import CONFLICT_SIDES
from readout.pipeline.common import IGO_CODES, countries_in

FOUGHT = "ASSAULT"  # the type of a fight whose sides a later side-less one may take
BOTH_SIDES = CONFLICT_SIDES  # a fight of each on the other has two sides


def fought_both_ways(r) -> None:
    """Last reader (`r`: act_recipients.SideReading): a reciprocal fight has its two sides on both sides: its actors
    when it has two or more ('A and B clashed'), else its actor and its target ('A clashed with B'). A fight of one
    state's own parts ('police clashed with protesters': a domestic act) keeps its reading."""
    if r.domestic or not r.lang.fought_both_ways(r.hit, r.text):
        return
    sides = list(r.actors) if len(r.actors) >= BOTH_SIDES else list(dict.fromkeys([*r.actors, *r.recipients]))
    if len(sides) >= BOTH_SIDES:  # (the two that fight: a target read beside two actors is a word for them again)
        r.actors, r.recipients = sides, list(sides)


def warring_pair(r, countries: list, actors: list[str], ctx) -> list[str]:
    """The sides of a reciprocal fight whose sentence names fewer than two ('The clashes began on Thursday near the
    temples.', 'a soldier of A was killed in a brief exchange of fire', '교전은 지난 3일 시작됐다'): the two states at war
    the story told before, when they are unambiguous: the sides of the latest fight it reported between two states,
    else the two states of the last sentence naming exactly two (as 'the two countries', '양국' are read). Only where
    the sentence names no other state (one it names is a party or a target the readers place), and only a pair that
    holds the side the sentence does name (`actors`, `r`: act_recipients.SideReading). A state named as a go-between
    ('hosted by X', 'X의 중재로': `Language.names_a_mediator`) is no side and names none. Sides read from a word for
    them ('양국은 ... 교전을 시작해', 'the two countries traded fire') are the two of the fight told before, when one was:
    the states last named together may be a meeting's guests ('미국 대사와 중국 대사도 참석했다')."""
    if not r.lang.fought_both_ways(r.hit, r.text):
        return actors
    go_betweens = mediators_named(r, countries)
    actors = [a for a in actors if a not in go_betweens]  # '교전은 X의 중재로 ... 멈췄다': X fought no one
    named = {code for c in countries for code in c.codes if code not in IGO_CODES} - go_betweens
    if len(actors) >= BOTH_SIDES and set(actors) <= named:
        return actors  # the sentence names its sides
    if len(actors) >= BOTH_SIDES:  # sides read from a word for them ('양국은', 'the two countries'): the fight told
        pair = fought_before(r.article.events)  # (holding any state the sentence names: 'A국 B주의 사원 인근에서')
        return pair if len(pair) == BOTH_SIDES and named <= set(pair) else actors
    if named - set(actors):
        return actors  # a state the readers place
    pair = fought_before(r.article.events) or pair_named_before(r.article, r.story.index, ctx)
    return pair if len(pair) == BOTH_SIDES and set(actors) <= set(pair) else actors


def sideless_fight(r, actors: list[str]) -> bool:
    """(actors54b) Whether a reciprocal fight (`Language.fought_both_ways`) whose one state was left over from the
    sentence, no owner of the noun and no target read, still has fewer than two sides after `warring_pair`: 'Clashes
    broke out in X', 'X에서 교전이 이어졌다'. Such a state is where the fight was, not a side of it (who fought whom is
    not told), so the act has no acting side: an ASSAULT with one state and no one attacked was X's government on
    no one. A fight with a target read ('clashes with X') or a pair the story told keeps its sides."""
    return r.lang.fought_both_ways(r.hit, r.text) and len(actors) < BOTH_SIDES \
        and not r.hit.data.get("target_spans")


def mediators_named(r, countries: list) -> set[str]:
    """The states the sentence names as go-betweens ('hosted by X', 'under Kenyan mediation', 'X의 중재로':
    `Language.names_a_mediator`)."""
    return {code for c in countries for code in c.codes
            if r.lang.names_a_mediator(r.text, c.start - r.sent.start, c.end - r.sent.start)}


def brokers_dropped(r, countries: list, actors: list[str]) -> list[str]:
    """`actors` less the states the sentence names as the go-between under whom a deed was done ('Under Turkish
    mediation, the two sides exchanged prisoners', 'after mediation by Turkey': `Language.names_a_broker`), even when
    none is left (acts59b): the broker did not do the deed, and the sides come from the story or nowhere. Narrower
    than `mediators_named`, which also reads 'Qatari mediators proposed ...', whose mediators are the proposers."""
    brokers = brokers_named(r, countries)
    return [a for a in actors if a not in brokers]


def brokers_named(r, countries: list) -> set[str]:
    """The states the sentence names as the go-between under whom its deed was done (`Language.names_a_broker`):
    no doer of the deed, nor the home of people with no state of their own doing it ('With Egyptian mediation, the
    rebels freed ten hostages': acts59b)."""
    return {code for c in countries for code in c.codes
            if r.lang.names_a_broker(r.text, c.start - r.sent.start, c.end - r.sent.start)}


def fought_before(events: list) -> list[str]:
    """The two states of the latest use of force reported between two states (a domestic one has one)."""
    for event in reversed(events):
        sides = list(dict.fromkeys(e.country for e in [*event.participants, *event.recipients] if e.country))
        if event.type == FOUGHT and len(sides) == BOTH_SIDES:
            return sides
    return []


def pair_named_before(article, index: int, ctx) -> list[str]:
    """The states of the last sentence before sentence `index` naming two or more, when they are exactly two."""
    for sent in reversed(article.sentences[:index]):
        codes = list(dict.fromkeys(code for c in countries_in(article, sent, ctx) for code in c.codes
                                   if code not in IGO_CODES))
        if len(codes) >= BOTH_SIDES:
            return codes if len(codes) == BOTH_SIDES else []
    return []
