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

from dataclasses import dataclass, field
from typing import Callable

from readout.lang.base import MUTUAL_TYPES, ActHit
from readout.model import Article, Entity, Event, Span
from readout.pipeline.act_charges_told import charge_told_before
from readout.pipeline.act_claimed_land import land_not_refused
from readout.pipeline.act_own_government import (RULING, own_government, own_government_object, own_government_protested,
                                                own_vote, people_own_state)
from readout.pipeline.act_pairs import domestic_crisis, named_pair, principal_pair, sentence_pair
from readout.pipeline.act_recalls import recalled_envoy_host
from readout.pipeline.act_reciprocal import fought_both_ways
from readout.pipeline.act_seized_power import seized_power
from readout.pipeline.act_welcomes import deed_before, lead_doers, welcomed_deed
from readout.pipeline.common import IGO_CODES
from readout.pipeline.narrative import last_of_kind
from readout.pipeline.own_people import NON_STATE, own_people_coerced, own_people_held, turned_on_own_state

VERBAL = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "AGREE", "SUPPORT", "CONCEDE", "PROTEST"}  # said
MUTUAL = MUTUAL_TYPES  # both sides act: the other party joins the actors
PROMISED = {"AID", "RETREAT", "CONCEDE", "SUPPORT"}  # read as AGREE when future: 'would send aid to X'
UNDIRECTED = {"MOBILIZE"}  # a show of force has no receiving side, unless it answers another
ADDRESSED = {"REQUEST"}  # a request has a receiving side only where its lexicon entry gives it a slot
CALLED_OFF = "cancelled"  # the status of a meeting that did not take place
ANSWERED = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}  # what appeals answer
MEASURES = {"SANCTION", "COERCE", "REJECT", "THREATEN"}  # what 'the decision', 'the measure' answers: no use of force
JUDGED_MEASURES = ("SANCTION", "COERCE")  # the measures the story keeps (`Narrative.measures`) for 'the measures'
JUDGED_ACCORDS = ("AGREE",)  # the accords the story keeps beside them for 'concerned about the pact': its parties
JUDGED_REFUSALS = ("REJECT",)  # (refer42) and the refusals, for 'denounced the veto', '거부권 행사를 비난': the vetoer
KEPT_ACTS = JUDGED_MEASURES + JUDGED_ACCORDS + JUDGED_REFUSALS  # every act kind `Narrative.measures` holds


class SideItem:
    """A name that can stand for a state on either side of an act: a person, a group word or a country,
    with the PLOVER sector its words give (a general MIL, 'Syrian rebels' REB; None: the government), and the
    person it names, if one (what an act's voice is read from: pipeline/statement_voice.py)."""

    def __init__(self, span: Span, codes: list[str], sector: str | None = None, person: Entity | None = None):
        self.span, self.codes, self.sector, self.person = span, codes, sector, person


def targeted(sent: Span, hit: ActHit, items: list[SideItem], actors: list[str]) -> list[str]:
    """The states named where the language says the act's target stands (`target_spans`, best first:
    the one asked or warned in a complement clause, the owner of what is condemned), other than the
    actors: the first span that names one."""
    for lo, hi in hit.data.get("target_spans", ()):
        lo, hi = sent.start + lo, sent.start + hi
        named = list(dict.fromkeys(code for i in items if lo <= i.span.start < hi or i.span.label == "country"
                                   and i.span.start < lo < i.span.end
                                   for code in i.codes if code not in actors))  # (groups1) or a state phrase around
        # the span's start: 'calm from both countries', whose count word starts before the noun the span opens
        # with (a people group, '양측' read through a meeting, is left to the pair readers)
        if named:
            return named
    return []


def place_items(article: Article, sent: Span) -> list[SideItem]:
    """The sentence's towns as the states they are in, for a target span that names no state ('struck
    Kharkiv', '연평도를 포격했다') and for people with no country word ('demonstrators in Baghdad'); a
    country named as a place is already a country word."""
    return [SideItem(p.span, [p.country]) for p in article.places
            if p.country and p.precision == "city" and sent.start <= p.span.start < sent.end]


