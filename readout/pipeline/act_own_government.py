"""A state's own opposition, party or people judging or protesting its own government, in one rule: the non-state
part of one state that acts (`acting_part`) and the government it addresses (`to_own_government`) are the same state,
a domestic act (PLOVER: the same country on both sides, the part's sector acting, the government receiving).

- `own_government_object`: an act whose object the language marked as a government noun ('the opposition leader
  criticized the government', '야당 대표는 정부를 비판했다');
- `people_own_state`: people whose act's target slot names their own state ('protested against Hungary's new law');
- `own_government`: the opposition's or a party's charge, rejection or protest naming its government after it ('The
  Kenyan opposition accused the government of ...', '케냐 야당 대표는 정부가 국민을 상대로 전쟁을 선포했다고 비판했다');
- `own_vote`: its judgement of a vote held at home ('says the election was illegitimate');
- `own_government_protested`: its people rallying with no foreign state named ('thousands rallied outside parliament');
- `unnamed_protesters`, `forces_rioting`: who holds a protest no one is named for, and arson by forces that is none.

Why one module (unify52): the recipient readers drop a recipient of the actor's own state, so each of these had
been given its own reader in another module, and each asked again who the non-state part was. The reverse, a
government judging its own rebels or party, is `act_recipients_own_side.own_state_group`; a state's force on its own people
is `own_people`.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from readout.lang.base import MUTUAL_TYPES
from readout.sectors import ARMED_MEN_SECTORS, CHARGED_PEOPLE_SECTORS, NON_STATE_SECTORS
from readout.pipeline.common import IGO_CODES
from readout.pipeline.own_people import POPULATION, home_actors, names_other_side
from readout.pipeline.act_recipients import (SideItem, UNDIRECTED, own_state_named, place_items,
    domestic_side, rule_only, targeted)
from readout.pipeline.story_states import home_country

if TYPE_CHECKING:
    from readout.lang.base import ActHit
    from readout.pipeline.act_recipients import SideReading

OWN_GOVERNMENT_JUDGES = frozenset({"ACCUSE", "REJECT", "PROTEST"})  # the acts people address to it
STATE_SIDE_SECTORS = frozenset({None, "GOV"})  # a state's government as the words name it
HOLDER = "GOV"  # who holds a vote no organ is named for: the state itself, its government
VOTERS = frozenset({"LEG"})  # request59: lawmakers who boycott or judge a vote are inside the state that holds it
RULING = "GOV"  # the sector of a government noun the language marked as the act's object ('criticized the government')
PEOPLE = POPULATION  # the sector of a state's people, who protest
PEOPLES_PROTEST = "PROTEST"
# (domestic50) a people's protest is a deed, not a statement: under a wire's home desk its protesters with no state
# word are of the state the story told ('(서울=연합뉴스) X에서 시위가 격화하고 있다. 시위대는 의사당에 불을 질렀다': X's;
# story_states.filed_state's `story_first`), as police and troops are
PEOPLES_DEEDS = frozenset({PEOPLES_PROTEST})


def acting_item(r: SideReading) -> SideItem | None:
    """The first subject item naming the one actor: the part of the state that acts. The first, because a quote's
    own subject after it ('야당 대표는 "정부는 ..."며') is no speaker."""
    if len(r.actors) != 1:
        return None
    return next((i for i, role in zip(r.items, r.roles) if role == "subject" and i.codes == r.actors), None)


def acting_part(r: SideReading) -> str | None:
    """The non-state part of one state that acts (`NON_STATE_SECTORS`): the language's people subject ('protesters'),
    else the sector of the acting subject item ('the opposition'); None for a state body or no one."""
    item = acting_item(r)
    part = r.hit.data.get("people_subject") or (item.sector if item else None)
    return part if part in NON_STATE_SECTORS else None


def to_own_government(r: SideReading, part: str | None, **data) -> None:
    """The one outcome of every reader here: the actor's own state receives the act, a domestic act, with the acting
    part's sector (`people_subject`, which tells the critics apart from the government they judge:
    act_side_entities.sided)."""
    r.recipients, r.domestic = list(r.actors), set(r.actors)
    marks = {**data, **({"people_subject": part} if part else {})}
    if marks:
        r.hit = dataclasses.replace(r.hit, data={**r.hit.data, **marks})


def own_government_object(r: SideReading) -> None:
    """Still no one, for an act whose object the language marked as a government noun (`domestic_sector` GOV:
    'the opposition leader criticized the government', '야당 대표는 정부를 비판했다'): the government of the state
    its span names, else the actor's own, a domestic act. By the words of its object; `own_government` reads the
    same rule by the sides named after the actor, `people_own_state` by the target slot. A state the language barred
    inside the span (`not_recipient_spans`: a relative clause's partner) names no government."""
    if r.hit.data.get("domestic_sector") != RULING or not r.hit.data.get("domestic_target") or r.recipients \
            or r.hit.type in MUTUAL_TYPES:
        return
    if rule_only(r, r.hit.data["domestic_target"]):
        return  # refer42: 'a violation of Security Council resolutions': a rule, no government
    barred = r.hit.data.get("not_recipient_spans", ())  # enrelative70: 'the pact the government signed with X': X is
    items = [i for i in r.items  # the relative clause's partner, no side; the government is the actor's own
             if not any(r.sent.start + lo <= i.span.start < r.sent.start + hi for lo, hi in barred)]
    r.recipients = domestic_side(r.sent, r.hit.data["domestic_target"], items, r.actors)
    r.domestic = set(r.recipients) & set(r.actors)


def people_own_state(r: SideReading) -> None:
    """Still no one, and people act (`people_subject`: 'workers protested against the Greek government's
    reform'): their own state where the target slot names it."""
    if r.hit.data.get("people_subject") and not r.recipients and r.hit.type not in MUTUAL_TYPES | UNDIRECTED:
        r.recipients = own_state_named(r.sent, r.hit, r.items, r.actors) or \
            (own_state_named(r.sent, r.hit, place_items(r.article, r.sent), r.actors)
             if r.hit.data.get("struck_town") else [])  # enattack51: 'Syrian rebels attacked Aleppo': the town's
        # state, the one that holds it (the language's `struck_town`: a town named bare as the attack's object)
        r.domestic = set(r.recipients)


def own_government(r: SideReading) -> None:
    """Still no one, for a judgement whose acting subject is a non-state part of one state (opposition, party,
    people: `NON_STATE_SECTORS`) and which names that same state's government after it (its object or the
    subject of the clause it judges): that government receives it, a domestic act. Not a government item before
    the actor, nor an actor that is a state body itself."""
    acting = acting_item(r)
    if r.recipients or r.hit.type not in OWN_GOVERNMENT_JUDGES or not acting or acting.sector not in NON_STATE_SECTORS:
        return
    if any(i.span.start >= acting.span.end and i.codes == r.actors and i.sector in STATE_SIDE_SECTORS
           for i in r.items):
        to_own_government(r, acting.sector)


def own_official_asked_out(r: SideReading) -> None:
    """(request56) Still no one, for a request that an official leave office ('the opposition demanded that the
    president resign', '야당은 대통령의 퇴진을 요구했다', `Language.asks_exit`) by one state's part, where the sentence
    names no other state: the official is the actor's own, and its government receives the demand (PLOVER REQUEST
    'change', a domestic act). A foreign leader asked to go is named, and read by the clause before this."""
    if r.recipients or len(r.actors) != 1 or r.actors[0] in IGO_CODES or not r.lang.asks_exit(r.hit, r.text) \
            or names_other_side(r.items, r.actors, bodies=False):
        return
    to_own_government(r, acting_part(r), domestic_sector=RULING)


def own_vote(r: SideReading) -> None:
    """Still no one, for a judgement of a vote or election the language marked (`judged_vote`: 'says the election was
    illegitimate', '이번 선거가 불법이라며'): a vote is held at home, so with no state named in its phrase it is the
    speaker's own state's, when the speaker is a non-state part of that state (its opposition, `NON_STATE_SECTORS`) or
    an organ of it owns the vote (`vote_owned`: 'the parliament's vote'). A domestic act (charges50); a state's
    judgement of a vote its phrase does not own ('Washington called the vote a sham') is left to the readers after."""
    span = r.hit.data.get("judged_vote")
    if r.recipients or not span or len(r.actors) != 1:
        return
    lo, hi = r.sent.start + span[0], r.sent.start + span[1]
    if any(lo <= i.span.start < hi and i.codes for i in r.items):
        return  # 'called Belarus's vote a sham': the state named holds it (the clause's readers)
    part = acting_part(r)
    item = acting_item(r)  # request59: '여당 의원 대다수는 표결에 불참했다', 'lawmakers boycotted the vote': their own
    if part or r.hit.data.get("vote_owned") or item and item.sector in VOTERS:  # chamber's vote, at home
        to_own_government(r, part, domestic_sector=r.hit.data.get("domestic_sector") or HOLDER)


def own_government_protested(r: SideReading) -> None:
    """Still no state, for people protesting (`people_subject`: 'thousands rallied outside parliament', '시민 수천
    명이 시위를 벌였다') where the sentence names no foreign state: their own government receives it (PLOVER: the
    same country on both sides, the people's sector acting). An international body read as the recipient only as
    the topic ('protested over the EU talks'), not where the language's target slot names it ('against the EU's
    pact'), gives way to it too."""
    if r.hit.type != PEOPLES_PROTEST or not r.hit.data.get("people_subject"):
        return
    own = home_actors(r)
    topic_body = r.recipients and all(c in IGO_CODES for c in r.recipients) and not targeted_body(r)
    if not own or (r.recipients and not topic_body) or names_other_side(r.items, r.actors, bodies=False):
        return
    r.recipients, r.domestic = own, set(own)
    part = r.hit.data["people_subject"]
    if not r.hit.data.get("domestic_sector") and any(i.codes == own and (i.sector == part or i.sector in
                                                                          CHARGED_PEOPLE_SECTORS) for i in r.items):
        # sanction56: the words naming the people gave their state their own sector ('Argentine unions': LAB on both
        # sides, one party, the recipient dropped): the government receives; an organ named keeps its own ('국회': LEG).
        # conflict54: so do words naming the people with a sector other than the language's people word's ('political
        # prisoners': OPP, the protest's 'prisoners' CVL): with no one else named, they are the protesters, not its
        # recipient
        r.hit = dataclasses.replace(r.hit, data={**r.hit.data, "domestic_sector": RULING})


def targeted_body(r: SideReading) -> bool:
    """Whether the language's target slot of the act ('against ...') names the body read as the recipient."""
    return bool(set(targeted(r.sent, r.hit, r.items, r.actors)) & set(r.recipients))


def unnamed_protesters(r: SideReading) -> tuple[ActHit, list[str]] | None:
    """(domestic50) A protest told with no one holding it ('a rally was held in [a town]', '[도시]에서 ... 집회가
    열렸다', 'protests erupted in X'): the people (`PEOPLE`) of the one state its sentence places it in, by the towns
    and countries it names as places (not a diplomatic post's state: 'outside X's embassy', `Language.owns_a_post`),
    never a place in what it is against (the act's target spans). A country word that is no place ('a rally against
    Chinese fishing') says nothing of where; a protest noun beside the sentence's act is its background, no report of
    its own ('imposed a curfew after a demonstration'). None when the sentence places it in no one state."""
    if r.hit.type != PEOPLES_PROTEST or r.hit.nominal or r.hit.data.get("people_subject"):
        return None  # a protest noun ('imposed a curfew after a demonstration', 'killed in riots') is background
    spans = [(r.sent.start + lo, r.sent.start + hi) for lo, hi in (*r.hit.data.get("target_spans", ()),
                                                                  *r.hit.data.get("protested_spans", ()))]
    places = [SideItem(p.span, [p.country]) for p in r.article.places
              if p.country and r.sent.start <= p.span.start < r.sent.end
              and not any(lo <= p.span.start < hi for lo, hi in spans)
              and not r.lang.owns_a_post(r.article.text, p.span.end)]
    home = home_country(places) or named_home(r)
    if not home:
        return None
    return dataclasses.replace(r.hit, data={**r.hit.data, "people_subject": PEOPLE}), home


def named_home(r: SideReading) -> list[str]:
    """(plover61) With no place named, the one state the sentence's side items name ('a group began collecting
    signatures against the Latvian parliament's law', '... 라트비아 정부에 항의하는 집회를 열었다'): a protest held by a
    group no table knows, whose only state named is an organ of it (its government, its parliament: a side item with a
    sector), is that state's people's (PLOVER's protests
    are a people's against their own government). Not the state of a diplomatic post it gathers at ('outside the X
    embassy', `Language.owns_a_post`), nor an international body; only for the sentence's main clause (a protest in a
    background clause, 'after protests by X groups', is none)."""
    if r.lang.subordinate(r.text, r.tokens, r.hit.start, r.hit.end):
        return []  # 'ordered patrols after violent protests by groups in X': a protest in a background clause
    items = [i for i in r.items if r.sent.start <= i.span.start < r.sent.end
             and not r.lang.owns_a_post(r.article.text, i.span.end)]
    home = home_country(items)
    organ = any(i.sector is not None for i in items)  # 'the Latvian government', '... parliament': an organ named;
    # a bare country word ('a rally against Chinese fishing') says nothing of whose people rallied
    return home if organ and len(home) == 1 and home[0] not in IGO_CODES else []


def forces_rioting(kind: str, mode: str | None, acting: list) -> bool:
    """(domestic50) Whether a riot's acting sides are all armed forces ('the army set fire to villages', '군이 마을에
    불을 질렀다'): PLOVER's PROTEST is a people's, and arson by troops or rebels is none (no protest event)."""
    return kind == PEOPLES_PROTEST and mode == "riot" and bool(acting) \
        and all(getattr(e, "sector", None) in ARMED_MEN_SECTORS for e in acting)
