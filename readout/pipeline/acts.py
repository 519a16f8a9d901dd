"""What states say and do to each other: every PLOVER type other than CONSULT, each with the countries
on both sides, the date of the act and its sentence.

The language reports each act trigger with its status (negated, planned) and whether it is a noun.
The acting side is the trigger's subject as its clause reads it (people stand for their states;
'양측', 'both sides' for the parties of the meeting being reported); a launch or deployment noun takes
the country that owns it ('북한의 발사', 'launches by X'). The receiving side comes from the act's own
clause: before the verb in Korean, after it in English; a country named as the rule violated ('UN
resolutions') is not a recipient. Negated acts are dropped; possible or planned ones are `planned`.
"""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Callable

from readout.lang.base import ActHit, Trigger
from readout.model import Article, CountryMention, DateRef, Event, Mention, Span
from readout.pipeline.act_recipients import (ANSWERED, MUTUAL, PROPOSING, UNDIRECTED, SideItem, SideReading,
                                             place_items, read_recipients)
from readout.pipeline.common import IGO_CODES, countries_in, country_entity
from readout.pipeline.roles import read_roles
from readout.pipeline.states import states_named_before

VERBAL = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "AGREE", "SUPPORT", "CONCEDE", "PROTEST"}
NEEDS_RECIPIENT = {"ACCUSE", "REQUEST", "THREATEN", "SANCTION"}  # without one, mostly not an act
# a rejection of something put forward ('Iran rejected the proposal', the language marks it `rejected_proposal`)
# stands alone when its own clause names who rejects; any other (defying a rule: 'the launches violate resolutions')
# needs a recipient, as the types above do
PROPOSAL_OR_RECIPIENT = {"REJECT"}
# What a threat may threaten and still be an event with no receiving side: the manual's THREATEN "requires
# recipient: No", and a threat of force, repression or a show of force ('threatened to close the strait',
# 'vowed to retaliate') is an act of the actor even when the sentence names no one; a bare warning or a
# threat of sanctions (SANCTION requires a recipient) is not.
BARE_THREATS = {"ASSAULT", "COERCE", "MOBILIZE"}
# A measure judged by another ('Russia criticized EU sanctions against X') is its owner's act; a judged statement (an
# appeal, a threat another rejects or condemns) is left to the judging act, whose recipient its owner is.
OWNED_MEASURES = {"SANCTION"}


def act_events(article: Article, sent: Span, mentions: list[Mention], dates: list[DateRef], story, ctx) -> list[Event]:
    lang = ctx.language(sent.label)
    text = article.text[sent.start:sent.end]
    tokens = article.tokens.get(sent.start, ())
    out: list[Event] = []
    hits = lang.find_acts(text, tokens)
    clauses = {k: lang.clause(text, tokens, h.start, h.end) for k, h in enumerate(hits) if h.type in VERBAL}
    judged = [clauses[k] for k, h in enumerate(hits) if k in clauses and not h.negated]
    before = previous_acts(article, story)
    unaddressed: list[int] = []  # appeals and warnings that named no one and found no act to answer yet
    for k, hit in enumerate(hits):
        named = inside_person(mentions, sent.start + hit.start, sent.start + hit.end - 1)
        if hit.negated or hit.type == "CONSULT" or named \
                or planned_meeting_word(article, sent, lang, text, tokens, hit) \
                or threatened_content(lang, text, tokens, hits, k):
            continue
        governed = hit.nominal and any(left <= hit.start < right for left, right in judged)
        judge = next((h.start for j, h in enumerate(hits) if governed and j in clauses and not h.negated
                      and clauses[j][0] <= hit.start < clauses[j][1] and h.end <= hit.start), None)
        reach = date_reach(sent, hit, hits, clauses[k][1]) if k in clauses else None
        own = dates if hit.type in VERBAL else judged_dates(sent, hit, hits, clauses, dates)
        event = build_act(article, sent, lang, text, tokens, hit, mentions, own, story, ctx, governed, reach,
                          before + out, judge=judge)
        if event is None:
            unaddressed += [k] if hit.data.get("unaddressed") else []
            continue
        out = added(out, event, lang, text, tokens, sent, hit, own)
        if event.participants:
            story.acting, story.acting_index = [p.country for p in event.participants if p.country], story.index
            story.acting_spoke = event.type in VERBAL
    for k in unaddressed:  # 'called for restraint after X fired a missile': X's act; else a bare threat of force
        event = build_act(article, sent, lang, text, tokens, hits[k], mentions, dates, story, ctx, False,
                          date_reach(sent, hits[k], hits, clauses[k][1]) if k in clauses else None, before + out,
                          bare=True)
        out = added(out, event, lang, text, tokens, sent, hits[k], dates) if event else out
    return out


