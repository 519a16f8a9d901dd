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
from typing import Callable

from readout.lang.base import ActHit, Trigger
from readout.model import Article, CountryMention, DateRef, Event, Mention, Span
from readout.pipeline.act_winners import winner_state
from readout.pipeline.accord_documents import per_document
from readout.pipeline.act_matter import accord_matter, matter_contexts
from readout.pipeline.act_charged_deeds import without_third_party_charges
from readout.pipeline.act_claimed_land import outside_claimed_land
from readout.pipeline.asked_deeds import asked_time
from readout.pipeline.act_actors import dateline_clock
from readout.pipeline.act_actors import acting_side, side_sector, unowned_self_attack, comma_after
from readout.pipeline.act_side_items import act_items
from readout.pipeline.act_subjects import agent_sector
from readout.pipeline.act_pairs import keep_accord, per_partner
from readout.pipeline.act_dates import date_act, date_reach, history, judged_dates, judged_noun_dates, own_dates, per_day
from readout.pipeline.answer_dates import not_before_answered, not_before_offense, not_before_welcomed
from readout.pipeline.act_recipients import (ANSWERED, CHARGING, PROPOSING, UNDIRECTED, VERBAL, SideItem, SideReading,
                                             KEPT_ACTS, holding_kind)
from readout.pipeline.act_recipient_readers import read_recipients
from readout.pipeline.common import countries_in, country_entity, meeting_words_in, other_measure
from readout.pipeline.narrative import Offense
from readout.pipeline.act_own_government import forces_rioting
from readout.pipeline.roles import read_roles
from readout.pipeline.solo_exercises import solo_exercise
from readout.pipeline.statement_voice import statement_makers, statement_voice

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
FORCE = ("MOBILIZE", "ASSAULT")  # the acts a condemnation naming an act ('the launch', 'the shelling') judges
# cochair48: sides that back something together and name no side backed ('the leaders reaffirmed their support for
# peace', '정상들은 비핵화 목표에 대한 지지를 확인했다') state a shared goal: the manual's SUPPORT endorses another's
# policy or action, and nobody's is named; the goal belongs with their meeting or accord, no SUPPORT of its own
SHARED_STANCES = {"SUPPORT"}


