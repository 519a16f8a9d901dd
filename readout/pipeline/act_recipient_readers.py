"""Who receives an act: an ordered list of recipient readers (`RECIPIENT_READERS`), each a small function
that applies in one situation and may set or replace the receiving side the readers before it found.

Why a list: the receiving side of an act comes from the first of several sources that applies (the act's
own clause, a target the language pointed at, the other side of the news just reported, the actor's own
people ...). Written as one chain of conditions in `build_act` it could not be read or tested one source
at a time; here each source has a name and a docstring saying when it applies, and their order is
visible in one tuple. The readers share one `SideReading` (what they read, and the sides found so far).
"""
from __future__ import annotations

import dataclasses
from typing import Callable

from readout.model import CALLED_OFF, OCCURRED
from readout.pipeline.act_charges_told import charge_told_before, claim_just_before
from readout.pipeline.act_claimed_land import land_not_refused
from readout.pipeline.act_own_government import (own_government, own_government_object, own_government_protested,
                                                 own_official_asked_out, own_vote, people_own_state)
from readout.pipeline.act_kept_accords import kept_accord_parties
from readout.pipeline.act_actor_defaults import promised_counterparts
from readout.pipeline.act_measure_counterparts import story_counterpart
from readout.pipeline.act_placed_victims import placed_victims
from readout.pipeline.act_pairs import domestic_crisis, every_party, named_pair
from readout.pipeline.act_recalls import recalled_envoy_host
from readout.pipeline.act_reciprocal import fought_both_ways
from readout.pipeline.act_seized_power import seized_power
from readout.pipeline.act_welcomes import welcomed_deed
from readout.pipeline.common import IGO_CODES
from readout.pipeline.narrative import last_of_kind
from readout.pipeline.promised_accords import addressee_among_makers
from readout.pipeline.own_people import (captured_own_town, own_measure_undone, own_people_coerced, own_people_held,
                                         turned_on_own_state)
from readout.pipeline.act_recipients_told import (implied_addressee, answered_provocation, judged_deed,
                                                  rejected_proposal, continued_addressee, replied_to)
from readout.pipeline.act_backed_groups import backed_armed_group
from readout.pipeline.act_answered_groups import answered_own_group
from readout.pipeline.act_backed_targets import backed_target
from readout.pipeline.act_site_recipients import blockaded_town, struck_site_place
from readout.pipeline.remote_doers import owned_back_target
from readout.pipeline.act_recipients_own_side import (asked_own_people, domestic_object, own_victims, own_state_group,
                                                      own_places, held_again,
                                                      withdrawn_from)
from readout.pipeline.act_recipients import (MUTUAL, PROMISED, SideReading, UNDIRECTED, implied_recipients,
                                             place_items, receiving_side, targeted)

MEET_MODE = "meet"  # kopar57: a request or refusal of a meeting or of mediation, aimed at whom it names


def sites_nearby(r: SideReading) -> None:
    """First, for a strike: a state named only as the owner of a site it landed near ('struck a village near the
    Irish peacekeepers' base', '아일랜드군 부대 주둔지 인근 마을을 공습') is where it landed, not whom it hit: no
    reader after this one sees it."""
    if r.hit.type not in PLACED_TYPES:
        return
    near = [i for i in r.items if r.lang.names_a_site_nearby(r.text, i.span.start - r.sent.start,
                                                             i.span.end - r.sent.start)]
    if not near:
        return
    r.roles = [role for i, role in zip(r.items, r.roles) if i not in near]
    r.items = [i for i in r.items if i not in near]
    target = r.hit.data.get("domestic_target")  # '[아일랜드군 부대 주둔지 인근 마을]을': no people of the state struck
    if target and any(target[0] <= i.span.start - r.sent.start < target[1] for i in near):
        r.hit = dataclasses.replace(r.hit, data={k: v for k, v in r.hit.data.items() if k != "domestic_target"})