def planned_meeting_word(article: Article, sent: Span, lang, text: str, tokens, hit: ActHit) -> bool:
    """'will travel to Rome on Tuesday to meet X', 'is due to meet X': a meeting word still ahead, which the language
    reads as an intent to meet (AGREE), is the planned meeting this sentence already reports (CONSULT, planned), not
    an agreement besides it ('agreed to meet again' keeps its own act word: 'agreed')."""
    if hit.type != "AGREE" or not any(
            e.type == "CONSULT" and e.status != "occurred" and sent in e.evidence for e in article.events):
        return False
    if hit.data.get("future_of") == "CONSULT":  # the language read a plan to meet ('B와 회담할 계획이다')
        return not hit.data.get("decided")  # one decided ('회담하기로 합의했다') stays an agreement
    return hit.status != "occurred" and any(t.start < hit.end and hit.start < t.end
                                            for t in lang.meeting_triggers(text, tokens))


def threatened_content(lang, text: str, tokens, hits: list[ActHit], k: int) -> bool:
    """'두 장관은 북한이 도발하면 동맹이 압도적으로 대응할 것이라고 경고했다': a promised act in the complement of the
    sentence's warning verb (the next act word after it, the main predicate, with at most the complement's ending
    between: '것이라고') is what the warning threatens, not a promise besides it (the THREATEN is the event); an
    agreement coordinated before the warning ('훈련을 확대하기로 합의하고, ... 경고했다') stays."""
    hit = hits[k]
    if hit.type != "AGREE" or hit.status == "occurred" or hit.nominal or k + 1 >= len(hits):
        return False
    after = hits[k + 1]
    return after.type == "THREATEN" and not after.negated and after.start >= hit.end \
        and len(text[hit.end:after.start].split()) <= 1 \
        and lang.main_predicate(text, tokens, after.start) and not lang.main_predicate(text, tokens, hit.start)


def judged_dates(sent: Span, hit: ActHit, hits: list[ActHit], clauses: dict[int, tuple[int, int]],
                 dates: list[DateRef]) -> list[DateRef]:
    """The dates a material act judged by a statement before it in one clause may take ('Seoul on Thursday
    condemned Pyongyang for launching a missile on Tuesday'): not those before the judging verb's end, which
    date the statement."""
    ends = [h.end for j, h in enumerate(hits) if j in clauses and not h.negated and h.end <= hit.start
            and clauses[j][0] <= hit.start < clauses[j][1]]
    if not ends:
        return dates
    bound = sent.start + max(ends)
    return [d for d in dates if d.span.start >= bound]


def added(out: list[Event], event: Event, lang, text: str, tokens, sent: Span, hit: ActHit,
          dates: list[DateRef]) -> list[Event]:
    """The sentence's events with one more: an act of a type already found is the same act unless its
    own words date it on another day or (a show of force) another state does it."""
    same = [o for o in out if o.type == event.type  # a day its own words state: another act
            and (o.date == event.date or event.date_basis != "text")
            and (event.type not in UNDIRECTED  # a show of force by another state is another act
                 or {p.country for p in o.participants} == {p.country for p in event.participants})]
    if not same:
        return out + per_day(event, lang, text, tokens, sent, hit, dates)
    if event.recipients and not any(o.recipients for o in same):  # '동원해 ... 대응 사격을 했다'
        return [o for o in out if o.type != event.type] + per_day(event, lang, text, tokens, sent, hit, dates)
    return out


def previous_acts(article: Article, story, skip: int = 0, last: int = 1,
                  types: frozenset[str] | set[str] = ANSWERED) -> list[Event]:
    """The acts of `types` in the `last` sentences before this one but the nearest `skip`, in order: the conflict
    acts of the one before (what an unaddressed appeal or warning answers) or of those before it (what was done
    to its actor, `aimed_at`); the requests, offers and ultimatums a rejection naming no owner answers."""
    sents = set(article.sentences[max(0, story.index - last):max(0, story.index - skip)])
    return [e for e in article.events if e.type in types and any(s in sents for s in e.evidence)]


def per_day(event: Event, lang, text: str, tokens, sent: Span, hit: ActHit, dates: list[DateRef]) -> list[Event]:
    """'fired missiles on November 2 and 3': a material act its clause dates on several days is one
    event per day (statements are dated once, by their meeting or report)."""
    if event.type in VERBAL:
        return [event]
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    recalled = [d for d in dates if recalled_for(d, sent.start + hit.start)]
    pool = recalled or [d for d in dates if not d.background]  # 'after X fired on May 2 and 3,': that clause's
    days = list(dict.fromkeys(d.value for d in pool if d.value and d.precision == "day" and not d.reporting
                              and sent.start + left <= d.span.start < sent.start + right))
    if len(days) <= 1:
        return [event]
    return [dataclasses.replace(event, date=day, date_precision="day", date_basis="text",
                                participants=list(event.participants), recipients=list(event.recipients),
                                evidence=list(event.evidence)) for day in days]


def inside_person(mentions: list[Mention], pos: int, last: int | None = None) -> bool:
    """Whether an act word lies within a person's name or title, from its first character `pos` to its last
    `last`: a title names an office, not an act ('Sanctions Coordinator X'). An act reaching out of the name is
    read: a pair whose noun heads the title and whose verb follows the name acts on that person ('존 스미스 기자를
    석방했다'; the manual codes the predicate with its arguments), as a verb whose span ends in the name does
    ('summoned the ambassador X')."""
    people = [m.span for m in mentions if m.span.label == "person"]
    return any(m.start <= pos < m.end for m in people) and (last is None or any(m.start <= last < m.end for m in people))