def act_events(article: Article, sent: Span, mentions: list[Mention], dates: list[DateRef], story, ctx) -> list[Event]:
    lang = ctx.language(sent.label)
    text = article.text[sent.start:sent.end]
    tokens = article.tokens.get(sent.start, ())
    out: list[Event] = []
    hits = lang.find_acts(text, tokens)
    clauses = {k: lang.clause(text, tokens, h.start, h.end) for k, h in enumerate(hits) if h.type in VERBAL}
    judged = [clauses[k] for k, h in enumerate(hits) if k in clauses and not h.negated]
    asked = [(h.end, clauses[k][1]) for k, h in enumerate(hits) if k in clauses and h.type == "REQUEST"]
    hits = [judging(lang, text, hits, k, clauses[k]) if k in clauses else h for k, h in enumerate(hits)]
    before = previous_acts(article, story)
    shared = SentenceSides()  # what every act word of this sentence reads alike, found at the first one
    unaddressed: list[int] = []  # appeals and warnings that named no one and found no act to answer yet
    governed_events: list[tuple[Event, int]] = []  # noun acts a statement of this sentence judges, and where
    charged: list[Event] = []  # force deeds told only inside a charge's complement (act_charged_deeds)
    for k, hit in enumerate(hits):
        named = inside_person(mentions, sent.start + hit.start, sent.start + hit.end - 1)
        if hit.negated or hit.type == "CONSULT" or named or asked_to_end(hit, asked) \
                or planned_meeting_word(article, sent, lang, text, tokens, hit) \
                or threatened_content(lang, text, tokens, hits, k):
            continue
        governed = hit.nominal and any(left <= hit.start < right for left, right in judged)
        judge = next((h.start for j, h in enumerate(hits) if governed and j in clauses and not h.negated
                      and clauses[j][0] <= hit.start < clauses[j][1] and h.end <= hit.start), None)
        reach = date_reach(sent, hit, hits, clauses[k][1]) if k in clauses else None
        own = judged_noun_dates(lang, text, sent, k, hits, clauses, dates) if hit.type in VERBAL \
            else judged_dates(sent, hit, hits, clauses, dates)
        event = build_act(article, sent, lang, text, tokens, hit, mentions, own, story, ctx, governed, reach,
                          before + out, judge=judge, shared=shared)
        if event is None:
            unaddressed += [k] if hit.data.get("unaddressed") else []
            continue
        pairs = per_partner(event, hit, story.subjects_of_act)  # 'A, B와 각각 체결했다': one agreement per pair
        event = pairs[0]
        out = added(out, event, lang, text, tokens, sent, hit, own)
        charged += [event] if hit.data.get("charged_deed") and event in out else []
        out += pairs[1:] if event in out else []
        out += per_document(event, lang, text, tokens, hit)[1:] if event in out else []  # 'a trade pact and a
        # defence agreement': two accords (pipeline/accord_documents.py)
        # ko29: a target the language found before the act's word ('A가 추방하자 B는 맞추방으로'; `target_before`)
        # is the one the act answers, not a judge of it
        governed_events += [(event, sent.start + hit.start)] if governed and not hit.data.get("target_before") else []
        if event.participants and not (governed and story.acting_index == story.index):
            # ('criticized X over the drills': the judged noun act is no new speaker)
            note_acting(story, spoken_by(event, story), event.type in VERBAL, event.recipients)
    for k in unaddressed:  # 'called for restraint after X fired a missile': X's act; else a bare threat of force
        event = build_act(article, sent, lang, text, tokens, hits[k], mentions, dates, story, ctx, False,
                          date_reach(sent, hits[k], hits, clauses[k][1]) if k in clauses else None, before + out,
                          bare=True, shared=shared)
        out = added(out, event, lang, text, tokens, sent, hits[k], dates) if event else out
    unjudged(out, governed_events, shared.found[0] if shared.found else [])
    out = without_third_party_charges(out, charged)  # 'A accused B of shelling C': A's claim, no deed of the report
    if story.acting_index < story.index:  # en28: a statement with no act of its own is still a voice
        voice_went_on(story, lang.closing_voice(text),
                      opening_voice_states(article, sent, lang.opening_voice(text), ctx))
    elif not story.acting_spoke:  # en36: 'X said Y's drones had struck a refinery. It accused Y of ...': X speaks
        voice_over_deed(story, opening_voice_states(article, sent, lang.opening_voice(text), ctx))
    return out


def opening_voice_states(article: Article, sent: Span, span: tuple[int, int] | None, ctx) -> list[str]:
    """The states named in the subject span of a statement opening the sentence (`Language.opening_voice`)."""
    if span is None:
        return []
    lo, hi = sent.start + span[0], sent.start + span[1]
    return list(dict.fromkeys(code for c in countries_in(article, sent, ctx) if lo <= c.start < hi for code in c.codes))


def asked_to_end(hit: ActHit, asked: list[tuple[int, int]]) -> bool:
    """'called on X to halt airstrikes on civilians', 'asked for air defence to protect cities from missile strikes':
    force named in what an appeal asks is the state of things the appeal would change, not an act of the report's
    days (an act of its own is told in its own clause: 'condemned Monday's airstrikes')."""
    return hit.nominal and hit.type in FORCE and any(lo <= hit.start < hi for lo, hi in asked)


def judging(lang, text: str, hits: list[ActHit], k: int, clause: tuple[int, int]) -> ActHit:
    """A statement's hit with the kinds (type, mode) of the noun acts of force its clause names ('condemned the
    launch', '이번 포격을 규탄했다'): `judged_kinds`, by which `act_recipients_told.answered_provocation` finds whose act
    it was among the story's offenses. A measure, refusal or accord the language found as the judged object ('slammed
    the vetoes as "cynical" and accused X of ... the attack': the veto, refer42) is kept: force named further on in the
    clause is not what was slammed."""
    if any(kind in KEPT_ACTS for kind, _mode in hits[k].data.get("judged_kinds", ())):
        return hits[k]
    kinds = [(h.type, lang.act_mode(h, text)) for j, h in enumerate(hits)
             if j != k and h.nominal and h.type in FORCE and clause[0] <= h.start < clause[1]]
    return dataclasses.replace(hits[k], data={**hits[k].data, "judged_kinds": kinds}) if kinds else hits[k]


