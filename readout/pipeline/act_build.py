"""The event of one act word (`build_act`): its acting and receiving sides (act_actors, act_recipient_readers), the
sectors of the words that named them, its date and status, read on the sentence's side items that every act word of
the sentence shares (`SentenceSides`), and the acts told before it that it may answer (pipeline/answered_acts).
"""
from __future__ import annotations

from datetime import date
from typing import NamedTuple

from readout.lang.base import CIVILIANS, ActHit, Trigger
from readout.model import Article, CountryMention, DateRef, Event, Mention, Span
from readout.pipeline.act_winners import winner_state
from readout.pipeline.act_filed_sides import filed_home_target, filed_state, story_group_state
from readout.pipeline.act_matter import accord_matter, matter_contexts
from readout.pipeline.act_claimed_land import outside_claimed_land
from readout.pipeline.act_target_sectors import outside_target_sector
from readout.pipeline.asked_deeds import asked_time
from readout.pipeline.act_actors import dateline_clock
from readout.pipeline.act_actors import acting_side, bare_accused, bare_accuser, side_sector, subject_sector, unowned_self_attack, \
    comma_after
from readout.pipeline.act_side_items import act_items
from readout.pipeline.act_subjects import agent_sector, named_agents
from readout.pipeline.act_dates import date_act, history, own_dates
from readout.pipeline.answer_dates import not_before_answered, not_before_offense, not_before_welcomed
from readout.pipeline.answered_acts import answered_acts
from readout.pipeline.act_recipients import VERBAL, SideItem, SideReading, place_items
from readout.pipeline.act_recipient_readers import read_recipients
from readout.pipeline.common import MODE_KINDS, countries_in, country_entity
from readout.pipeline.act_own_government import forces_rioting
from readout.pipeline.act_press import press_addressed
from readout.pipeline.act_reporters import without_closing_reporters
from readout.pipeline.roles import act_roles, read_roles
from readout.pipeline.left_blocs import bloc_exit
from readout.pipeline.solo_exercises import joint_exercise, solo_exercise
from readout.pipeline.statement_voice import statement_makers, statement_voice
from readout.pipeline.act_voices import note_acting
from readout.pipeline.act_unreceived import lone_pledge, unreceived, shared_goal
from readout.pipeline.act_stateless_doers import stateless_doer
from readout.pipeline.bare_body_state import reasoned_entities
from readout.pipeline.act_story_notes import note_doers, note_event
from readout.pipeline.placed_doers import placed_sides, unknown_doer
from readout.pipeline.act_side_entities import (coordinated_parts, paired_part_entities, domestic_entity, held_side, own_agent_sector, own_forces_doer,
                                                passive_sectors, sided)


class SentenceSides:
    """The side items of one sentence (`act_items`), its country words and the meetings it reports, which every act
    word of the sentence reads alike: built at the first act word and kept for the others of the same `act_events`
    call. Safe because none of what they read changes while one sentence's acts are built: the article's events
    grow only after `act_events` returns, and its act words change only the story's acting side, mobilizer and
    offender, which the items do not read (they read the story's meeting, joint officials, subjects and index). A
    new sentence, or the same one read again in another story state, gets a new object."""

    def __init__(self) -> None:
        self.found: tuple[list[CountryMention], list[Event], list[SideItem]] | None = None

    def read(self, article: Article, sent: Span, lang, text: str, tokens, mentions: list[Mention], story,
             ctx) -> tuple[list[CountryMention], list[Event], list[SideItem]]:
        if self.found is None:
            countries = countries_in(article, sent, ctx)  # found only for sentences where an act word matched
            meetings_here = [e for e in article.events if e.type == "CONSULT" and sent in e.evidence]
            items = act_items(article, sent, lang, text, tokens, mentions, countries, story, ctx, meetings_here)
            self.found = (countries, meetings_here, items)
        return self.found