def diplomatic(hit: ActHit, mentions: list[Mention], pos: int) -> ActHit:
    """A protest by an official is a diplomatic protest: PLOVER codes it ACCUSE 'disapprove' (PROTEST is
    for demonstrations and other physical protest)."""
    officials = [m for m in mentions if m.entity and m.entity.kind == "person" and m.entity.office
                 and not m.excluded and m.span.start < pos]
    if hit.data.get("people_subject"):  # 'supporters of the former president blocked roads': people protest
        return hit
    return dataclasses.replace(hit, type="ACCUSE", mode="disapprove") if hit.type == "PROTEST" and officials else hit


def build_act(article: Article, sent: Span, lang, text: str, tokens, hit: ActHit, mentions: list[Mention],
              dates: list[DateRef], story, ctx, governed: bool = False, reach: int | None = None,
              context: list[Event] | None = None, bare: bool = False, judge: int | None = None) -> Event | None:
    """The event of one act word. `governed`: a noun act in the clause of a statement ('condemned the
    attack', '공격을 규탄했다'): the statement's subject judges it and did not do it. `reach`: where a
    date after the word stops dating it (`date_reach`). `context`: the acts just reported, which an
    appeal or warning that names no one answers (`implied_recipients`). `bare`: the last reading of such an
    act, when no act of the sentence answered it: a threat of force stands with no receiving side. `judge`: where
    the verb that judges a governed act stands when it comes first ('X's president condemned the attack')."""
    stated = True  # the acting side read from the act's own words (not a meeting's or the story's)
    hit = diplomatic(hit, mentions, sent.start + hit.start)
    countries = countries_in(article, sent, ctx)  # found only for sentences where an act word matched
    meetings_here = [e for e in article.events if e.type == "CONSULT" and sent in e.evidence]
    items = side_items(sent, mentions, countries, story) + state_group_items(article, sent, lang, text, countries,
                                                                             story, ctx)
    venues = venue_spans(article, sent, lang, text, tokens, meetings_here)
    items = sorted((i for i in items if not gathering(lang, text, sent, i)
                    and not set(venues.get((i.span.start, i.span.end), ())) & set(i.codes)), key=lambda i: i.span.start)
    trig = Trigger(hit.start, hit.end, text[hit.start:hit.end])
    roles = read_roles(lang, without_conditions(text, hit), tokens, sent, trig, items)
    settings = ctx.settings.language(sent.label)
    agents = named_agents(sent, hit, items)  # 'an attack on X by Y': the language found the agent
    if agents:
        actors = agents
    elif hit.data.get("suffered") or hit.data.get("received"):
        return None  # 'X was criticized', 'X received aid' with no one named: X suffers or receives, nobody named acts
    elif hit.nominal and hit.type not in VERBAL:
        actors = nominal_actor(lang, text, sent, hit, owner_candidates(sent, hit, countries, judge), settings, governed) \
            or (not governed or meetings_here or story.meeting) and leftover_countries(countries, meetings_here, story) \
            or story.offender  # a judged act ('condemned the bombing') with no meeting: not the judge's
    elif governed and judge is not None and hit.nominal and hit.type in OWNED_MEASURES and (owners := nominal_actor(
            lang, text, sent, hit, owner_candidates(sent, hit, countries, judge), settings, governed)):
        actors = owners  # 'Russia criticized EU sanctions against X': the judged sanctions are the EU's, not the critic's
    else:
        actors = subject_countries(lang, text, tokens, sent, hit, items, roles)
        stated = bool(actors)
        if unagented(hit, GIVEN_PASSIVE):
            return None  # 'the aid was delivered through the WFP': what was given, or to whom, and no giver named
        if actors and unagented(hit, PATIENT_PASSIVE):  # 'two Japanese nationals were detained in China': they suffered it
            placed = placing_state(sent, hit, items + place_items(article, sent), actors)
            if not placed:
                return None  # the detained are no detainers, and no one else is named
            hit, actors = dataclasses.replace(hit, data={**hit.data, "patients": actors}), placed
        if not actors and hit.type not in VERBAL:  # a dropped subject: '(it) then fired artillery' goes on
            actors = story.mobilizer
        actors = actors or meeting_countries(meetings_here) or continued_side(hit, story) \
            or meeting_countries([story.meeting] if story.meeting else [])
        actors = actors or speaker_side(sent, hit, items, roles)
        if hit.data.get("joint"):  # a decision quoted without its subject: the parties of the talks took it
            actors = joint_actors(actors, meetings_here or ([story.meeting] if story.meeting else []))
        elif hit.type in MUTUAL and hit.status == "occurred" and len(meetings_here) == 1:
            actors = joint_actors(actors, meetings_here)  # 'A는 B와 회담을 하고 ...하기로 합의했다': agreed with B
    if hit.data.get("victims"):  # 'a car bomb killed three Somali soldiers': the harmed never attack
        actors = attackers_of_victims(article, sent, hit, items, actors)
    if hit.data.get("home_subject") or not actors:  # a body many states have ('the presidential office', its state
        # named nowhere in the clause) is the dateline's state before any default's
        actors = unnamed_actors(article, sent, hit, items, roles, countries, ctx) or actors
    if not actors:
        return None
    if hit.type == "MOBILIZE":
        story.mobilizer = actors
    if hit.type in ("MOBILIZE", "ASSAULT"):  # who launched, deployed or struck last: whom 'condemned the attack' judges
        story.offender = actors
    lookback = ctx.settings.answered_lookback_sentences  # read back only for an answer that names no one
    proposals = previous_acts(article, story, 0, lookback, PROPOSING) if hit.data.get("rejected_proposal") else []
    earlier = previous_acts(article, story, 1, lookback) if hit.data.get("unaddressed") else []
    sides = read_recipients(SideReading(article, sent, lang, text, tokens, hit, items, roles, settings, story,
                                        context or [], meetings_here, actors, proposals=proposals, earlier=earlier))
    actors, recipients, domestic = sides.actors, sides.recipients, sides.domestic
    if hit.data.get("patients"):
        recipients = [c for c in hit.data["patients"] if c not in actors]
    acting, receiving = sided(actors, recipients, domestic, hit, lambda c, acts: acts and agents and agent_sector(
        sent, hit, items, c) or side_sector(c, items, roles, acts) or acts and hit.data.get("people_subject"))
    # 'thousands of farmers protested': the people's sector, not the government's
    if hit.data.get("patients"):  # the state where it happened acts as a state, not with the sufferers' sector
        acting = [country_entity(e.country) if e.kind == "country" else e for e in acting]
    if (hit.type in NEEDS_RECIPIENT or hit.type in PROPOSAL_OR_RECIPIENT and not standing_rejection(hit, stated)) \
            and not receiving and not hit.data.get("judged_act") \
            and hit.data.get("threatened") not in UNDIRECTED and not bare_threat(hit, bare) \
            and not refused_meeting(hit) and not hit.data.get("not_recipient_spans"):
        # a refused measure ('opposed sanctions on X') stands alone
        return None  # 'threatened to conduct a nuclear test' is aimed at no one, and so is a bare threat of force
    if history(lang, text, tokens, sent, hit, dates, article.reference_date, ctx.settings.history_year_reach_chars):
        return None  # 'fought a border war from 1998 to 2000': history, no news of the report's days
    if hit.data.get("effort_only") and hit.type == "AGREE" and len(acting) == 1 and not receiving:
        return None  # '끝까지 노력하겠다': one side's pledge of effort (the language's mark) agrees with no one
    event = Event(hit.type, hit.mode or lang.act_mode(hit, text), hit.status, acting, receiving,
                  lang=sent.label, evidence=[sent], trigger=text[hit.start:hit.end], generic=hit.generic)
    own = [d for d in dates if recalled_for(d, sent.start + hit.start)] if hit.data.get("background") else dates
    if hit.type in VERBAL and hit.data.get("content_span"):  # 'proposed to hold talks next month': the content's day
        lo, hi = hit.data["content_span"]
        own = [d for d in own if not sent.start + lo <= d.span.start < sent.start + hi]
    date_act(event, sent.start + hit.start, own, story, meetings_here, article.reference_date, reach,  # background: its own
             recent=bool(hit.data.get("recent")))
    return event