def clause_recipients(r: SideReading) -> None:
    """First, for every act but a show of force: the other states in the act's own clause (`receiving_side`),
    less those the actor meets in this sentence (who the actor meets is not the act's target; but a relative clause's deed
    of the one met, `relative_deed`, and a deed told as done before (`background`) may be aimed at the other side of the
    meeting). A meeting called off
    meets no one: 'refused to attend talks with X' is aimed at X. A show of force the language marks as aimed at a
    side (`aimed_show`: warning shots fired at a boat, '어선에 경고사격') takes its clause's side too."""
    if r.hit.type in UNDIRECTED and not r.hit.data.get("aimed_show"):
        return
    partners = {p.country for e in r.meetings if e.status != CALLED_OFF for p in e.participants} - set(r.actors)
    if r.hit.data.get("relative_deed") or r.hit.data.get("background"):  # counterparts64: 'met the envoy of X, which
        # has criticized Y': the relative tells X's own deed, not one done at the meeting; so does a deed told as earlier
        # (background: '[B 대사를 소환한] A는 B와의 회담을 제안했다'), so the one met may have received it
        partners = set()
    partners -= named_past_meeting(r)  # relatives66: 'met X's envoy and criticized X's tariffs': the second verb's own
    # object names the one met, and X receives it
    if r.hit.type == "REQUEST" and r.hit.mode == "meet":  # proposals65: 'A는 B와 회담을 제안했다', 'called for talks
        # with B': the meeting still ahead is the one proposed, and its other side is the one asked to meet
        partners -= {p.country for e in r.meetings if e.status != OCCURRED for p in e.participants}
    partners |= go_betweens(r)  # kopar57: 'Through Q's mediation, A and B swapped prisoners' ('Q의 중재로'): the
    # go-between receives nothing of what the sides do, as it does none of it (act_actors: mediators_named)
    r.recipients = [c for c in receiving_side(r.lang, r.text, r.tokens, r.sent, r.hit, r.items, r.roles, r.actors,
                                              r.settings) if c not in partners]


def go_betweens(r: SideReading) -> set[str]:
    """(kopar57) The states of the side items the language reads as a go-between ('under Kenyan mediation', 'X의
    중재로': `Language.names_a_mediator`), less the actors. A call for, or a refusal of, the mediation itself (mode
    meet: CAMEO 108 'demand mediation', 126 'reject mediation': 'Chile asked for Brazil's mediation') is aimed at the
    go-between, which then receives it: none."""
    if r.hit.mode == MEET_MODE:
        return set()
    return {code for i in r.items for code in i.codes if code not in r.actors and r.lang.names_a_mediator(
        r.text, i.span.start - r.sent.start, i.span.end - r.sent.start)}


NAMING_LABELS = frozenset({"country", "person"})  # side items that name a party (not a group word standing for one)


def named_past_meeting(r: SideReading) -> set[str]:
    """(relatives66) The states the act's own object names on the language's receiving side of the act word with no
    meeting word of the sentence between them ('met X's envoy and criticized X's tariffs', 'X 대사를 만나 X의 규제를
    비판했다'): the one met named again in the object of the coordinated verb, which the act is aimed at. A state named
    past a meeting word ('criticized the move after meeting X's envoy', '규제를 비판했다' before '만났다') stays the one
    met; a meeting whose word is not known shields as before. Only a name counts, a state's or a person's: a group word
    ('양측에', 'both sides') stands for the pair met and names no one again."""
    triggers = [e.trigger_at for e in r.meetings if e.trigger_at is not None]
    if not triggers or len(triggers) < len(r.meetings):
        return set()
    start, end = r.sent.start + r.hit.start, r.sent.start + r.hit.end
    after = r.lang.recipients_side() == "after"
    own = [i for i in r.items if i.span.label in NAMING_LABELS
           and (i.span.start >= end if after else i.span.end <= start)
           and not any((end <= t < i.span.start) if after else (i.span.end <= t < start) for t in triggers)]
    return {code for i in own for code in i.codes}