def diplomatic(hit: ActHit, mentions: list[Mention], pos: int) -> ActHit:
    """A protest by an official is a diplomatic protest: PLOVER codes it ACCUSE 'disapprove' (PROTEST is
    for demonstrations and other physical protest)."""
    officials = [m for m in mentions if m.entity and m.entity.kind == "person" and m.entity.office
                 and not m.excluded and m.span.start < pos]
    if hit.data.get("people_subject") or hit.data.get("attended_gathering"):  # 'supporters of the former president
        # blocked roads': people protest; accuse60: 'the president attended a rally': a gathering gone to, no note
        return hit
    return hit.copied(type="ACCUSE", mode="disapprove") if hit.type == "PROTEST" and officials else hit


def build_act(article: Article, sent: Span, lang, text: str, tokens, hit: ActHit, mentions: list[Mention],
              dates: list[DateRef], story, ctx, governed: bool = False, reach: int | None = None,
              context: list[Event] | None = None, bare: bool = False, judge: int | None = None,
              shared: SentenceSides | None = None) -> Event | None:
    """The event of one act word. `governed`: a noun act in the clause of a statement ('condemned the
    attack', '공격을 규탄했다'): the statement's subject judges it and did not do it. `reach`: where a
    date after the word stops dating it (`date_reach`). `context`: the acts just reported, which an
    appeal or warning that names no one answers (`implied_recipients`). `bare`: the last reading of such an
    act, when no act of the sentence answered it: a threat of force stands with no receiving side. `judge`: where
    the verb that judges a governed act stands when it comes first ('X's president condemned the attack'). `shared`:
    the sentence's side items as its first act word found them (`SentenceSides`; none: found afresh).
    (debt51) Read in named steps, in this order: the scene (`act_scene`), the doers (`read_doers`, noted in the story
    by `note_doers`), the receiving sides (`read_receivers`), the clause's bounds and patients, the sides' entities
    (`side_entities`, `held_acting`), the reasons for no event (`no_event`), the event (`act_event`) and what the story
    keeps of it (`note_event`)."""
    scene, countries = act_scene(article, sent, lang, text, tokens, hit, mentions, story, ctx, context, shared)
    doers = read_doers(scene, countries, mentions, ctx, governed, judge)
    if doers is None:
        return None
    hit, actors = doers.hit, doers.actors
    note_doers(story, hit, actors, doers.doer)
    got = read_receivers(scene, doers, ctx)
    hit, actors, recipients, domestic = got.hit, got.actors, got.recipients, got.domestic
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    right = min(right, lang.act_phrase_end(text, hit.end), comma_after(text, hit.end))  # 'after militants attacked X
    # and killed Y, Z sent ...': Z is the main clause's
    if not got.filed and not story_group_state(article, ctx, hit, actors) and unowned_self_attack(hit, doers.stated, actors, recipients, scene.items + place_items(article, sent),
                           (sent.start + left, sent.start + right)):
        return None  # 'after militants attacked an army base': no state attacked itself ('in X's town': X's attack)
    recipients, domestic = patient_sides(hit, actors, recipients, domestic)
    acting, receiving = side_entities(scene, hit, doers, got.read_hit, actors, recipients, domestic)
    if forces_rioting(hit.type, lang.act_mode(hit, text), acting):
        return None  # domestic50: troops' or rebels' arson is no people's riot
    if press_addressed(hit.type, acting, receiving):
        return None  # request61: 'asked reporters to wait': a word to the briefing's audience, no act
    acting = reasoned_entities(held_acting(hit, got.sides, got.read_hit, acting), hit)  # actors60: why a bare body
    if no_event(scene, hit, acting, receiving, doers.stated, governed, bare, dates, ctx):
        return None
    hit, event = act_event(scene, hit, acting, receiving, doers.stated, dates, (left, right), reach, ctx, governed)
    note_event(scene, hit, event, actors, domestic, governed, ctx)
    return event