def history(lang, text: str, tokens, sent: Span, hit: ActHit, dates: list[DateRef], ref: date | None,
            reach: int) -> bool:
    """An act whose own clause dates it by an earlier year alone, close to its word ('signed a peace deal in 2018',
    '2018년에 서명했다'), with no day or month in the clause: history the story recalls, not an event of its days.
    (A year farther away belongs to what the clause goes on to tell: 'offered to hand over two nationals suspected
    of blowing up a plane in 1988'.)"""
    if ref is None or not lang.past_year(text, max(0, hit.start - reach), hit.end + reach, ref.year):
        return False  # most acts have no earlier year near them: the clause is read only when one does
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    if not lang.past_year(text, max(left, hit.start - reach), min(right, hit.end + reach), ref.year):
        return False
    return not any(d.value and d.precision in ("day", "month") and sent.start + left <= d.span.start < sent.start + right
                   for d in dates)


PATIENT_PASSIVE = frozenset({"COERCE", "ASSAULT"})  # force whose passive's subject suffered it
GIVEN_PASSIVE = frozenset({"AID"})  # help whose passive's subject is what was given or who received it


def unagented(hit: ActHit, types: frozenset[str]) -> bool:
    """An act of `types` in the passive with no agent the language found ('were arrested', '체포됐다', 'was
    delivered', no 'by X' or '에 의해'): its subject suffered or received it, and did not do it."""
    return hit.type in types and bool(hit.data.get("passive")) and hit.data.get("by") is None \
        and "agent_span" not in hit.data


def placing_state(sent: Span, hit: ActHit, items: list[SideItem], patients: list[str]) -> list[str]:
    """The state where an agentless use of force happened, nearest the act word ('were detained in China',
    'was arrested in Beirut', '모스크바에서 체포됐다'): its authorities did it (the manual codes an arrest in
    Lebanon as Lebanon's). None but the sufferers' own state: no one named."""
    at = sent.start + hit.start
    others = [i for i in items if not set(i.codes) & set(patients) and not any(c in IGO_CODES for c in i.codes)]
    nearest = min(others, key=lambda i: abs(i.span.start - at), default=None)
    return list(nearest.codes) if nearest is not None else []