def answered_show_of_force(r: SideReading) -> None:
    """A show of force the language reads as a response ('in response to the drills'): aimed at the state
    that mobilized before it in the story; so is warning fire whose clause names no one warned ('X's soldiers crossed
    the line and our troops fired warning shots'). So is forces scrambled (`reaction`, drills42: 'Y scrambled jets',
    'Y는 전투기를 출격시켰다' after X's drills): a scramble answers the show of force told before it."""
    if r.hit.type in UNDIRECTED and (r.lang.response_act(r.text, r.hit.start, r.hit.end) or r.hit.data.get("reaction")):
        r.recipients = [c for c in r.story.previous_mobilizer if c not in r.actors]
    elif r.hit.type in UNDIRECTED and r.hit.data.get("aimed_show") and not r.recipients:
        r.recipients = implied_recipients(r.context, r.actors) \
            or [c for c in r.story.previous_mobilizer if c not in r.actors]


def mutual_parties(r: SideReading) -> None:
    """A mutual act ('A agreed with B'): the 'with' party acts too and no one receives; but a promise of aid,
    a release or a concession is made to the one it would reach, and what cooperation hands over
    ('extradited a suspect to X') reaches the state the language points at; an intent the language says is stated to
    someone (`addressee`: 'will visit X', an offer to host A and B) is made to the one its clause names."""
    if r.hit.type not in MUTUAL:
        return
    inside = r.hit.data.get("partner_spans", ())  # 'B와의 포로 교환에 합의': the partner inside the agreed matter
    partners = [code for i, role in zip(r.items, r.roles) if role == "with" or any(
        r.sent.start + lo <= i.span.start < r.sent.start + hi for lo, hi in inside) for code in i.codes]
    between = [code for i, role in zip(r.items, r.roles) if role == "between" for code in i.codes]
    stated = r.hit.data.get("stated_type")
    to = r.hit.data.get("promised_to")  # support66: 'support to B in its dispute with C': C is B's phrase, no partner
    if stated in PROMISED and to:
        partners = [code for i, role in zip(r.items, r.roles) if role == "with" and not (
            r.sent.start + to[0] <= i.span.start < r.sent.start + to[1]) for code in i.codes]
    if stated == "RETREAT":  # a retreat promised: the state owning the people to be released ('Chilean fishermen')
        partners = []  # is the one the promise reaches, not a maker (docs/coding-choices.md)
    r.actors = list(dict.fromkeys([*r.actors, *partners]))
    r.recipients = [c for c in r.recipients if c not in r.actors] if stated in PROMISED or r.hit.data.get("addressee") \
        else targeted(r.sent, r.hit, r.items, r.actors) if "COOPERATE" in (r.hit.type, stated) else []
    r.recipients = list(dict.fromkeys([*r.recipients, *(c for c in between if c not in r.actors)]))  # 'mediate between'
    if stated in PROMISED and addressee_among_makers(r.sent.start, r.hit.data.get("promised_to"), r.items, r.actors):
        r.recipients = []  # support66: promised to one of its makers read as a pair: the pair's accord
    if stated in PROMISED and not r.recipients and not to and r.hit.status == OCCURRED:
        r.recipients = promised_counterparts(r.actors, r.meetings)  # meet52b: a promise at a meeting is made to the
        # one met, no co-maker ('A visited B and pledged support')


def failed_mutual(r: SideReading) -> None:
    """A mutual act the sentence says failed ('A and B failed to agree', read as REJECT) with several actors
    and no one else named: each side rejects the other."""
    if r.hit.type not in MUTUAL and r.hit.data.get("stated_type") in MUTUAL and len(r.actors) > 1 \
            and not r.recipients:
        r.recipients = list(r.actors)