def act_scene(article: Article, sent: Span, lang, text: str, tokens, hit: ActHit, mentions: list[Mention], story,
              ctx, context: list[Event] | None, shared: SentenceSides | None
              ) -> tuple[SideReading, list[CountryMention]]:
    """(the reading the side readers share, the sentence's country words): the hit as a diplomatic act where a
    mention makes it one, the sentence's side items (less a land claimed outside them: 'Y is not for sale') with
    their roles towards the act word."""
    hit = diplomatic(hit, mentions, sent.start + hit.start)
    countries, meetings_here, items = (shared or SentenceSides()).read(article, sent, lang, text, tokens, mentions,
                                                                      story, ctx)
    hit, items, countries = outside_claimed_land(hit, sent, items, countries)  # 'Y is not for sale': Y is no side
    trig = Trigger(hit.start, hit.end, text[hit.start:hit.end])
    roles = act_roles(read_roles(lang, without_conditions(text, hit), tokens, sent, trig, items))
    settings = ctx.settings.language(sent.label)
    return SideReading(article, sent, lang, text, tokens, hit, items, roles, settings, story, context or [],
                       meetings_here, []), countries


class Doers(NamedTuple):
    """The acting side read for an act: the hit as the reading left it, the actors (none where a place alone named
    them: `placed`), whether the words stated them, the agents named, a stateless person doing it alone (`doer`)."""
    hit: ActHit
    actors: list[str]
    stated: bool
    agents: list
    doer: object
    placed: list[str]


def read_doers(scene: SideReading, countries: list[CountryMention], mentions: list[Mention], ctx, governed: bool,
               judge: int | None) -> Doers | None:
    """The act's acting side (`acting_side`), or a stateless person's alone (relatives66: 'met minister Ana Ruiz, who
    had criticized X'); None where the clause's stateless subject is no side of the sentence (enrelc48) or none is
    read. An attack no words name a doer of keeps its place's state apart (`placed`, doerless49)."""
    article, sent, hit, items = scene.article, scene.sent, scene.hit, scene.items
    found = acting_side(scene, countries, ctx, governed, judge)
    doer = stateless_doer(sent, hit, items, mentions)  # relatives66: 'met minister Ana Ruiz, who had criticized X'
    if doer is not None:
        found = (found[0] if found else hit, [], True, [])  # the person alone acts, not the sentence's subject
    elif hit.data.get("agent_alone") and not named_agents(sent, hit, items):
        return None  # enrelc48: 'the tariffs the union imposed on X': the clause's stateless subject, not the sentence's
    if found is None:
        return None
    hit, actors, stated, agents = found
    placed = unknown_doer(hit, actors, agents, items=items, roles=scene.roles, towns=place_items(article, sent),
                          start=sent.start, stated=stated, text=scene.text) and actors
    actors = [] if placed else actors  # doerless49: 'the shelling of a school in X': X is where it was, not who did it
    return Doers(hit, actors, stated, agents, doer, placed)


class Receivers(NamedTuple):
    """The sides once the receiving side is read: the recipient readers' reading (`sides`), the hit with the
    receiving sector found, the hit as the readers left it with that sector (`read_hit`), actors, recipients and the
    countries on both sides of a domestic act."""
    sides: SideReading
    hit: ActHit
    read_hit: ActHit
    actors: list[str]
    recipients: list[str]
    domestic: set[str]
    filed: list[str]  # koattack51: the dateline's state placing a stateless group's attack (act_filed_sides)