def standing_rejection(hit: ActHit, stated: bool) -> bool:
    """'Iran rejected the proposal', 'rejected Western demands': a rejection of something put forward, whose own
    clause names who rejects, stands with no receiving side."""
    return stated and bool(hit.data.get("rejected_proposal") or hit.data.get("unowned_proposal"))


def continued_side(hit: ActHit, story) -> list[str]:
    """'China criticized Japan. It also urged Tokyo to ...', '... 비판했다. 이어 일본에 ... 요구했다': an act whose subject the
    language found to be 'it' or dropped is done by the acting side of the sentence just before (or of this one); one
    whose subject is a bare office ('The spokesman also demanded', '대변인은') only when that act was a statement."""
    how = hit.data.get("continued")
    if not how or story.acting_index < story.index - 1 or how == "office" and not story.acting_spoke:
        return []  # 'North Korea fired a missile. The spokesman condemned ...': a voice is not the one who fired
    return list(story.acting)


def owner_candidates(sent: Span, hit: ActHit, countries: list[CountryMention], judge: int | None) -> list[CountryMention]:
    """The countries that may own a noun act: none before the verb that judges it ('X's president condemned the
    attack') and none inside a condition ('should X refuse, Y's sanctions')."""
    conditions = hit.data.get("conditions", ())
    return [c for c in countries if (judge is None or c.start >= sent.start + judge)
            and not any(sent.start + a <= c.start < sent.start + b for a, b in conditions)]


def unnamed_actors(article: Article, sent: Span, hit: ActHit, items: list[SideItem], roles: list[str],
                   countries: list[CountryMention], ctx) -> list[str]:
    """The acting state when the clause names none: a state body summoning an envoy ('SEOUL -- The foreign ministry
    summoned ...': the post's host, else the dateline's state); people with no state of their own ('hundreds of
    people blocked streets in X': the place's state, else a country named that is not what they act on, nor a body)."""
    if hit.data.get("home_subject"):
        found = post_host(sent, hit, items + place_items(article, sent)) or dateline_state(article, sent, ctx)
        if found:
            return found
    if hit.data.get("people_subject"):
        received = {i.span.start for i, r in zip(items, roles) if r == "object"  # 'rebels condemned Norway': not theirs
                    or any(sent.start + lo <= i.span.start < sent.start + hi  # 'before X's embassy': X is protested
                           for lo, hi in hit.data.get("protested_spans", ()))}
        return home_country(place_items(article, sent)) \
            or home_country([c for c in countries if c.start not in received  # 'outside X's embassy in Seoul'
                             and not any(code in IGO_CODES for code in c.codes)])  # a body is no one's home
    return []


def post_host(sent: Span, hit: ActHit, items: list[SideItem]) -> list[str]:
    """The state hosting the post of the envoy a state body summons ('summoned the Japanese ambassador to
    Seoul': Seoul's state summons), where the language found the host's words (`envoy_post`)."""
    span = hit.data.get("envoy_post")
    if not span:
        return []
    lo, hi = span
    return list(dict.fromkeys(code for i in items if sent.start + lo <= i.span.start < sent.start + hi
                              for code in i.codes))


def dateline_state(article: Article, sent: Span, ctx) -> list[str]:
    """The state of the city of the dateline before the sentence: a state body the sentence names without its
    state ('SEOUL -- The foreign ministry summoned the Japanese ambassador') is of the state the story is
    filed from (the language marks such a subject: `home_subject`); no dateline, no state."""
    lines = [d for d in article.datelines if d.start <= sent.start]
    if not lines:
        return []
    line = lines[-1]
    place = ctx.language(sent.label).dateline_place(article.text[line.start:line.end], line.start)
    return [place.country] if place and place.country else []


def attackers_of_victims(article: Article, sent: Span, hit: ActHit, items: list[SideItem], actors: list[str]) -> list[str]:
    """The acting side of an attack whose victims the language marked (`victims`): the actors read, less the states
    of the victims; none left, the state of the place the sentence names ('a suicide bombing in Mosul killed two American
    contractors': Iraq's side attacks; 'a car bomb killed Somali soldiers in Mogadishu': a domestic attack)."""
    lo, hi = hit.data["victims"]
    harmed = {code for i in items if sent.start + lo <= i.span.start < sent.start + hi for code in i.codes}
    kept = [a for a in actors if a not in harmed]
    return kept or home_country(place_items(article, sent))


def refused_meeting(hit: ActHit) -> bool:
    """A refusal to meet ('boycotted the summit', 'refused to attend the talks'): REJECT of a meeting, an act of
    the actor toward the meeting itself even when the sentence names neither the host nor the other party (a
    refused proposal, offer or request, by contrast, needs the one who made it: 'rejected the offer')."""
    return hit.type == "REJECT" and not hit.data.get("rejected_proposal") \
        and (hit.mode == "meet" or hit.data.get("refused_type") == "CONSULT")