def own_state_named(sent: Span, hit: ActHit, items: list[SideItem], actors: list[str]) -> list[str]:
    """People with no state of their own in the sentence ('workers', 'protesters') act against their own
    state when the language's target slot names it ('protested against Hungary's new law', 'a strike
    against the Greek government's reform'): PLOVER codes the same country on both sides, the people's
    sector acting and the government receiving. The receiving side reader drops the actor's own country,
    so it is read here; a state named as a place ('blocked roads in the Tunisian capital') is no target."""
    for lo, hi in hit.data.get("target_spans", ()):
        named = [code for i in items if sent.start + lo <= i.span.start < sent.start + hi for code in i.codes]
        own = list(dict.fromkeys(c for c in named if c in actors))
        if own:
            return own
    return []


def domestic_side(sent: Span, span: tuple[int, int], items: list[SideItem], actors: list[str]) -> list[str]:
    """The act's object is a people or institution noun (the language marked its span: 'arrested
    protesters', 'demanding that the Chilean government'): the states named in it, else the actor's own. An
    international body has no people or government of its own ('the European Union urged the government to')."""
    lo, hi = sent.start + span[0], sent.start + span[1]
    named = [code for i in items if lo <= i.span.start < hi for code in i.codes]
    return list(dict.fromkeys(named or [a for a in actors if a not in IGO_CODES]))


def implied_recipients(context: list[Event], actors: list[str], all_sides: bool = False) -> list[str]:
    """An appeal, warning or condemnation that names no one is addressed to the other side of the conflict
    acts just reported ("North Korea fired a missile. Japan called for restraint.": North Korea): the actors
    of each that are others, or, of an act by the speaker, its recipients; none when there is no other side.
    An appeal to every side (`all_sides`: 'urged both sides to show restraint') goes to the receiving sides too."""
    other: list[str] = []
    for e in context:
        if e.type not in ANSWERED:
            continue
        acting = [p.country for p in e.participants if p.country]
        other += [c for c in acting if c not in actors] if not set(acting) & set(actors) \
            else [p.country for p in e.recipients if p.country and p.country not in actors]
        other += [p.country for p in e.recipients if p.country and p.country not in actors] if all_sides else []
    return list(dict.fromkeys(other))


def receiving_side(lang, text: str, tokens, sent: Span, hit: ActHit, items: list[SideItem], roles: list[str],
                   actors: list[str], settings) -> list[str]:
    """The other states in the act's own clause: the nearest before the verb (Korean) or the first
    after it (English), with any coordinated with it ('North Korea and Russia's', '러북')."""
    if hit.type in ADDRESSED and not hit.target:
        return []  # 'stressed the need for': a request addressed to no one
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    right = min(right, lang.act_phrase_end(text, hit.end))  # 'condemned an attack on a hospital and called on X',
    # 'praised the summit and renewed its invitation to X': X is the second verb's, not the first act's
    if lang.recipients_side() == "before":  # the complement clause before the verb holds the target too
        subjects = [i.span.end for i, r in zip(items, roles) if r == "subject" and i.span.end <= sent.start + hit.start]
        left = min(left, max(subjects) - sent.start) if subjects else left
    barred = hit.data.get("not_recipient_spans", ())  # 'opposed new sanctions on X': the measure's target
    barred = tuple(barred) + tuple(hit.data.get("described_spans", ()))  # '[X의 우방]인 Y는': who Y is, no party
    left = max(left, hit.data["open_span"][1]) if hit.data.get("open_span") else left  # restraint35: an appeal to
    # every side ('called on all parties to', '모든 당사자가 ...할 것을 촉구') asks no state named before its parties phrase
    pool = [(i, r) for i, r in zip(items, roles)
            if sent.start + left <= i.span.start < sent.start + right and r != "source"  # who reports it
            and not lang.names_a_rule(text, i.span.end - sent.start)
            and not any(sent.start + lo <= i.span.start < sent.start + hi for lo, hi in barred)]
    foreign = [i for i, _r in pool if any(code not in actors for code in i.codes)]  # an embedded subject too
    picked = nearest_side(lang, text, sent, hit, foreign, settings) \
        or [i for i, r in pool if r == "object" and i in foreign  # a passive's subject: 'X was attacked by Y'
            and not hit.data.get("own_addressee")]  # not an earlier verb's object: 'condemned X and urged its allies'
    return list(dict.fromkeys(code for i in picked for code in i.codes if code not in actors))