def unjudged(out: list[Event], governed: list[tuple[Event, int]], countries: list[CountryMention]) -> None:
    """'프랑스 외교부는 이번 포격을 규탄했다': the judge of a noun act, named only before the act's word (the statement's
    subject), is not what the act was done to; it leaves the judged acts' receiving sides. A judge the sentence names
    in or after the act's words may be its target ('Finland protested the seizure of a Finnish trawler')."""
    judged = [e for e, _at in governed]
    judges = {p.country for e in out if e.type in VERBAL and all(e is not g for g in judged) for p in e.participants}
    for event, at in governed:
        before = {c for c in judges if not any(c in m.codes and m.start >= at for m in countries)}
        event.recipients = [r for r in event.recipients if r.country not in before]


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
                                            for t in meeting_words_in(article, sent, lang))


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


def added(out: list[Event], event: Event, lang, text: str, tokens, sent: Span, hit: ActHit,
          dates: list[DateRef]) -> list[Event]:
    """The sentence's events with one more: an act of a type already found is the same act unless its
    own words date it on another day or (a show of force) another state does it."""
    same = [o for o in out if o.type == event.type  # a day its own words state: another act
            and (o.date == event.date or event.date_basis != "text")
            and (event.type not in UNDIRECTED  # a show of force by another state is another act
                 or {p.country for p in o.participants} == {p.country for p in event.participants})
            and not answering_side(o, event) and not other_measure(o, event) and not other_objects(o, event)]
    if not same:
        return out + per_day(event, lang, text, tokens, sent, hit, dates)
    if event.recipients and not any(o.recipients for o in same):  # '동원해 ... 대응 사격을 했다'
        return [o for o in out if o.type != event.type] + per_day(event, lang, text, tokens, sent, hit, dates)
    return out


def other_objects(first: Event, second: Event) -> bool:
    """'condemned X's missile launches ... and voiced concern over cooperation between X and Y': a second statement of
    the sentence aimed at another set of sides is an act of its own, though no day of its own words sets it apart
    (dates40: a day inside the first one's object no longer does)."""
    recs1, recs2 = {p.country for p in first.recipients}, {p.country for p in second.recipients}
    return second.type in VERBAL and bool(recs1) and bool(recs2) and recs1 != recs2


SPOKEN = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})  # acts only words do: no deed told as the same act


def answering_side(first: Event, second: Event) -> bool:
    """'A asked B to ..., while B requested that A ...': the second statement's actors are the first's recipients and
    none of its actors, so it is the other side's own act, not the first one told again; so is a statement by other
    actors to the same recipients ('A protested to X, while B conveyed concern'), or a spoken act by other actors where
    the first names no one (restraint35: 'A called on all parties to ..., while B and C issued similar appeals': A's
    open appeal is no reading of B's and C's to be replaced by it)."""
    if second.type not in VERBAL:
        return False  # material acts of one sentence stay one event (the victim is no second attacker)
    acts1, acts2 = {p.country for p in first.participants}, {p.country for p in second.participants}
    recs1, recs2 = {p.country for p in first.recipients}, {p.country for p in second.recipients}
    if acts1 and acts2 and not acts1 & acts2 and (recs2 == recs1 or not recs1 and second.type in SPOKEN):
        return True  # 'A summoned X's envoy, while B conveyed its concerns (to X)': a second side's own statement
    return bool(acts2) and acts2 <= recs1 and not acts1 & acts2