def language_target(r: SideReading) -> None:
    """The language pointed at the target (`target_spans`: a passive's subject, a target preposition, the one
    asked): the states named there, else the towns there as their states, beat the nearest name (not for
    a mutual act, unless the language marked the span as the one a promise or offer is made to: `addressee`)."""
    named = targeted(r.sent, r.hit, r.items, r.actors) \
        or targeted(r.sent, r.hit, place_items(r.article, r.sent), r.actors)
    if named and (r.hit.type not in MUTUAL or r.hit.data.get("stated_type") in PROMISED
                  or r.hit.data.get("addressee")):
        r.recipients = named  # a promise of aid reaches whom the aid would; an offer, the one it is made to


def refused_measure_maker(r: SideReading) -> None:
    """(request57) A measure said not to be applied ('would not apply the EU sanctions on X', the language's
    `refused_measure`) refuses its maker, not its target: the states its clause names other than the measure's target
    (the bloc owning the sanctions), else the side whose sanction the story told last; the target only when neither
    is known."""
    if not r.hit.data.get("refused_measure"):
        return
    aimed = set(targeted(r.sent, r.hit, r.items, r.actors))
    makers = [c for c in receiving_side(r.lang, r.text, r.tokens, r.sent, r.hit, r.items, r.roles, r.actors,
                                        r.settings) if c not in aimed] \
        or [c for c in last_of_kind(r.story.measures, (("SANCTION", None),), r.actors) if c not in r.actors]
    r.recipients = makers or r.recipients


def asked_body(r: SideReading) -> None:
    """(council45) A demand put to a body by its bare noun ('demanded that the council set a deadline': the language's
    `body_head`) asks the body of the codes the language gives that noun (`body_back_codes`) that the story named last
    before the act word, however far back ('the U.N. Security Council'), not the state named nearest the verb; a
    story that named no such body keeps what was read."""
    head = r.hit.data.get("body_head")
    allowed = set((r.lang.lex.get("body_back_codes") or {}).get(head, ())) if head else set()
    if not allowed:
        return  # most acts put no demand to a body: no need to read the story's earlier sentences
    here = r.sent.start + r.hit.start  # convened48: or earlier in this sentence, a body no side item holds
    named = [code for s in r.article.sentences if s.start <= r.sent.start
             for c in r.article.countries.get(s.start, ()) if c.start < here for code in c.codes if code in allowed]
    named += [code for i in r.items if i.span.start < here for code in i.codes if code in allowed]
    if named and named[-1] not in r.actors:
        r.recipients = [named[-1]]


def struck_place(r: SideReading) -> None:
    """Still no one, for an attack placed in a town or region of another state than the attacker's ('Russian drones
    struck an energy facility in Kharkiv', 'jets struck targets in Gaza'): that state receives it. Only a place
    where something happens (a locative) in the act's own clause, nearest the verb first; (acts58) not one the language
    barred from the act's recipients (`not_recipient_spans`: 'X's shelling of camps drew protests from Y': Y protested,
    its name is no place the shells landed)."""
    if r.hit.type not in PLACED_TYPES or r.hit.mode not in REMOTE_MODES or r.recipients:
        return  # fighting on the ground ('engaged in combat in X') may be on an ally's soil
    left, right = r.lang.clause(r.text, r.tokens, r.hit.start, r.hit.end)
    lo, hi = r.sent.start + left, r.sent.start + right
    barred = r.hit.data.get("not_recipient_spans", ())
    places = [p for p in r.article.places if lo <= p.span.start < hi and p.span.data.get("locative")
              and p.country and p.country not in r.actors and p.country not in IGO_CODES
              and not any(r.sent.start + a <= p.span.start < r.sent.start + b for a, b in barred)]
    if places:
        pos = r.sent.start + r.hit.start
        r.recipients = [min(places, key=lambda p: abs(p.span.start - pos)).country]


