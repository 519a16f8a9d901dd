"""Recipient readers for an act on the actor's own side: a domestic act's object (an armed group of the actor's own
state, its rule), a group of the actor's own state, its own places, people it holds again, a withdrawal from where it
stood. Each is one entry of act_recipient_readers.RECIPIENT_READERS and reads and sets one `SideReading`.
"""
from __future__ import annotations

from readout.pipeline.act_own_government import RULING
from readout.pipeline.own_people import accusers_people
from readout.pipeline.act_posted_hosts import posted_host
from readout.sectors import ARMED_GROUP_SECTORS, NON_STATE_SECTORS
from readout.pipeline.act_recipients import (MUTUAL, SideItem, SideReading, UNDIRECTED, aimed_at, domestic_side,
                                             hit_mode, holding_kind, own_state_named, place_items, rule_only)

FOUGHT_WITH = frozenset({"ASSAULT"})  # the act types whose 'with' side is the side acted on ('clashed with X')


def domestic_object(r: SideReading) -> None:
    """Still no one, and the act's object is a people or institution noun ('arrested protesters'): the states
    named in it, else the actor's own (a domestic act: the same country on both sides). A government noun
    ('criticized the government') is `act_own_government.own_government_object`'s."""
    if r.hit.data.get("domestic_sector") == RULING:
        return
    if r.hit.data.get("domestic_target") and not r.recipients and r.hit.type not in MUTUAL:
        if rule_only(r, r.hit.data["domestic_target"]):
            return  # refer42: 'calling the launch a violation of Security Council resolutions': a rule, no people
        own = [] if accusers_people(r) else r.actors  # charges51: 'accused B of detaining two fishermen'
        r.recipients = domestic_side(r.sent, r.hit.data["domestic_target"], r.items, own)
        if coalition_site(r, own) or armed_site_elsewhere(r, own):
            r.recipients = []  # people53: '미국 정부와 네덜란드 군대가 비행장을': no attacker's own site
            return
        armed = posted_host(r) or armed_group_before(r) if set(r.recipients) <= set(r.actors) else []
        r.recipients = armed or r.recipients
        r.domestic = set(r.recipients) & set(r.actors)


def coalition_site(r: SideReading, own: list[str]) -> bool:
    """(people53, issue 14) Whether a military site struck whose words name no state (`military_site`: 'an airfield',
    '비행장을') fell back on the actors' own, and the actors are more than one state: a site of the forces is its
    attacker's own for one state (rebels of X striking a base: X's forces, a domestic act), but of which of several
    allied states the words do not say, and made domestic it gave each attacker the sector of the one subject head
    ('미국 정부와 네덜란드 군대가 비행장을 공격했다': the United States' government became its forces). None of them
    receives it then, and each acts with its own words' sector, as English 'The US government and Dutch troops
    attacked an airfield' reads."""
    return bool(r.hit.data.get("military_site")) and len(set(own)) > 1 and set(r.recipients) == set(own)


def armed_site_elsewhere(r: SideReading, own: list[str]) -> bool:
    """(actors54) Whether a bare site an armed group of no state struck (`armed_site`: 'a village', '마을을'), taken
    as the group's own state's, stands in a sentence that names another state too ('Kenya said Somali rebels shelled a
    border village'): the site may be either's, so no one receives it, as before the rule."""
    if not r.hit.data.get("armed_site") or set(r.recipients) != set(own):
        return False
    return any(code not in own for i in r.items if r.sent.start <= i.span.start < r.sent.end for code in i.codes)


def own_victims(r: SideReading) -> None:
    """(victims47) Still no one, and the language marked the people an attack harmed (`victims`: 'A car bomb killed
    three Somali soldiers in Mogadishu'), of the same state as the attacker the place gave: they receive it (a
    domestic attack), as a domestic object does; the harmed are never dropped for sharing the actor's state."""
    if r.recipients or not r.hit.data.get("victims") or r.hit.type in MUTUAL:
        return
    r.recipients = domestic_side(r.sent, r.hit.data["victims"], r.items, r.actors)
    r.recipients = set(r.recipients) <= set(r.actors) and posted_host(r) or r.recipients  # entwins49: an envoy's post
    r.domestic = set(r.recipients) & set(r.actors)