def previous_acts(article: Article, story, skip: int = 0, last: int = 1,
                  types: frozenset[str] | set[str] = ANSWERED) -> list[Event]:
    """The acts of `types` in the `last` sentences before this one but the nearest `skip`, in order: the conflict
    acts of the one before (what an unaddressed appeal or warning answers) or of those before it (what was done
    to its actor, `aimed_at`); the requests, offers and ultimatums a rejection naming no owner answers."""
    sents = set(article.sentences[max(0, story.index - last):max(0, story.index - skip)])
    return [e for e in article.events if e.type in types and any(s in sents for s in e.evidence)]


def told_last(proposals: list[Event], charges: list[Event], actors: list[str]) -> list[Event]:
    """(ko-acts32) Of the proposals and the charges put by another side than the rejecting one, the kind told last ('A는
    B에 회담을 제안했다. B는 A가 ...했다고 비난했다. A는 이를 부인했다': the charge): a pronoun object stands for the
    nearest thing told, so its owner receives the rejection; the proposals when no charge is owned by another side."""
    def last(events: list[Event]) -> int | None:
        owned = [e for e in events if any(p.country and p.country not in actors for p in e.participants)]
        return max((s.start for e in owned for s in e.evidence), default=None)

    told_charge, told_proposal = last(charges), last(proposals)
    return charges if told_charge is not None and (told_proposal is None or told_charge >= told_proposal) else proposals