def struck_adversary(r: SideReading) -> None:
    """Still no one, for an attack whose target the language found but that names no state and no place of one ('two
    civilians were killed by X fire', 'X's troops had targeted several villages', 'strikes on militant camps'): the
    other side of the last attack the story told between the actor and another state, done by or to the actor (force9).
    A story with no such attack leaves it unaimed."""
    struck = ("target_spans", "victims", "passive_object_token")  # a target, victims, or a passive's sufferer
    if r.recipients or r.hit.type not in PLACED_TYPES or not any(key in r.hit.data for key in struck):
        return
    for event in reversed(r.article.events):
        if event.type not in PLACED_TYPES:
            continue
        doers = {p.country for p in event.participants if p.country}
        struck = {p.country for p in event.recipients if p.country}
        other = struck if doers & set(r.actors) else doers if struck & set(r.actors) else set()
        other -= set(r.actors)
        if other:
            r.recipients = sorted(other)
            return


PLACED_TYPES = frozenset({"ASSAULT"})  # a strike lands on the state where it lands
REMOTE_MODES = frozenset({"aerial", "drone", "heavy-weapons"})  # the manual's modes of fire from afar


def meeting_counterpart(r: SideReading) -> None:
    """A request for help or a statement of support made at a meeting with no one named to receive it ('이 대통령은
    회담에서 ... 지지해 달라고 요청했다', 'During the talks, Lee asked for support for dialogue with North Korea'):
    the actor's counterparts at that meeting receive it; a state in what it is about is its topic, not its
    addressee. A demand that someone change course ('urged a halt to X's tests') keeps the state it names."""
    if conditional_threat(r):
        return
    asking = r.hit.type == "REQUEST" and r.lang.asks_for_help(r.hit, r.text)
    addressed = r.hit.type in COUNTERPART_TYPES or r.lang.asks_directly(r.hit) \
        or r.hit.data.get("remorse")  # '회담하고 재발 방지를 요청했다'; remorse voiced at a meeting (acts47)
    open_ = r.hit.data.get("addressee_open") and not r.recipients  # '...공급해 달라고 당부했다': an ask put to the
    # listener whose content's subject is a matter, no party (the language's mark); the one met receives it
    if not (asking or addressed and not r.recipients) or r.hit.data.get("target_spans") and not open_ \
            and not (addressed and matter_only(r)) \
            or r.hit.data.get("pair_sides"):  # 'both sides': a pair, not the one met (act_pairs.named_pair)
        return
    for meeting in [*r.meetings, *([r.story.meeting] if r.story.meeting else [])]:
        parties = [p.country for p in meeting.participants if p.country]
        if set(r.actors) & set(parties):
            others = [c for c in dict.fromkeys(parties) if c not in r.actors]
            if others:
                r.recipients = others
            return


def matter_only(r: SideReading) -> bool:
    """(fresh36) Whether a direct ask's target spans name no side but the asker's, only what is asked ('A를 만나 휴전
    연장을 요구했다': the extension): the ask is put to the one met, as when no span was marked."""
    return not targeted(r.sent, r.hit, r.items, r.actors) and not any(
        r.sent.start + lo <= i.span.start < r.sent.start + hi for lo, hi in r.hit.data.get("target_spans", ())
        for i in r.items if not i.codes or not set(i.codes) <= set(r.actors))  # the asker's own words are no addressee


COUNTERPART_TYPES = frozenset({"SUPPORT"})  # support stated at a meeting with no one named: the one met


def conditional_threat(r: SideReading) -> bool:
    """(threat58) A threat with a condition, put in a call or a meeting of its own sentence that names no one to
    receive it ('called the two leaders and warned he would halt trade talks if the fighting went on', 'A, B 정상과
    통화하며 교전이 계속되면 무역 협상을 하지 않겠다고 압박했다'): the condition is put to those spoken to, every
    counterpart of the sentence's meetings (one meeting per counterpart). An unconditional warning voiced at a
    meeting (allies warning a third side together), or a condition naming a side of its own, is not read this way.
    Whether it applied: then the other readers of the one met are skipped."""
    if r.recipients or r.hit.type != "THREATEN" or not r.hit.data.get("conditions") or r.hit.data.get("pair_sides") \
            or targeted(r.sent, r.hit, r.items, r.actors):
        return False
    met = [p.country for m in r.meetings if set(r.actors) & {p.country for p in m.participants}
           for p in m.participants if p.country and p.country not in r.actors]
    r.recipients = list(dict.fromkeys(met))
    return bool(met)