def bare_threat(hit: ActHit, last_reading: bool) -> bool:
    """A threat of force, repression or a show of force ('threatened to close the strait', 'would deploy
    troops'), which stands with no receiving side; one the language saw as unaddressed only on its last
    reading, once no act of the sentence answered it."""
    threatened = hit.data.get("threatened") or hit.data.get("stated_type")
    return hit.type == "THREATEN" and threatened in BARE_THREATS and (last_reading or not hit.data.get("unaddressed"))


def side_sector(code: str, items: list[SideItem], roles: list[str], acting: bool) -> str | None:
    """The sector of the words that named `code` on one side: the acting side prefers a subject's
    words, the receiving side any other's; else the first that gives one."""
    named = sorted(((r == "subject") != acting, i.span.start, i.sector) for i, r in zip(items, roles)
                   if code in i.codes and i.sector)
    return next((sector for _rank, _at, sector in named), None)


def venue_spans(article: Article, sent: Span, lang, text: str, tokens,
                meetings: list[Event]) -> dict[tuple[int, int], tuple[str, ...]]:
    """Where this sentence names the place of a meeting it reports, or a city in a locative of a sentence with a
    meeting word ('싱가포르서 회담', 'talks in Singapore'), with the place's state: a city-state or capital of the
    state a country word there names is where the statements were made, not a side of them ('한·호주 외교장관,
    싱가포르서 회담…"북한 도발 규탄"'). A country in a locative may be a side ('a halt in North Korea and Russia's
    cooperation'), and so is a capital with no meeting word ('protested to Caracas', 'Beijing condemned'), or a
    state that only shares a town's name ('delivered to Armenia')."""
    out = {(p.span.start, p.span.end): (p.country,) for p in article.places if sent.start <= p.span.start < sent.end
           and p.span.data.get("locative") and p.precision == "city" and p.country}
    if out and not lang.meeting_triggers(text, tokens):
        out = {}
    for e in meetings:
        if e.location is not None and e.location.country:
            out[e.location.span.start, e.location.span.end] = (e.location.country,)
    return out


def gathering(lang, text: str, sent: Span, item: SideItem) -> bool:
    """A body named in a gathering's name ('praised the coming ASEAN summit', 'G20 정상회의에서'): where an act
    happens or what is attended, no party to it."""
    return bool(set(item.codes) & IGO_CODES) and lang.names_a_venue(text, item.span.start - sent.start,
                                                                      item.span.end - sent.start)


def counted_group(m: Mention, story) -> list[str]:
    """The states of a group reference with no meeting to stand for: the officials just named together, else as
    many people as it counts among the earlier sentences' subjects ('A rejected ... B asked ... The two ministers
    agreed'; pipeline/events.expand reads the people the same way)."""
    people = story.joint or story.counted(m.span.data.get("size"))
    return list(dict.fromkeys(e.country for e in people if e.country))


def side_items(sent: Span, mentions: list[Mention], countries: list[CountryMention], story) -> list[SideItem]:
    items = []
    followed = [c for c in countries if c.sector]  # 'Assad's forces', '마두로 지지자들': the followers' phrase speaks
    persons = [m for m in mentions if not m.excluded
               and not any(c.start <= m.span.start and m.span.end <= c.end and c.end - c.start > m.span.end - m.span.start
                           and m.entity and m.entity.country in c.codes for c in followed)]
    for m in persons:
        if m.span.label == "group":
            codes = meeting_countries([story.meeting] if story.meeting else []) or counted_group(m, story)
        else:
            codes = [m.entity.country] if m.entity and m.entity.country else []
        if codes:
            items.append(SideItem(m.span, codes, m.entity.sector if m.entity else None))
    for c in countries:
        covering = [m for m in persons if m.span.start <= c.start < m.span.end]
        if not covering:
            items.append(SideItem(Span(c.start, c.end, "country"), list(c.codes), c.sector))
        elif any(m.entity and m.entity.country in c.codes for m in covering):
            # '한·캐나다 외교장관': one holder known, the compound's other state stands for its own (an office group
            # already names a state with no known holder: pipeline/mentions.office_group)
            held = {m.entity.country for m in covering if m.entity}
            rest = [code for code in c.codes if code not in held]
            if rest:
                items.append(SideItem(Span(c.start, c.end, "country"), rest, c.sector))
    return sorted(items, key=lambda i: i.span.start)


def state_group_items(article: Article, sent: Span, lang, text: str, countries: list[CountryMention], story,
                      ctx) -> list[SideItem]:
    """'China accused the four countries of stirring up tensions', '중국은 세 나라가 긴장을 고조시킨다고 비난했다': a
    number of states named by a group word stands for the states of the latest meeting reported that has that many
    (a bilateral on its sidelines since is not it), else for those of the last sentence naming that many; a phrase
    that names its states itself ('한일 양국') is read through its country words already."""
    items = []
    for start, end, count in lang.state_references(text):
        if any(sent.start + start <= c.start < sent.start + end for c in countries):
            continue
        held = (meeting_countries([e]) for e in reversed(article.events) if e.type == "CONSULT")
        codes = next((m for m in held if len(m) == count), None) or states_named_before(article, story.index, ctx,
                                                                                         count)
        if len(codes) == count:
            items.append(SideItem(Span(sent.start + start, sent.start + end, "country"), list(codes)))
    return items