def told_here(scene: SideReading, types: frozenset[str]) -> list[Event]:
    """(ko-acts31) The acts of `types` this sentence told before the act being read ('A는 B에게 ...해 달라고
    요구했지만, B는 이를 사실상 거부했다': the request a bare rejection answers is in its own sentence, which the
    article's events hold only after the sentence is read); nearest last, as `previous_acts` gives them."""
    return [e for e in scene.context if e.type in types and scene.sent in e.evidence]


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
              context: list[Event] | None = None, bare: bool = False, judge: int | None = None,
              shared: SentenceSides | None = None) -> Event | None:
    """The event of one act word. `governed`: a noun act in the clause of a statement ('condemned the
    attack', '공격을 규탄했다'): the statement's subject judges it and did not do it. `reach`: where a
    date after the word stops dating it (`date_reach`). `context`: the acts just reported, which an
    appeal or warning that names no one answers (`implied_recipients`). `bare`: the last reading of such an
    act, when no act of the sentence answered it: a threat of force stands with no receiving side. `judge`: where
    the verb that judges a governed act stands when it comes first ('X's president condemned the attack'). `shared`:
    the sentence's side items as its first act word found them (`SentenceSides`; none: found afresh)."""
    hit = diplomatic(hit, mentions, sent.start + hit.start)
    countries, meetings_here, items = (shared or SentenceSides()).read(article, sent, lang, text, tokens, mentions,
                                                                      story, ctx)
    hit, items, countries = outside_claimed_land(hit, sent, items, countries)  # 'Y is not for sale': Y is no side
    trig = Trigger(hit.start, hit.end, text[hit.start:hit.end])
    roles = read_roles(lang, without_conditions(text, hit), tokens, sent, trig, items)
    settings = ctx.settings.language(sent.label)
    scene = SideReading(article, sent, lang, text, tokens, hit, items, roles, settings, story, context or [],
                        meetings_here, [])
    found = acting_side(scene, countries, ctx, governed, judge)
    if found is None:
        return None
    hit, actors, stated, agents = found
    story.subjects_of_act = list(actors)  # before a mutual act's partners join: who goes on speaking (`note_acting`)
    answering = hit.data.get("answers") or hit.data.get("answers_measure") or hit.data.get("unaddressed")
    if answering or hit.type not in FORCE:  # whose deed a later 'the move' may judge (force is judged as an offense:
        # 'X launched a missile. Y criticized the decision' names no launch), and who only judged what others did
        (story.judges if answering else story.doers).setdefault(story.index, []).extend(actors)
    if hit.type == "MOBILIZE":
        story.mobilizer = actors
    lookback = ctx.settings.answered_lookback_sentences  # read back only for an answer that names no one
    proposals = previous_acts(article, story, 0, lookback, PROPOSING) + told_here(scene, PROPOSING) \
        if hit.data.get("rejected_proposal") or hit.data.get("refused_yield") else []
    if hit.data.get("rejected_charge"):
        proposals = previous_acts(article, story, 0, lookback, CHARGING) + told_here(scene, CHARGING)
    elif hit.data.get("told_object"):  # '이를 부인했다': the pronoun stands for what was told last, a charge or a proposal
        proposals = told_last(proposals, previous_acts(article, story, 0, lookback, CHARGING)
                              + told_here(scene, CHARGING), actors)
    earlier = previous_acts(article, story, 1, lookback) if hit.data.get("unaddressed") or hit.type == "RETREAT" \
        else []
    sides = read_recipients(dataclasses.replace(scene, hit=hit, actors=actors, proposals=proposals, earlier=earlier))
    actors, recipients, domestic = sides.actors, sides.recipients, sides.domestic
    if sides.receiving_sector and not hit.data.get("domestic_sector"):  # 'the government blocked social media': its
        hit = dataclasses.replace(hit, data={**hit.data, "domestic_sector": sides.receiving_sector})  # people receive
    hit, recipients, domestic = winner_state(article, sent, ctx, hit, actors, recipients, domestic)  # 'congratulated
    # the winner': the state of the election the lead tells
    read_hit = with_sector(sides.hit, hit.data.get("domestic_sector"))  # as the recipient readers left it (a
    # critic's sector: act_own_government), with the receiving people's sector found since
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    right = min(right, lang.act_phrase_end(text, hit.end), comma_after(text, hit.end))  # 'after militants attacked X
    # and killed Y, Z sent ...': Z is the main clause's
    if unowned_self_attack(hit, stated, actors, recipients, items, (sent.start + left, sent.start + right)):
        return None  # 'after militants attacked an army base': no state attacked itself
    if hit.data.get("own_patients") or hit.data.get("held_by_story") and set(hit.data["patients"]) <= set(actors):
        # 'the opposition leader was arrested', 'the general was arrested' in a story of his state: domestic
        recipients, domestic = list(hit.data["patients"]), set(domestic) | set(hit.data["patients"])
    elif hit.data.get("patients"):
        recipients = [c for c in hit.data["patients"] if c not in actors]
    acting, receiving = sided(actors, recipients, domestic, held_side(read_hit), lambda c, acts: acts and agents and
                              agent_sector(sent, hit, items, c) or side_sector(c, items, roles, acts)
                              or acts and hit.data.get("people_subject"))
    # 'thousands of farmers protested': the people's sector, not the government's
    if forces_rioting(hit.type, lang.act_mode(hit, text), acting):
        return None  # domestic50: troops' or rebels' arson is no people's riot
    if hit.data.get("patients") or sides.hit.data.get("held_own"):  # the state where it happened acts as a state,
        # not with the sufferers' sector
        acting = [country_entity(e.country) if e.kind == "country" else e for e in acting]
    if unreceived(hit, receiving, stated, bare):
        if stated and not (governed and story.acting_index == story.index):  # 'The embassy rejected the protest.
            # It urged Seoul to ...': no act, but a side that goes on (not a judged noun act after its judge)
            note_acting(story, acting, hit.type in VERBAL)
        return None  # 'threatened to conduct a nuclear test' is aimed at no one, and so is a bare threat of force
    if history(lang, text, tokens, sent, hit, dates, article.reference_date, ctx.settings.history_year_reach_chars,
               ctx.settings.history_days):
        return None  # 'fought a border war from 1998 to 2000': history, no news of the report's days
    if hit.data.get("effort_only") and hit.type == "AGREE" and len(acting) == 1 and not receiving:
        return None  # '끝까지 노력하겠다': one side's pledge of effort (the language's mark) agrees with no one
    if shared_goal(hit, acting, receiving):
        return None  # cochair48: 'the two leaders reaffirmed their support for peace': a goal, nobody backed
    hit = solo_exercise(hit, acting, receiving)  # precision48: 'joint drills' of one state's services: its drill
    event = Event(hit.type, lang.act_mode(hit, text), hit.status, acting, receiving,
                  lang=sent.label, evidence=[sent], trigger=text[hit.start:hit.end], generic=hit.generic,
                  trigger_at=sent.start + hit.start,
                  voice=statement_voice(dataclasses.replace(scene, hit=hit), acting, stated),
                  makers=statement_makers(dataclasses.replace(scene, hit=hit), acting, stated))
    event.matter = accord_matter(lang, text, tokens, hit, left, right)
    event.matter_contexts = matter_contexts(event.matter)
    event.jointly = lang.act_done_jointly(text, hit.end, (left, right))
    event.asked_time = asked_time(hit, dates, sent.start + left, sent.start + max(right, hit.end))
    frame = sent.start if hit.type in VERBAL and lang.main_predicate(text, tokens, hit.start) else None
    date_act(event, sent.start + hit.start, own_dates(sent, hit, dates), story, meetings_here, article.reference_date,
             reach, recent=bool(hit.data.get("recent")), frame=frame, window=ctx.settings.recalled_window_days)
    event.clock = dateline_clock(article, sent, ctx)
    not_before_answered(event, article.events)
    not_before_welcomed(event, article.events, bool(hit.data.get("welcomed_deed")))
    not_before_offense(event, story.stated_offense, article.reference_date, governed)
    on_the_voices_day(event, story)
    if hit.type in KEPT_ACTS and not governed:  # 'condemned the sanctions', 'concerned about the pact'
        story.measures.append((event.type, event.mode, actors))
        keep_accord(story, article, sent, event)
    if holding_kind(event.type, event.mode) and event.recipients and not domestic:
        story.held = [p.country for p in event.recipients if p.country]  # whose boat or people were held or freed
    if hit.type in FORCE and not governed:  # a noun act a statement judges is one told before, no new offense
        if not answering_force(event, story, ctx.settings) and not told_response(lang, text, hit):  # whom 'condemned
            # the attack' judges; an answering show of force is no offense 'the drills' names either ('Y deployed ships
            # in response. Z slammed the drills')
            story.offenses.append((event.type, event.mode, actors))
            story.offense = Offense(actors, story.index, event.date,
                                    event.date_basis == "text" and event.date_precision == "day")
            story.stated_offense = story.offense if story.offense.stated else story.stated_offense
    return event