def captor_asked(r: SideReading) -> None:
    """Still no one, for a demand that someone be released that names no holder ('called for the immediate release of
    the president'): the side whose seizure or arrest the story told last holds him, other than the one asking; for a
    coup told as 'soldiers detained the president' the soldiers' state (its own officials held at home)."""
    if r.recipients or not r.hit.data.get("release_demand"):
        return
    captors = last_of_kind(r.story.measures, (("COERCE", "arrest"), ("COERCE", "seize")), r.actors)
    r.recipients = [c for c in captors if c not in r.actors]


def warned_holders(r: SideReading) -> None:
    """Still no one, for a warning naming no one by the side whose seizure or arrest the story told last ('X seized
    B's trawlers ... X's coast guard chief warned "illegal fishing will meet zero tolerance"'): aimed at the state
    whose vessel or people it holds (`Narrative.held`), not at whoever acted in the sentence before."""
    if r.recipients or r.hit.type != "THREATEN" or not r.hit.data.get("unaddressed") or not r.story.held:
        return
    captors = last_of_kind(r.story.measures, (("COERCE", None),))
    if set(captors) & set(r.actors):
        r.recipients = [c for c in r.story.held if c not in r.actors]


BROKERED_TYPES = frozenset({"REQUEST", "REJECT"})  # calls and refusals voiced by parties who met under a go-between


def broker_unasked(r: SideReading) -> None:
    """Last, for a request or a rejection: a state the sentence names, before the act word, as the go-between under
    whom the parties met ('A and B met in X with the mediation of C and called on D ...', 'C의 중재로 만나 ... 촉구했다':
    `Language.names_a_broker`) is neither a voice nor an addressee of their call; one asked for its mediation is named after the verb or
    as its object ('asked for C's mediation', 'C의 중재를 요청했다') and stays."""
    if r.hit.type not in BROKERED_TYPES:
        return
    brokers = {code for i in r.items if i.span.start - r.sent.start < r.hit.start for code in i.codes
               if r.lang.names_a_broker(r.text, i.span.start - r.sent.start, i.span.end - r.sent.start)}
    r.recipients = [c for c in r.recipients if c not in brokers]
    if any(a not in brokers for a in r.actors):  # 'Under C's mediation, A and B called on D ...': C voiced nothing
        r.actors = [a for a in r.actors if a not in brokers]


RECIPIENT_READERS: tuple[Callable[[SideReading], None], ...] = (
    sites_nearby, clause_recipients, answered_show_of_force, mutual_parties, failed_mutual, language_target,
    refused_measure_maker, asked_own_people, backed_target, asked_body,
    struck_place, blockaded_town, struck_adversary,
    meeting_counterpart, seized_power, warned_holders, captor_asked, kept_accord_parties, implied_addressee, named_pair, domestic_crisis,
    every_party,
    own_government_object, placed_victims, domestic_object, own_victims, struck_site_place, backed_armed_group, people_own_state, own_state_group, own_government,
    own_official_asked_out,
    own_vote, owned_back_target, own_places, held_again,
    own_people_held, turned_on_own_state, captured_own_town, withdrawn_from, recalled_envoy_host, land_not_refused,
    rejected_proposal, charge_told_before, continued_addressee, welcomed_deed, replied_to, answered_provocation,
    judged_deed, answered_own_group, fought_both_ways, own_people_coerced, own_government_protested, claim_just_before,
    story_counterpart, own_measure_undone, broker_unasked)


def read_recipients(r: SideReading) -> SideReading:
    """Run the recipient readers in order on one act's reading; returns it with its sides."""
    for reader in RECIPIENT_READERS:
        reader(r)
    return r