def named_agents(sent: Span, hit: ActHit, items: list[SideItem]) -> list[str]:
    """The states named where the language says a noun act's agent stands (`agent_span`: after "by")."""
    lo, hi = hit.data.get("agent_span") or (0, 0)
    return list(dict.fromkeys(code for i in items if sent.start + lo <= i.span.start < sent.start + hi
                              for code in i.codes))


def agent_sector(sent: Span, hit: ActHit, items: list[SideItem], code: str) -> str | None:
    """The sector of the words that named `code` as a noun act's agent ('an attack by the ELN': REB), which the
    act's own words say, before the clause subject's ('the Colombian government condemned ...': not the attacker)."""
    lo, hi = hit.data.get("agent_span") or (0, 0)
    return next((i.sector for i in items if sent.start + lo <= i.span.start < sent.start + hi
                 and code in i.codes and i.sector), None)


def home_country(countries: list[CountryMention] | list[SideItem]) -> list[str]:
    """The one state a sentence names (people and institutions without a country word belong to it), by its
    country words or by its places."""
    codes = list(dict.fromkeys(code for c in countries for code in c.codes))
    return codes if len(codes) == 1 else []


def sided(actors: list[str], recipients: list[str], domestic: set[str], hit: ActHit,
          named_sector: Callable[[str, bool], str | None]) -> tuple[list, list]:
    """The sides as entities, each with the sector of the words that named it ('Syrian rebels': REB).
    A country on both sides of a domestic act ('police arrested protesters') is two parts of that
    state, told apart by the sectors the language read (`people_subject`, `domestic_sector`) and given
    their own ids; where they cannot be told apart, the recipient is dropped."""
    acting = [domestic_entity(c, hit.data.get("people_subject")) if c in domestic else
              country_entity(c, named_sector(c, True)) for c in actors]
    ids = {e.id for e in acting}
    receiving = [domestic_entity(c, hit.data.get("domestic_sector") or named_sector(c, False)) if c in domestic else
                 country_entity(c, named_sector(c, False)) for c in recipients]
    return acting, [e for c, e in zip(recipients, receiving) if c not in domestic or e.id not in ids]


def domestic_entity(code: str, sector: str | None):
    """One side of a domestic act: a sector other than the government's makes it a part of the state,
    with an id of its own so that both sides stay two parties."""
    entity = country_entity(code)
    if not sector or sector == entity.sector:
        return entity
    return dataclasses.replace(entity, id=f"{entity.id}_{sector.lower()}", sector=sector)


def joint_actors(actors: list[str], meetings: list[Event]) -> list[str]:
    """All parties of the meeting when the actor found is one of them; else the actor found."""
    parties = meeting_countries(meetings)
    return parties if actors and set(actors) <= set(parties) else actors


def meeting_countries(meetings: list[Event]) -> list[str]:
    codes = [p.country for e in meetings for p in e.participants if p.country]
    return list(dict.fromkeys(codes))


def without_conditions(text: str, hit: ActHit) -> str:
    """The sentence with its condition clauses (`data["conditions"]`, from the language) blanked, offsets
    kept: 'X said that, should Y refuse, it would ...' has its roles read as 'X said that it would ...'."""
    for a, b in hit.data.get("conditions", ()):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def subject_countries(lang, text: str, tokens, sent: Span, hit: ActHit, items: list[SideItem],
                      roles: list[str]) -> list[str]:
    """The acting side: the subjects of the act's own clause; else, for the sentence's main predicate,
    its first subject (the topic), and for an embedded one the nearest subject before it."""
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    conditions = hit.data.get("conditions", ())  # 'should X refuse, Y would ...': X is the condition's, not the act's
    kept = [(i, r) for i, r in zip(items, roles)
            if not any(sent.start + a <= i.span.start < sent.start + b for a, b in conditions)]
    items, roles = [i for i, _ in kept], [r for _, r in kept]
    in_clause = [(i, r) for i, r in zip(items, roles) if sent.start + left <= i.span.start < sent.start + right]
    subjects = [i for i, r in zip(items, roles) if r == "subject" and i.span.start < sent.start + hit.start]
    inside = [i for i, r in in_clause if r == "subject"]  # a passive's agent may follow the verb
    if inside:
        chosen = inside
    elif not subjects:
        chosen = []
    else:
        chosen = coordinated_group(lang, text, sent, subjects, first=lang.main_predicate(text, tokens, hit.start))
    return list(dict.fromkeys(code for i in chosen for code in i.codes))


def speaker_side(sent: Span, hit: ActHit, items: list[SideItem], roles: list[str]) -> list[str]:
    """'외교부 당국자는 "일본 측에 시정을 요구했다"고 밝혔다': an act with no subject of its own and no talks
    to take it from, told by the official who speaks before it, is the speaker's side's ('we demanded')."""
    speakers = [i for i, r in zip(items, roles) if r == "source" and i.span.start < sent.start + hit.start]
    return list(speakers[-1].codes) if speakers else []