def with_sector(hit: ActHit, sector: str | None) -> ActHit:
    """The hit with a receiving people's sector it does not carry yet (the readers' copy of it lacks what was found
    after them)."""
    if not sector or hit.data.get("domestic_sector"):
        return hit
    return dataclasses.replace(hit, data={**hit.data, "domestic_sector": sector})


def on_the_voices_day(event: Event, story) -> None:
    """'Russia on Tuesday denounced X. The navy boarded the tanker on Monday. Russia's ministry said it reserves the
    right to ...': a statement its words leave undated is on the day its side's last dated statement was made, when
    the story went back to an earlier day since (what was done before is told between a voice's words)."""
    if event.type not in VERBAL or event.date is None:
        return
    side = tuple(sorted(p.country for p in event.participants if p.country))
    if event.date_basis == "text" and event.date_precision == "day":
        story.said_on[side] = max(event.date, story.said_on.get(side, event.date))
    elif event.date_basis == "narrative" and event.date_precision == "day" \
            and story.said_on.get(side, event.date) > event.date \
            and not event.date_again:  # '전날인 1일에도 회담하고 요청했다': that day is told, not the story's
        event.date = story.said_on[side]


def told_response(lang, text: str, hit: ActHit) -> bool:
    """A show of force its words tell as an answer ('deployed ships in response', '이에 대응해 배치했다', a scramble:
    `reaction`): it answers the offender's act, however far back that was told, and is none a judgement names."""
    return hit.type in UNDIRECTED and bool(lang.response_act(text, hit.start, hit.end) or hit.data.get("reaction"))