def read_receivers(scene: SideReading, doers: Doers, ctx) -> Receivers:
    """The receiving side (act_recipient_readers), then an attack with no doer named as its place's (doerless49),
    the receiving people's sector, an election's winner state, and the passive's sectors (actors61)."""
    hit, actors, placed = doers.hit, doers.actors, doers.placed
    proposals, earlier = answered_acts(scene, hit, actors, ctx)
    sides = read_recipients(scene.copied(hit=hit, actors=actors, proposals=proposals, earlier=earlier))
    actors, recipients, domestic = sides.actors, sides.recipients, sides.domestic
    article, sent, items = scene.article, scene.sent, scene.items
    filed = filed_state(article, sent, ctx, hit, actors, items)  # koattack51: '(카이로=연합뉴스) 반군이 정부군을': the
    home_target = filed_home_target(article, sent, ctx, filed, recipients, items)  # dateline places it; '정부를': its own
    if home_target:
        recipients, domestic = home_target, set(domestic) | set(home_target)
    if placed:  # doerless49: the place's state receives, with the struck people's sector; victims of another state
        # are struck by the place's side
        actors, recipients, domestic = placed_sides(placed, recipients or hit.data.get("patients", []), domestic)
    if sides.receiving_sector and not hit.data.get("domestic_sector"):  # 'the government blocked social media': its
        hit = hit.copied(data={**hit.data, "domestic_sector": sides.receiving_sector})  # people receive
    # 'congratulated the winner': the state of the election the lead tells
    hit, recipients, domestic = winner_state(scene.article, scene.sent, ctx, hit, actors, recipients, domestic)
    read_hit = with_sector(sides.hit, hit.data.get("domestic_sector"))  # as the recipient readers left it (a
    # critic's sector: act_own_government), with the receiving people's sector found since
    read_hit = passive_sectors(hit, read_hit)  # actors61: 'X가 경찰에 체포됐다': the police -> the arrested
    hit, read_hit = mention_sector(sent, hit, items), mention_sector(sent, read_hit, items)  # koacts57: 'the group'
    return Receivers(sides, hit, read_hit, actors, recipients, domestic, filed)


UNKINDED_PEOPLE = (None, CIVILIANS)  # the language's people of no kind ('the group', '이 단체'; CVL its default)


def mention_sector(sent: Span, hit: ActHit, items: list[SideItem]) -> ActHit:
    """(koacts57) The hit whose receiving people (`domestic_target`) end inside a side's mention with a sector of its
    own takes that sector: the language read 'the group', '이 단체' as people of no kind (CVL), where the story resolved
    the words to the group it named before (pipeline/group_references: Boko Haram, REB), so 'Nigeria accused the group
    of terrorism' is aimed at the group, not at civilians. Only people the language gave no kind (CVL): a site of a
    kind ('아부자의 은행', BUS), a state's name (no sector) or two sectors there: as before."""
    span = hit.data.get("domestic_target")
    if not span or hit.data.get("domestic_sector") not in UNKINDED_PEOPLE:
        return hit  # '아부자의 은행을': a kind of its own (BUS) stays
    start, end = sent.start + span[0], sent.start + span[1]
    covering = {i.sector for i in items if i.sector and i.span.start < end <= i.span.end and start < i.span.end}
    if len(covering) != 1 or hit.data.get("domestic_sector") in covering:
        return hit
    return hit.copied(data={**hit.data, "domestic_sector": covering.pop()})


def patient_sides(hit: ActHit, actors: list[str], recipients: list[str], domestic: set[str]
                  ) -> tuple[list[str], set[str]]:
    """(recipients, domestic) with the act's patients: people of the actor's own state ('the opposition leader was
    arrested', 'the general was arrested' in a story of his state) make a domestic act; others receive it."""
    if hit.data.get("own_patients") or hit.data.get("held_by_story") and set(hit.data["patients"]) <= set(actors):
        # 'the opposition leader was arrested', 'the general was arrested' in a story of his state: domestic
        recipients, domestic = list(hit.data["patients"]), set(domestic) | set(hit.data["patients"])
    elif hit.data.get("patients"):
        recipients = [c for c in hit.data["patients"] if c not in actors]
    return recipients, domestic