def coordinated_group(lang, text: str, sent: Span, subjects: list[SideItem], first: bool) -> list[SideItem]:
    """The first (or the last) subject with the subjects coordinated with it ('A와 B는', 'A and B')."""
    group = [subjects[0] if first else subjects[-1]]
    step = subjects[1:] if first else list(reversed(subjects[:-1]))
    for item in step:
        a, b = (group[-1], item) if first else (item, group[-1])
        if not lang.coordinated(text, a.span.end - sent.start, b.span.start - sent.start):
            break
        group.append(item)
    return group


def nominal_actor(lang, text: str, sent: Span, hit: ActHit, countries: list[CountryMention],
                  settings, governed: bool = False) -> list[str]:
    """'북한의 탄도미사일 발사', '북한군 파병', 'North Korea's troop dispatch', 'launches by X': the
    owner in the genitive or right before the noun, else the nearest subject or owner within reach
    (not the subject of a statement that judges the act: `governed`)."""
    pos, end = sent.start + hit.start, sent.start + hit.end
    countries = [c for c in countries if not c.recipient]  # a recipient form ('대북 제재') never acts
    after = [c for c in countries if 0 <= c.start - end <= settings.nominal_owner_reach_chars]
    if after and lang.agent_follows(text, hit.end):  # 'drills by A and B': every owner coordinated with the first
        owners = [after[0]]
        for c in after[1:]:
            if not lang.coordinated(text, owners[-1].end - sent.start, c.start - sent.start):
                break
            owners.append(c)
        return list(dict.fromkeys(code for c in owners for code in c.codes))
    owner = [c for c in countries if 0 <= pos - c.end <= settings.nominal_owner_reach_chars and c.genitive]
    if owner:
        return owner[0].codes  # '북한의 러시아 파병': the owner, not the destination
    adjacent = [c for c in countries if 0 <= pos - c.end <= settings.nominal_adjacent_chars and c.particle is None]
    if adjacent:
        return adjacent[-1].codes
    near = [c for c in countries if 0 <= pos - c.end <= settings.nominal_actor_reach_chars
            and (c.genitive or (c.subject and not governed))]
    subjects = [c for c in near if c.subject and not governed]
    if hit.type in JOINT_NOUNS and len(subjects) > 1:  # 'Algeria and Tunisia began joint patrols': both act
        return list(dict.fromkeys(code for c in subjects for code in c.codes))
    return near[-1].codes if near else []


JOINT_NOUNS = {"COOPERATE"}  # a noun act two subjects do together (the other mutual types are verbal)


def leftover_countries(countries: list[CountryMention], meetings: list[Event], story) -> list[str]:
    """A launch in a sentence about a meeting: the one country that is not a party to it."""
    parties = set(meeting_countries(meetings or ([story.meeting] if story.meeting else [])))
    codes = list(dict.fromkeys(code for c in countries if not c.recipient for code in c.codes if code not in parties))
    return codes if len(codes) == 1 else []


def recalled_for(d: DateRef, pos: int) -> bool:
    """A background date that dates the act at `pos`: both stand in one subordinate clause ('after X
    fired missiles on November 2,', '12일 발사한 후')."""
    clause = d.span.data.get("clause")
    return bool(d.value and d.background and clause and clause[0] <= pos < clause[1])


def date_reach(sent: Span, hit: ActHit, hits: list[ActHit], right: int) -> int:
    """Where a date after a statement's verb stops dating the statement: the end of the verb's clause
    (`right`), or an earlier word of another act in it ("condemned X on Monday" is Monday's statement; in
    "condemned X's launch on Sunday" the day is the launch's; "signed an agreement on Friday" is one act)."""
    later = [h.start for h in hits if hit.end <= h.start < right and h.type != hit.type]
    return sent.start + min([right, *later])


def date_act(event: Event, pos: int, dates: list[DateRef], story, meetings: list[Event], ref: date | None,
             reach: int | None = None, recent: bool = False) -> None:
    """A statement made at a meeting has the meeting's date; a launch has the date its sentence gives,
    a statement the date before its verb or after it up to `reach`.
    An act said to be recent ('recently launched') with no date of its own came before the story's
    day: it takes the publication day as a weak date (on or before it), never the story's."""
    actors = {e.country for e in event.participants}
    meeting = meetings[0] if meetings else story.meeting
    if event.type in VERBAL and meeting and meeting.date and actors <= {p.country for p in meeting.participants} \
            and not any(d.value and not d.reporting and not d.background and pos < d.span.start < (reach or pos)
                        for d in dates):  # 'A day after meeting X, Y condemned Z on Friday': the statement's own day
        event.date, event.date_precision, event.date_basis = meeting.date, meeting.date_precision, "narrative"
        return
    recalled = [d for d in dates if recalled_for(d, pos)]
    usable = recalled or [d for d in dates if d.value and not d.reporting and d.precision != "year" and not d.background
                          and (event.type not in VERBAL or d.span.start < pos or pos < d.span.start < (reach or pos))]
    if usable:
        d = min(usable, key=lambda d: abs(d.span.start - pos))
        event.date, event.date_precision, event.date_basis = d.value, d.precision, "text"
        event.local_time = d.local_time
    else:
        day = None if recent else story.day
        if day or ref:
            event.date, event.date_precision = day or ref, "day"
            event.date_basis = "narrative" if day else "published"