def answering_force(event: Event, story, settings) -> bool:
    """'X launched a missile. Y raised its surveillance. Z condemned the launch': a show of force by another side
    just after an offender's act, and not before it, answers it; the offender a later condemnation judges is still X.
    An attack does replace it ('X shelled a town; Y struck back' may be what is condemned next), and so does a show
    of force dated before the offender's act ('X fired missiles a day after Y began drills. X denounced the drills')."""
    actors, last = {p.country for p in event.participants}, story.offense
    return event.type == "MOBILIZE" and last is not None and not actors & set(last.actors) \
        and story.index - last.index <= settings.answered_lookback_sentences \
        and not (event.date and last.day and event.date < last.day)


def spoken_by(event: Event, story) -> list:
    """The side that acted, without the partners a mutual act joined to it ('합참은 미국, 일본 측과 정보를 공유하고 있다고
    밝혔다. 이어 ... 촉구했다': the JCS goes on speaking, not its partners): the participants of the act's own subjects
    (`Narrative.subjects_of_act`), else all."""
    own = [p for p in event.participants if p.country in story.subjects_of_act]
    return own or event.participants


def note_acting(story, acting: list, spoke: bool, toward: list = ()) -> None:
    """The side that acted in this sentence, which a dropped subject, 'it' or a bare office in the next one goes on
    with (`act_actor_defaults.continued_side`); `spoke`: it made a statement. Kept also when its act named no receiving side
    and stood as no event: who spoke has not changed, nor whom it addressed (`toward`, kept for the same side)."""
    speak_on(story, [p.country for p in acting if p.country], spoke, [p.country for p in toward if p.country])


def speak_on(story, codes: list[str], spoke: bool, received: list[str]) -> None:
    """`note_acting` on the states: `codes` acted in this sentence, addressing `received`."""
    if received or codes != story.acting:
        story.acting_toward = received
    voice = story.acting_spoke and codes == story.acting and story.acting_index >= story.index - 1
    story.acting, story.acting_index = codes, story.index
    story.acting_spoke = spoke or voice  # 'X said ..., adding that soldiers had been arrested': X still speaks


def voice_went_on(story, closing_voice: bool, opening: list[str]) -> None:
    """A sentence that codes no act of its own yet is a statement ("X's navy said in a statement that a boat had been
    escorted to port. It accused the crew ..."): the state of the body opening it as the voice (`opening`: the states
    named in the subject of `Language.opening_voice`) speaks, and the next sentence's 'It' goes on with it; one that
    ends on a voice naming no side ('..., the navy said in a statement.', `Language.closing_voice`) is the side that
    acted just before still speaking (`act_actor_defaults.continued_side`)."""
    if len(opening) == 1:
        speak_on(story, opening, True, [])
    elif closing_voice and story.acting and story.acting_index == story.index - 1:
        story.acting_index, story.acting_spoke = story.index, True


def voice_over_deed(story, opening: list[str]) -> None:
    """A sentence whose only acts are deeds another side did, told in the words of a statement that opens it ('X's
    ministry said Y's drones had struck a refinery'): the state of the body opening it (`opening`, one state) is the
    voice the next sentence's 'It' goes on with, not the deed's doer (en36: 'It accused Y of ...' is X's)."""
    if len(opening) == 1 and opening != story.acting:
        speak_on(story, opening, True, [])


def unreceived(hit: ActHit, receiving: list, stated: bool, bare: bool) -> bool:
    """An act that needs a receiving side and found none: mostly no act ('urged restraint', a bare warning). These
    stand alone: an act judged by another ('condemned the launch'), a threat of force or a show of force, a
    refused meeting or measure ('opposed sanctions on X'), a rejection of something put forward by a side its own
    clause names."""
    needs = hit.type in NEEDS_RECIPIENT or hit.type in PROPOSAL_OR_RECIPIENT and not standing_rejection(hit, stated) \
        or bool(hit.data.get("remorse"))  # acts47: remorse felt toward no side named or met is no concession to anyone
    return needs and not receiving and not hit.data.get("judged_act") \
        and hit.data.get("threatened") not in UNDIRECTED and not bare_threat(hit, bare) \
        and not refused_meeting(hit) and not hit.data.get("not_recipient_spans") and not open_appeal(hit, bare)