def side_entities(scene: SideReading, hit: ActHit, doers: Doers, read_hit: ActHit, actors: list[str],
                  recipients: list[str], domestic: set[str]) -> tuple[list, list]:
    """(acting, receiving) entities: each side's code with the sector its words name (`named_sector`), the subject's
    sector for a people's act ('thousands of farmers protested'); a stateless person doing it alone acts alone."""
    sent, items, roles, agents = scene.sent, scene.items, scene.roles, doers.agents
    own_items, own_roles = without_closing_reporters(scene, hit, items, roles)  # koacts58: '…고 경찰이 밝혔다'

    def named_sector(c: str, acts: bool):
        """The sector the words name for side `c` (acting or not): an agent noun's, else the act's own agent's
        (ensubj46: 'the tariffs the government imposed'), else the side's words', else the people subject's."""
        if acts and c in agents:  # enactor48: the sector the language gave the agent first ('Kenya's envoy to X said
            # its troops ...': the troops, MIL), else the agent words' own
            return own_agent_sector(hit) or agent_sector(sent, hit, items, c)
        if acts and bare_accuser(hit, c, items, roles):
            return None  # charges52: 'Norway condemned Russia for detaining Norwegian fishermen': the state accuses
        if not acts and bare_accused(hit, c, items, roles):
            return None  # plover57b: 'criticized Myanmar over its treatment of Rohingya refugees': the state accused
        return (acts and own_agent_sector(hit) or not acts and outside_target_sector(c, hit, items, sent.start)
                or side_sector(c, own_items if acts else items, own_roles if acts else roles, acts)
                or acts and not hit.data.get("passive") and hit.data.get("people_subject")  # enacts50b: a
                # passive's people subject suffered the act ('residents were killed by X forces'): never the agent's
                or acts and hit.data.get("office_sector"))  # actors58: a bare force office ('장군은'): its force's

    acting, receiving = sided(actors, recipients, domestic, held_side(read_hit), named_sector,
                              lambda c: subject_sector(c, items, roles))
    acting = coordinated_parts(acting, recipients, lambda c: {i.sector for i, r in zip(items, roles)
                                                             if r == "subject" and c in i.codes})
    acting = paired_part_entities(acting, recipients, hit.data.get("paired_part"))  # groups53: 'the army and rebels'
    # 'thousands of farmers protested': the people's sector, not the government's
    acting = [doers.doer] if doers.doer is not None else acting
    return acting, receiving


def held_acting(hit: ActHit, sides: SideReading, read_hit: ActHit, acting: list) -> list:
    """The acting side of an act with patients (or one holding its own): the state where it happened acts as a
    state, not with the sufferers' sector; a passive's named agent ('경찰에 체포됐다') or an active's forces ('police in
    X arrested two men') give their part."""
    if hit.data.get("patients") or sides.hit.data.get("held_own"):  # the state where it happened acts as a state,
        # not with the sufferers' sector
        held_by = read_hit.data.get("acting_sector") or own_forces_doer(hit)  # actors61: a passive's named agent
        # ('경찰에 체포됐다'): its part; enacts50b: an active's forces ('police in X arrested two men'): theirs
        acting = [(domestic_entity(e.country, held_by) if held_by else country_entity(e.country))
                  if e.kind == "country" else e for e in acting]
    return acting


def no_event(scene: SideReading, hit: ActHit, acting: list, receiving: list, stated: bool, governed: bool,
             bare: bool, dates: list[DateRef], ctx) -> bool:
    """Whether the act, its sides read, stands as no event: aimed at no one it needs (its stated side still goes on
    speaking), history, one side's lone pledge, a goal shared."""
    story, sent, lang, text = scene.story, scene.sent, scene.lang, scene.text
    if unreceived(hit, receiving, stated, bare) or not receiving and lang.recipient_needed(hit):  # actors57b
        if stated and not (governed and story.acting_index == story.index):  # 'The embassy rejected the protest.
            # It urged Seoul to ...': no act, but a side that goes on (not a judged noun act after its judge)
            note_acting(story, acting, hit.type in VERBAL)
        return True  # 'threatened to conduct a nuclear test' is aimed at no one, and so is a bare threat of force
    if history(lang, text, scene.tokens, sent, hit, dates, scene.article.reference_date,
               ctx.settings.history_year_reach_chars, ctx.settings.history_days):
        return True  # 'fought a border war from 1998 to 2000': history, no news of the report's days
    if lone_pledge(hit, acting, receiving):
        return True  # '끝까지 노력하겠다', 'would meet its partners': one side's pledge that agrees with no one
    return shared_goal(hit, acting, receiving)  # cochair48: 'the two leaders reaffirmed their support for peace': a
    # goal, nobody backed