def asked_own_people(r: SideReading) -> None:
    """(request62) A request the language marked as put to a people noun that names no other state (`asked_people`:
    'urged citizens to stay away from protests against B', '국민들에게 B 대사관 앞 시위에 참여하지 말 것을 촉구'): the
    actor's own people receive it (a domestic act), not a state named in what they are asked. An international body
    has no people of its own: what was read stands."""
    if not r.hit.data.get("asked_people") or not r.hit.data.get("domestic_target"):
        return
    own = domestic_side(r.sent, r.hit.data["domestic_target"], r.items, r.actors)
    if own:
        r.recipients = own
        r.domestic = set(own) & set(r.actors)


def armed_group_before(r: SideReading) -> list[str]:
    """'Yemen's Houthi rebels struck a tanker. Seoul urged the rebels to stop': an armed group's noun with no state
    of its own ('the rebels', 'the militants') is the group of that kind the story named acting last, of another
    state than the actor's, not a group of the actor's own state (the domestic reading: 'Peru's army attacked the
    rebels' stays Peru's)."""
    sector = r.hit.data.get("domestic_sector")
    if sector not in ARMED_GROUP_SECTORS:
        return []
    for event in reversed(r.article.events):
        named = [p.country for p in event.participants if p.sector == sector and p.country]
        if named:
            return [] if set(named) <= set(r.actors) else list(dict.fromkeys(c for c in named if c not in r.actors))
    return []


def own_state_group(r: SideReading) -> None:
    """Still no one, and the act's object is a group of the actor's own state that no government body speaks for
    ('Sudan's army accused the Rapid Support Forces', 'the government condemned the rebels' group X'): that part
    of the state receives it, told apart from the actor by its sector. (groups53) A clash's other side ('Malian
    troops clashed with the X Front', '말리군은 X전선과 충돌했다': the 'with' role) is the side an attack acts on, as
    an object is."""
    if r.recipients or r.hit.type in MUTUAL | UNDIRECTED:
        return
    lo, hi = r.hit.data.get("judged_agent") or (0, 0)  # 'condemned an attack by the ELN': the attack's agent
    struck = {"object", "with"} if r.hit.type in FOUGHT_WITH else {"object"}
    groups = [i for i, role in zip(r.items, r.roles) if (role in struck or judged_agent_item(r, i, lo, hi))
              and i.sector in NON_STATE_SECTORS and set(i.codes) <= set(r.actors)]
    if groups:
        r.recipients = list(dict.fromkeys(code for i in groups for code in i.codes))
        r.domestic = set(r.recipients)


def judged_agent_item(r: SideReading, item: SideItem, lo: int, hi: int) -> bool:
    """Whether a side item stands where the language put the agent of the act a condemnation judges."""
    return r.sent.start + lo <= item.span.start < r.sent.start + hi


def own_places(r: SideReading) -> None:
    """Still no one, and repression is placed in the actor's own towns ('imposed a curfew in X'): the
    actor's own people receive it."""
    if r.hit.data.get("own_places") and not r.recipients:
        r.recipients = own_state_named(r.sent, r.hit, place_items(r.article, r.sent), r.actors)
        r.domestic = set(r.recipients)


def held_again(r: SideReading) -> None:
    """Still no one, for a seizure, arrest or release whose clause names no state ('The vessel was seized by a
    navy patrol ship', '선원들을 석방했다', '나포된 지 이틀 만'): the states whose vessel or people the story last told
    seized or freed (`Narrative.held`): the boat or crew the story is about."""
    if not r.recipients and holding_kind(r.hit.type, hit_mode(r)):
        r.recipients = [c for c in r.story.held if c not in r.actors]


def withdrawn_from(r: SideReading) -> None:
    """Still no one, for a withdrawal or ceasefire whose clause names no state ('the soldiers retreated', '북한군은
    군사분계선 이북으로 철수했다'): the side whose act against the withdrawing side was told last, in its sentence or the
    few before ('A fired warning shots at B's soldiers, and they retreated'): whom the withdrawal yields to."""
    if r.recipients or r.hit.type != "RETREAT" or hit_mode(r) not in YIELDING_MODES:
        return
    r.recipients = aimed_at([*r.earlier, *r.context], r.actors)


YIELDING_MODES = frozenset({"withdraw", "ceasefire"})  # a retreat that yields ground or fire to the other side