def shared_goal(hit: ActHit, acting: list, receiving: list) -> bool:
    """Several sides stating their support for something that names no side backed ('the leaders reaffirmed their
    support for peace'): their common goal, which analysts code as no SUPPORT (PLOVER SUPPORT endorses another
    side's policy or action; one side's support for a goal may still be aimed at a side the story names later).
    Only where the language read what is backed (`target_spans`) and it named no side: with no such phrase the
    sides back each other ('Czechia and Albania upgraded their ties'), a reciprocal SUPPORT."""
    return hit.type in SHARED_STANCES and len(acting) > 1 and not receiving and bool(hit.data.get("target_spans"))


def open_appeal(hit: ActHit, last_reading: bool) -> bool:
    """An appeal to every side ('urged all parties to exercise restraint', '모든 당사자가 자제할 것을 촉구한다'; the
    language marks it `open_addressee`), or to a pair ('both sides', `all_sides`) that found no conflict to answer by
    its last reading: a request of the actor all the same, made to no one state (the manual's REQUEST; the golds code
    it with no recipient)."""
    return hit.type == "REQUEST" and (bool(hit.data.get("open_addressee")) or last_reading and bool(hit.data.get("all_sides")))


def standing_rejection(hit: ActHit, stated: bool) -> bool:
    """'Iran rejected the proposal', 'rejected Western demands': a rejection of something put forward, whose own
    clause names who rejects, stands with no receiving side. Not a denial of a charge (`rejected_charge`): one that
    answers no charge just reported is read as any other rejection, its receiving side found by the readers. Nor one
    whose object is only the pronoun of what was just told (`told_object`, '이를 부인했다'): with no request, offer or
    charge told before it, it refuses nothing the story reports (ko-acts31)."""
    return stated and bool(hit.data.get("rejected_proposal") or hit.data.get("unowned_proposal")) \
        and not hit.data.get("told_object")


def refused_meeting(hit: ActHit) -> bool:
    """A refusal to meet ('boycotted the summit', 'refused to attend the talks'): REJECT of a meeting, an act of
    the actor toward the meeting itself even when the sentence names neither the host nor the other party (a
    refused proposal, offer or request, by contrast, needs the one who made it: 'rejected the offer')."""
    return hit.type == "REJECT" and not hit.data.get("rejected_proposal") and not hit.data.get("rejected_charge") \
        and (hit.mode == "meet" or hit.data.get("refused_type") == "CONSULT")


def bare_threat(hit: ActHit, last_reading: bool) -> bool:
    """A threat of force, repression or a show of force ('threatened to close the strait', 'would deploy
    troops'), which stands with no receiving side; one the language saw as unaddressed only on its last
    reading, once no act of the sentence answered it."""
    threatened = hit.data.get("threatened") or hit.data.get("stated_type")
    return hit.type == "THREATEN" and threatened in BARE_THREATS and (last_reading or not hit.data.get("unaddressed"))


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


def held_side(hit: ActHit) -> ActHit:
    """The act as `sided` reads it: people held or freed by their own state ('the opposition leader was released',
    `patients`, `held_own`) are the receiving side, so their sector is no acting people's (`people_subject`): the
    state holds them, and both sides stay two parties."""
    if not (hit.data.get("patients") or hit.data.get("held_own")) or "people_subject" not in hit.data:
        return hit
    return dataclasses.replace(hit, data={k: v for k, v in hit.data.items() if k != "people_subject"})


def domestic_entity(code: str, sector: str | None):
    """One side of a domestic act: a sector other than the government's makes it a part of the state,
    with an id of its own so that both sides stay two parties."""
    entity = country_entity(code)
    if not sector or sector == entity.sector:
        return entity
    return dataclasses.replace(entity, id=f"{entity.id}_{sector.lower()}", sector=sector)


def without_conditions(text: str, hit: ActHit) -> str:
    """The sentence with its condition clauses (`data["conditions"]`, from the language) blanked, offsets
    kept: 'X said that, should Y refuse, it would ...' has its roles read as 'X said that it would ...'."""
    for a, b in hit.data.get("conditions", ()):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