def act_event(scene: SideReading, hit: ActHit, acting: list, receiving: list, stated: bool, dates: list[DateRef],
              bounds: tuple[int, int], reach: int | None, ctx, governed: bool) -> tuple[ActHit, Event]:
    """(the hit, its event): one state's joint drill as its own drill, the event with its voice and makers, the
    matter, measure, joint doing and asked time its clause gives, its date and the order of the acts it answers."""
    article, sent, lang, text, tokens, story = scene.article, scene.sent, scene.lang, scene.text, scene.tokens, \
        scene.story
    left, right = bounds
    hit = solo_exercise(hit, acting, receiving)  # precision48: 'joint drills' of one state's services: its drill
    hit = joint_exercise(hit, acting)  # plans56: 'A and B held drills': the joint drill (COOPERATE)
    hit = bloc_exit(hit, lang.act_mode(hit, text), receiving)  # enpar53: 'withdrew from ECOWAS': SANCTION withdraw
    event = Event(hit.type, lang.act_mode(hit, text), hit.status, acting, receiving,
                  lang=sent.label, evidence=[sent], trigger=text[hit.start:hit.end], generic=hit.generic,
                  trigger_at=sent.start + hit.start, contexts=list(hit.contexts),  # encoup49: the act's own contexts
                  voice=statement_voice(scene.copied(hit=hit), acting, stated),
                  makers=statement_makers(scene.copied(hit=hit), acting, stated))
    event.matter = accord_matter(lang, text, tokens, hit, left, right)
    event.matter_contexts = matter_contexts(event.matter)
    event.measure = lang.measure_object(text, (hit.start, hit.end), (left, right)) if hit.type in MODE_KINDS else None
    event.jointly = lang.act_done_jointly(text, hit.end, (left, right))
    event.asked_time = asked_time(hit, dates, sent.start + left, sent.start + max(right, hit.end))
    frame = sent.start if hit.type in VERBAL and lang.main_predicate(text, tokens, hit.start) else None
    date_act(event, sent.start + hit.start, own_dates(sent, hit, dates), story, scene.meetings,
             article.reference_date, reach, recent=bool(hit.data.get("recent")), frame=frame,
             window=ctx.settings.recalled_window_days)
    event.clock = dateline_clock(article, sent, ctx)
    not_before_answered(event, article.events)
    not_before_welcomed(event, article.events, bool(hit.data.get("welcomed_deed")))
    not_before_offense(event, story.stated_offense, article.reference_date, governed)
    on_the_voices_day(event, story, article.reference_date)
    return hit, event


def with_sector(hit: ActHit, sector: str | None) -> ActHit:
    """The hit with a receiving people's sector it does not carry yet (the readers' copy of it lacks what was found
    after them)."""
    if not sector or hit.data.get("domestic_sector"):
        return hit
    return hit.copied(data={**hit.data, "domestic_sector": sector})


def on_the_voices_day(event: Event, story, ref: date | None) -> None:
    """'Russia on Tuesday denounced X. The navy boarded the tanker on Monday. Russia's ministry said it reserves the
    right to ...': a statement its words leave undated is on the day its side's last dated statement was made, when
    the story went back to an earlier day since (what was done before is told between a voice's words). A day after
    the report's (the night after its evening, 'in the early hours of Friday' in a Thursday report: act_dates.
    after_report) dates the deeds of its own clause, no later voice of the side (dates59)."""
    if event.type not in VERBAL or event.date is None:
        return
    side = tuple(sorted(p.country for p in event.participants if p.country))
    if event.date_basis == "text" and event.date_precision == "day":
        if ref is not None and event.date > ref:
            return
        story.said_on[side] = max(event.date, story.said_on.get(side, event.date))
    elif event.date_basis == "narrative" and event.date_precision == "day" \
            and story.said_on.get(side, event.date) > event.date \
            and not event.date_again:  # '전날인 1일에도 회담하고 요청했다': that day is told, not the story's
        event.date = story.said_on[side]


def without_conditions(text: str, hit: ActHit) -> str:
    """The sentence with its condition clauses (`data["conditions"]`, from the language) blanked, offsets
    kept: 'X said that, should Y refuse, it would ...' has its roles read as 'X said that it would ...'."""
    for a, b in hit.data.get("conditions", ()):
        text = text[:a] + " " * (b - a) + text[b:]
    return text