def nearest_side(lang, text: str, sent: Span, hit: ActHit, pool: list[SideItem], settings) -> list[SideItem]:
    """The item nearest the verb on the language's receiving side, with the items coordinated with it."""
    pos, end = sent.start + hit.start, sent.start + hit.end
    if lang.recipients_side() == "before":  # an item may run into the act's own noun ('[대만 출신 이주민들]을 추방')
        zone = [i for i in pool if i.span.start < pos and i.span.end <= end]
        picked = zone[-1:]
        for prev in reversed(zone[:-1]):  # '러시아와 북한의': back over the coordinated names
            if not lang.coordinated(text, prev.span.end - sent.start, picked[0].span.start - sent.start):
                break
            picked.insert(0, prev)
        return picked
    zone = [i for i in pool if i.span.start > pos and i.span.start - end <= settings.recipient_reach_chars]
    picked = zone[:1]
    for nxt in zone[1:]:  # 'North Korea and Russia's'
        if nxt.span.start - picked[-1].span.end > settings.coordination_gap_chars \
                and not lang.coordinated(text, picked[-1].span.end - sent.start, nxt.span.start - sent.start):
            break  # 'of South Korea and the United States': the language says the names are joined
        picked.append(nxt)
    return picked


@dataclass
class SideReading:
    """One act's reading for the recipient readers: what they read (the sentence, the hit, its side items with
    their roles, the story) and the sides found so far, which each reader may change (`actors` grows for a
    mutual act; `domestic` holds the countries on both sides of a domestic act)."""
    article: Article
    sent: Span
    lang: object
    text: str
    tokens: object
    hit: ActHit
    items: list[SideItem]
    roles: list[str]
    settings: object
    story: object
    context: list[Event]
    meetings: list[Event]  # the meetings this sentence reports
    actors: list[str]
    recipients: list[str] = field(default_factory=list)
    domestic: set[str] = field(default_factory=set)
    proposals: list[Event] = field(default_factory=list)  # the requests and offers of the sentences just before
    earlier: list[Event] = field(default_factory=list)  # conflict acts of the sentences before the previous one
    receiving_sector: str | None = None  # the sector of the receiving side of a domestic act, where a reader set it


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
    less those the actor meets in this sentence (who the actor meets is not the act's target). A meeting called off
    meets no one: 'refused to attend talks with X' is aimed at X. A show of force the language marks as aimed at a
    side (`aimed_show`: warning shots fired at a boat, '어선에 경고사격') takes its clause's side too."""
    if r.hit.type in UNDIRECTED and not r.hit.data.get("aimed_show"):
        return
    partners = {p.country for e in r.meetings if e.status != CALLED_OFF for p in e.participants} - set(r.actors)
    r.recipients = [c for c in receiving_side(r.lang, r.text, r.tokens, r.sent, r.hit, r.items, r.roles, r.actors,
                                              r.settings) if c not in partners]


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
    r.actors = list(dict.fromkeys([*r.actors, *partners]))
    stated = r.hit.data.get("stated_type")
    r.recipients = [c for c in r.recipients if c not in r.actors] if stated in PROMISED or r.hit.data.get("addressee") \
        else targeted(r.sent, r.hit, r.items, r.actors) if "COOPERATE" in (r.hit.type, stated) else []
    r.recipients = list(dict.fromkeys([*r.recipients, *(c for c in between if c not in r.actors)]))  # 'mediate between'


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
    where something happens (a locative) in the act's own clause, nearest the verb first."""
    if r.hit.type not in PLACED_TYPES or r.hit.mode not in REMOTE_MODES or r.recipients:
        return  # fighting on the ground ('engaged in combat in X') may be on an ally's soil
    left, right = r.lang.clause(r.text, r.tokens, r.hit.start, r.hit.end)
    lo, hi = r.sent.start + left, r.sent.start + right
    places = [p for p in r.article.places if lo <= p.span.start < hi and p.span.data.get("locative")
              and p.country and p.country not in r.actors and p.country not in IGO_CODES]
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


def captor_asked(r: SideReading) -> None:
    """Still no one, for a demand that someone be released that names no holder ('called for the immediate release of
    the president'): the side whose seizure or arrest the story told last holds him, other than the one asking; for a
    coup told as 'soldiers detained the president' the soldiers' state (its own officials held at home)."""
    if r.recipients or not r.hit.data.get("release_demand"):
        return
    captors = last_of_kind(r.story.measures, (("COERCE", "arrest"), ("COERCE", "seize")), r.actors)
    r.recipients = [c for c in captors if c not in r.actors]


def implied_addressee(r: SideReading) -> None:
    """Still no one, for an appeal or warning the language saw addressed to no one: the other side of the
    conflict acts just reported (`implied_recipients`); for a judgement of 'the measures' (`answers_measure`), first the
    side of the last sanction or seizure the story told by another ('X sanctioned Y's firms. Y denounced it. Y's embassy
    also called the measure hostile': X, though Y's own statement came between); so for a counter-measure threatened
    (`counter_measure`: '보복 조치를 예고했다'), which else answers the acts just reported. Not for a condemnation of an
    act it names ('condemned the launch', `answers`) while the story has an offender: the launch is the launcher's,
    whoever acted since (`answered_provocation`)."""
    if r.hit.data.get("answers") and any(c not in r.actors for c in judged_offender(r)) \
            or r.hit.data.get("open_addressee") or r.hit.data.get("deed_told"):  # critics49: a deed's maker, below  # restraint35: 'called on all parties to', '모든 당사자가 ...할 것을
        return  # 촉구': every side, none named; not the sides of the conflict told before
    if r.hit.data.get("unaddressed") and not r.recipients and (r.hit.data.get("answers_measure")
                                                              or r.hit.data.get("counter_measure")):
        r.recipients = judged_measure(r, [(k, None) for k in JUDGED_MEASURES])
    if r.hit.data.get("unaddressed") and not r.recipients:
        context = [e for e in r.context if e.type in MEASURES] if r.hit.data.get("answers_measure") else r.context
        pair = bool(r.hit.data.get("pair_sides"))
        r.recipients = pair and principal_pair(r, [*r.earlier, *r.context]) \
            or implied_recipients(context, r.actors, bool(r.hit.data.get("all_sides"))) \
            or pair and (sentence_pair(r) or principal_pair(r, r.article.events)
                         or implied_recipients(r.earlier, r.actors, True)) \
            or aimed_at(r.earlier, r.actors)  # 'both sides', a third party's backing told between: the conflict's sides


def warned_holders(r: SideReading) -> None:
    """Still no one, for a warning naming no one by the side whose seizure or arrest the story told last ('X seized
    B's trawlers ... X's coast guard chief warned "illegal fishing will meet zero tolerance"'): aimed at the state
    whose vessel or people it holds (`Narrative.held`), not at whoever acted in the sentence before."""
    if r.recipients or r.hit.type != "THREATEN" or not r.hit.data.get("unaddressed") or not r.story.held:
        return
    captors = last_of_kind(r.story.measures, (("COERCE", None),))
    if set(captors) & set(r.actors):
        r.recipients = [c for c in r.story.held if c not in r.actors]


def aimed_at(earlier: list[Event], actors: list[str]) -> list[str]:
    """'X imposed sanctions on Z. The move came ... Y welcomed it. Z rejected the accusations.': with no conflict act
    in the sentence before, an answer goes to the acting side of the nearest earlier act done to its actor."""
    for e in reversed(earlier):
        if {p.country for p in e.recipients} & set(actors):
            return [c for c in dict.fromkeys(p.country for p in e.participants if p.country) if c not in actors]
    return []


def domestic_object(r: SideReading) -> None:
    """Still no one, and the act's object is a people or institution noun ('arrested protesters'): the states
    named in it, else the actor's own (a domestic act: the same country on both sides). A government noun
    ('criticized the government') is `act_own_government.own_government_object`'s."""
    if r.hit.data.get("domestic_sector") == RULING:
        return
    if r.hit.data.get("domestic_target") and not r.recipients and r.hit.type not in MUTUAL:
        if rule_only(r, r.hit.data["domestic_target"]):
            return  # refer42: 'calling the launch a violation of Security Council resolutions': a rule, no people
        r.recipients = domestic_side(r.sent, r.hit.data["domestic_target"], r.items, r.actors)
        armed = armed_group_before(r) if set(r.recipients) <= set(r.actors) else []
        r.recipients = armed or r.recipients
        r.domestic = set(r.recipients) & set(r.actors)


def rule_only(r: SideReading, span: tuple[int, int]) -> bool:
    """(refer42) Whether every side named in the object span names a rule ('violation of Security Council
    resolutions', '안보리 결의 위반'): the body whose rule it is is no people and no party (issue 13), and the object is
    what was broken, so the act has no domestic side."""
    lo, hi = r.sent.start + span[0], r.sent.start + span[1]
    named = [i for i in r.items if lo <= i.span.start < hi]
    return bool(named) and all(r.lang.names_a_rule(r.text, i.span.end - r.sent.start) for i in named)


ARMED = frozenset({"REB", "INS", "SEP"})  # armed groups no state body speaks for


def armed_group_before(r: SideReading) -> list[str]:
    """'Yemen's Houthi rebels struck a tanker. Seoul urged the rebels to stop': an armed group's noun with no state
    of its own ('the rebels', 'the militants') is the group of that kind the story named acting last, of another
    state than the actor's, not a group of the actor's own state (the domestic reading: 'Peru's army attacked the
    rebels' stays Peru's)."""
    sector = r.hit.data.get("domestic_sector")
    if sector not in ARMED:
        return []
    for event in reversed(r.article.events):
        named = [p.country for p in event.participants if p.sector == sector and p.country]
        if named:
            return [] if set(named) <= set(r.actors) else list(dict.fromkeys(c for c in named if c not in r.actors))
    return []


def own_state_group(r: SideReading) -> None:
    """Still no one, and the act's object is a group of the actor's own state that no government body speaks for
    ('Sudan's army accused the Rapid Support Forces', 'the government condemned the rebels' group X'): that part
    of the state receives it, told apart from the actor by its sector."""
    if r.recipients or r.hit.type in MUTUAL | UNDIRECTED:
        return
    lo, hi = r.hit.data.get("judged_agent") or (0, 0)  # 'condemned an attack by the ELN': the attack's agent
    groups = [i for i, role in zip(r.items, r.roles) if (role == "object" or judged_agent_item(r, i, lo, hi))
              and i.sector in NON_STATE and set(i.codes) <= set(r.actors)]
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


def answered_provocation(r: SideReading) -> None:
    """Last, still no one, for a condemnation of an act named without its author ('condemned the
    provocation', '이번 공격을 규탄했다'): whoever mobilized or struck last in the story, other than the actor.
    (critics49) A deed of no kind (`deed_told`: 'regretted the decision', 'said the visit showed a lack of respect') is
    one the sentence just before did (act_welcomes.deed_before), else the story's lead deed, what its reactions answer
    (act_welcomes.lead_doers), then the story's offender."""
    if r.hit.data.get("answers") and not r.recipients and r.hit.data.get("deed_told"):
        r.recipients = deed_before(r.article, r.sent, r.actors) or lead_doers(r.article, r.sent, r.actors)
    if r.hit.data.get("answers") and not r.recipients:
        r.recipients = [c for c in judged_offender(r) if c not in r.actors]


def judged_deed(r: SideReading) -> None:
    """Last, still no one, for a judgement of a deed named without its author ('criticized the move', '이번 조치를
    비판했다', `answers` / `answers_measure`) when the story coded no act it could be: the acting sides of the act words
    of the sentence just before ('X sent an offering to the shrine. Y criticized the move.'; `Narrative.doers`), other
    than the judge and those who only judged there. Only the sentence right before: further back, the deed is no
    longer the one just told."""
    data = r.hit.data
    if not r.recipients and (data.get("answers") or data.get("answers_measure")):
        r.recipients = doers_before(r)


def doers_before(r: SideReading) -> list[str]:
    """The acting states of the act words of the sentence just before, other than the judge and those who only judged
    there (`Narrative.doers`, `Narrative.judges`): the deed a judgement with no owner named answers, when it is there."""
    before = r.story.index - 1
    judges = set(r.story.judges.get(before, ()))
    return [c for c in dict.fromkeys(r.story.doers.get(before, ()))
            if c not in r.actors and c not in judges and c not in IGO_CODES]


def judged_offender(r: SideReading) -> list[str]:
    """Who did the act a condemnation names: the last of the story's offenses of the kind it names ('the drills':
    the last drills, though a launch came after them), other than the judge; else the story's offender."""
    kinds = r.hit.data.get("judged_kinds", ())
    if kinds and all(kind in KEPT_ACTS for kind, _mode in kinds):
        return judged_measure(r, kinds)
    return last_of_kind(r.story.offenses, kinds, r.actors) or r.story.offender


def judged_measure(r: SideReading, kinds) -> list[str]:
    """'X struck Y. Z imposed sanctions on X. W condemned the sanctions': a judged noun naming a sanction or seizure
    (`judged_kinds` of SANCTION or COERCE) judges the last such measure the story told (`Narrative.measures`) by
    another side than the judge, never the last attacker; none when no such measure was told (en28). So does one
    naming an accord ('the pact', 'the treaty': AGREE, en39): the parties of the last accord told, however far back.
    (unsc44) A body beside states among the makers is where they acted ('X and Y vetoed the draft at the Council'):
    the states are judged."""
    makers = [c for c in last_of_kind(r.story.measures, kinds, r.actors) if c not in r.actors]
    return [c for c in makers if c not in IGO_CODES] or makers


PROPOSING = frozenset({"REQUEST", "AGREE", "THREATEN"})  # acts that put forward what another side may reject
CHARGING = frozenset({"ACCUSE", "PROTEST"})  # acts whose charge or protest the charged side may deny or dismiss


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


def hit_mode(r: SideReading) -> str | None:
    """The act's mode: the lexicon entry's, else the one its language reads from the words (as the event will have)."""
    return r.lang.act_mode(r.hit, r.text)


def holding_kind(kind: str, mode: str | None) -> bool:
    """Whether an act of this type and mode holds or frees a state's vessel or people."""
    return (kind, mode) in HOLDING


HOLDING = frozenset({("COERCE", "seize"), ("COERCE", "arrest"), ("RETREAT", "release")})


def rejected_proposal(r: SideReading) -> None:
    """Still no one, for a rejection of something put forward that the sentence leaves unowned ('Egypt
    rejected the proposal', `rejected_proposal`): the side whose request, offer or ultimatum was reported last
    in the sentences just before, other than the actor (the manual codes a REJECT at the proposal's owner). So for a
    denial or dismissal of a charge ('China rejected the protest', '의혹을 부인했다', `rejected_charge`): the side whose
    accusation or protest was reported last (`previous_acts` read them for `r.proposals`). So too for a yield refused
    by a pledge ('would never cede the islands', 'will not step down', `refused_yield`): the side that demanded it."""
    data = r.hit.data
    if not (data.get("rejected_proposal") or data.get("rejected_charge") or data.get("refused_yield")) or r.recipients:
        return
    for event in reversed(r.proposals):
        owners = [p.country for p in event.participants if p.country and p.country not in r.actors]
        if owners:
            r.recipients = list(dict.fromkeys(owners))
            return


def continued_addressee(r: SideReading) -> None:
    """Still no one, for a statement of the voice just heard going on ('러시아는 에스토니아에 석방을 요구했다. 외무부는
    "..."고 경고하고 의혹도 부인했다', 'It also warned ...'; the language marks the subject `continued`): the side its
    last act addressed (an answer to a provocation, `answers`, is left to `answered_provocation`)."""
    if r.recipients or not r.hit.data.get("continued") or r.hit.type not in VERBAL or r.hit.data.get("answers"):
        return
    story = r.story
    if story.acting_index >= story.index - 1 and set(r.actors) == set(story.acting):
        r.recipients = [c for c in dict.fromkeys(story.acting_toward) if c not in r.actors]


def replied_to(r: SideReading) -> None:
    """Still no one, for an act of a sentence its language says answers the one before ('이에 B는 지원을 늘리겠다고
    화답했다', 'In response, B demanded ...': `Language.opens_reply`): the sides that acted in the sentence just before,
    other than the actor (koacts38). A show of force is left to `answered_show_of_force`, and a mutual act (an
    agreement, a pledge) to `mutual_parties`: its other side is its partner, which the opener does not name."""
    data = r.hit.data
    if r.recipients or r.hit.type in UNDIRECTED | MUTUAL or data.get("answers") or data.get("answers_measure") \
            or not r.lang.opens_reply(r.text):
        return  # a judgement of a deed it names is left to `answered_provocation` and `judged_deed`
    r.recipients = [c for c in dict.fromkeys(r.story.doers.get(r.story.index - 1, ())) if c not in r.actors]


RECIPIENT_READERS: tuple[Callable[[SideReading], None], ...] = (
    sites_nearby, clause_recipients, answered_show_of_force, mutual_parties, failed_mutual, language_target, asked_body,
    struck_place, struck_adversary,
    meeting_counterpart, seized_power, warned_holders, captor_asked, implied_addressee, named_pair, domestic_crisis,
    own_government_object, domestic_object, people_own_state, own_state_group, own_government, own_vote, own_places, held_again,
    own_people_held, turned_on_own_state, withdrawn_from, recalled_envoy_host, land_not_refused, rejected_proposal,
    charge_told_before, continued_addressee, welcomed_deed, replied_to, answered_provocation, judged_deed,
    fought_both_ways, own_people_coerced, own_government_protested)


def read_recipients(r: SideReading) -> SideReading:
    """Run the recipient readers in order on one act's reading; returns it with its sides."""
    for reader in RECIPIENT_READERS:
        reader(r)
    return r
