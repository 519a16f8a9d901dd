"""Within one document: fuse the candidates that are one event (the lead, the headline, the body and
an appended translation all report the same meeting), fill a missing place from the rest of the
document (`meeting_places.py`), and name each event's contexts from the sentences around it.
"""
from __future__ import annotations

import calendar
import dataclasses
from datetime import date, timedelta

from readout import budget
from readout.lang.contexts import contexts_in
from readout.pipeline.act_recipients import MUTUAL, VERBAL
from readout.pipeline.act_matter import joined_matter, matter_contexts, other_matter
from readout.pipeline.asked_deeds import asked_apart
from readout.pipeline.common import better_place, dates_compatible, other_measure, places_apart
from readout.pipeline.story_days import recalled
from readout.pipeline.joint_acts import solo_beside_joint
from readout.pipeline.meeting_places import (VisitReader, dateline_place, fill_place, held_there, same_day_place,
                                             same_trip_place)
from readout.pipeline.promised_accords import keep_joint, promise_in_accord
from readout.pipeline.voiced_accords import joint_voice, voiced_part
from readout.pipeline.holders import one_holder_per_office
from readout.pipeline.headline_acts import fuse_headline_retellings, headline_of
from readout.model import Article, Event, OCCURRED, Place, Span

BASIS_ORDER = ("text", "narrative", "published", None)  # where a date came from, best first
PRECISION_ORDER = ("day", "month", "year", None)
BASIS_RANK = {basis: rank for rank, basis in enumerate(BASIS_ORDER)}
PRECISION_RANK = {precision: rank for rank, precision in enumerate(PRECISION_ORDER)}


def consolidate_events(article: Article, ctx) -> Article:
    one_holder_per_office(article.events)  # '인도네시아 외교장관' (the KB's holder) and '수기오노' (unknown): one person
    headline = headline_of(article, ctx)
    explicit = fuse_headline_retellings([e for e in article.events if not e.implied], article, headline, ctx)
    # before the merge, which would add the headline's sides to the body's (a telegraphic subject is a guess the
    # body's clause settles)
    implied = [e for e in article.events if e.implied]
    merged: list[Event] = []
    lookback = ctx.settings.merge_published_lookback_days
    for event in explicit:
        budget.check("consolidate_events")  # pairs of a document's events: bounded by the time budget
        same = [m for m in merged if same_event(m, event, lookback, headline)]
        target = next((m for m in same if m.date == event.date), same[0] if same else None)
        if target:
            promised = promise_in_accord(target, event, target.participant_ids(), event.participant_ids())
            absorb(target, event, article.reference_date, headline)
            if promised:
                keep_joint(target)
            joint_voice(target)
        else:
            merged.append(event)
    for event in implied:
        target = next((m for m in merged if m.type == event.type and m.participant_ids() == event.participant_ids()
                       and dates_compatible(m, event, lookback) and not held_before_plan(event, m)), None)
        if target:
            target.evidence.extend(s for s in event.evidence if s not in target.evidence)
            if target.date_basis == "published" and event.date_basis == "text" and event.date_precision == "day" \
                    and target.date_precision == "day" and event.date and target.date and event.date <= target.date:
                # 'A met B, the agency reported on the 28th. The two ministers, in their meeting on the 27th, ...'
                target.date, target.date_basis, target.local_time = event.date, event.date_basis, event.local_time
        elif event.type != "CONSULT" or not any(m.type == "CONSULT" for m in merged) or any(
                m.type == "CONSULT" and m.participant_ids() == event.participant_ids() for m in merged) \
                or met_on_a_day_of_its_own(event, merged):
            # '두 정상은 지난달 워싱턴에서 첫 회담을 가졌다': the pair's earlier meeting, not the named one
            merged.append(event)
    window_contexts = ContextReader(article, ctx.settings.context_window_sentences)
    visits = VisitReader(article, ctx)
    for event in merged:
        budget.check("consolidate_events")
        if event.type == "CONSULT" and event.mode != "phone" and not (
                event.location is None and event.date_precision in ("month", "year")
                and recalled(event, article, ctx.settings.story_step_back_days)):
            # 'since their talks in November 2024': a meeting recalled by its month or year, with no place of its
            # own, takes none of the story's (the document's city, the trip's, the dateline's)
            own = event.location
            event.location = event.location or same_day_place(event, merged)  # before a visit sentence's city
            fill_place(article, event, visits)
            event.location = event.location or same_trip_place(event, merged, ctx.settings.trip_days) \
                or (dateline_place(article, event, ctx) if event.status == OCCURRED else None)
            if own is None and held_there(event, merged):
                event.location = None
            # a planned summit is not where the correspondent files from ('TOKYO -- Lee will meet Xi on Saturday')
        event.evidence.sort(key=lambda s: s.start)
        event.contexts = window_contexts.of(event)
        event.location = with_basis(event.location, event)
    article.events = merged
    return article


def met_on_a_day_of_its_own(implied: Event, merged: list[Event]) -> bool:
    """'Ruto and Lula signed a trade agreement on Friday. Earlier this week, Lula held talks with Abiy on Tuesday': a
    meeting inferred from two leaders acting together on a day their own clause states is theirs even beside the
    document's meetings of other people, when none of those is held that day (merge14): a trip's earlier stops are
    other meetings, and only a meeting of the same day may be the one the joint act was read from again."""
    return implied.date_basis == "text" and implied.date_precision == "day" and implied.date is not None \
        and not any(m.type == "CONSULT" and (m.date is None or m.date == implied.date) for m in merged)


def held_before_plan(event: Event, plan: Event) -> bool:
    """'A and B agreed to meet again next month. During their talks in Z, the two leaders discussed trade': a meeting
    the group word tells as held on a day of its own is not the plan for a later day the story named before it
    (consult16). Only both dated by their own words: a plan with the story's day or none ('has sought a summit with X'),
    or a meeting word with only the story's day ('두 정상은 회담에서 ... 논의할 예정이다': the plan's talks), take the
    plan."""
    return event.status == OCCURRED and plan.status == "planned" and plan.date_basis == event.date_basis == "text" \
        and bool(event.date and plan.date and plan.date > event.date)


OWN = "text"  # a place standing in one of the event's own sentences
ELSEWHERE = "document"  # a place taken from elsewhere: a visit sentence, another sentence's city, a host country


def with_basis(place: Place | None, event: Event) -> Place | None:
    """The event's place marked with where it came from (`span.data["basis"]`): its own sentences, or
    elsewhere in the document. Merging compares only places of the first kind: a city filled from a
    visit sentence or another paragraph is often another meeting's, and must not split a record that
    parties and date support. A copy: places are shared by the events of a document."""
    if place is None:
        return None
    own = any(s.start <= place.span.start < s.end for s in event.evidence) and place.span.end > place.span.start
    span = dataclasses.replace(place.span, data={**place.span.data, "basis": OWN if own else ELSEWHERE})
    return dataclasses.replace(place, span=span)


def same_event(a: Event, b: Event, lookback_days: int, headline: Span | None = None) -> bool:
    if a.type != b.type or another_occasion(a, b):
        return False
    pa, pb = a.participant_ids(), b.participant_ids()
    if a.type == "CONSULT":  # a call and a meeting of the same pair are two events; so are two hosts' meetings
        return pa == pb and dates_compatible(a, b, lookback_days) and (a.mode == "phone") == (b.mode == "phone") \
            and not places_apart(a, b) and not undated_plan_of_another(a, b) \
            and not plan_after_held(a, b) and not plan_after_held(b, a)
    ra, rb = {e.id for e in a.recipients}, {e.id for e in b.recipients}
    if ra and rb and not ra & rb or other_objects_told(a, b, ra, rb):
        return False
    if other_measure(a, b):
        return False  # 'expelled its diplomats and broke off relations': an expulsion and a rupture, two measures
    if other_matter(a.matter, b.matter):
        return False  # 'signed a trade agreement ... also signed a defence pact': two accords (pipeline/act_matter.py)
    if asked_apart(a, b):
        return False  # 'invited X to visit in March' beside 'asked X to mediate': two requests (pipeline/asked_deeds.py)
    if solo_beside_joint(a, b, pa, pb):
        return False  # one maker's own act beside the act marked done jointly: two (pipeline/joint_acts.py)
    if promise_in_accord(a, b, pa, pb):
        return True  # 'A and B signed a treaty ... A pledged support to B': the accord (pipeline/promised_accords.py)
    if pa != pb and not ((ra & rb and (ra == rb or told_together(a, b)) or headline_part(a, b, pa, pb, headline)
                          or voiced_part(a, b, pa, pb))
                         and (pa < pb or pb < pa)):
        return False  # one side naming part of a joint act's actors ('the minister also condemned') is that act
    if a.date == b.date or a.date is None or b.date is None:
        return True
    weak = {"narrative", "published"} & {a.date_basis, b.date_basis}
    return bool(weak) and abs((a.date - b.date).days) <= 1 or told_undated(a, b, lookback_days)


def told_together(a: Event, b: Event) -> bool:
    """Whether the two acts share a sentence. (unsc44) Apart, a side's act on other objects than a joint act's ('A and B
    accused X of ...' told before 'A condemned X and Y's pact') is another act, not part of the joint one."""
    return any(s in a.evidence for s in b.evidence)


def other_objects_told(a: Event, b: Event, ra: set[str], rb: set[str]) -> bool:
    """Two statements one sentence told apart with other sets of sides (pipeline/acts.other_objects: 'condemned X's
    launches ... and voiced concern over cooperation between X and Y') stay two acts (dates40)."""
    return bool(ra and rb and ra != rb and a.type in VERBAL and a.trigger != b.trigger and b.evidence
                and b.evidence[0] in a.evidence)


def another_occasion(a: Event, b: Event) -> bool:
    """'A 장관은 전날인 1일에도 B와 회담하고 ... 요청했다', 'A had also urged B on Monday': a day told as another
    occasion of a like act ('에도', 'also on') is never the other day's act, though one of them is dated only by the
    story a day apart (the weak day's leeway is for one act told twice)."""
    return (a.date_again or b.date_again) and a.date is not None and b.date is not None and a.date != b.date


def plan_after_held(plan: Event, held: Event) -> bool:
    """'A and B held talks in Berlin. On Wednesday, A and B are set to co-host a conference', '메르츠 총리와 마크롱
    대통령은 11일 베를린에서 다시 만날 예정이다': a planned meeting dated by its own words to a day after the day of a
    held meeting of the same pair is their next meeting, never that one (merge14). The leeway a day of the story
    allows a stated day is for one meeting told twice; fused, the held meeting took the plan's day and the plan was
    lost. (Meetings only: an act's plan beside its deed is the act modules' to read.)
    (plans55) So too a plan whose period lies wholly after the held day ('페루 외교장관이 내달 칠레를 찾는다' beside the
    talks held on the 28th): a month or a year ahead is the next meeting as a later day is, and one record carries one
    status (store/merge_dates.plan_beside_held keeps them apart across documents as well)."""
    return plan.status == "planned" and held.status == OCCURRED and plan.date_basis == "text" \
        and plan.date is not None and held.date is not None \
        and period_start(plan.date, plan.date_precision) > period_end(held.date, held.date_precision)


def period_start(day: date, precision: str | None) -> date:
    """The first day a date of this precision may stand for (a month's date is its first, a year's its January)."""
    return day.replace(month=1, day=1) if precision == "year" else day.replace(day=1) if precision == "month" else day


def period_end(day: date, precision: str | None) -> date:
    """The last day a date of this precision may stand for."""
    if precision == "year":
        return day.replace(year=day.year + 1, month=1, day=1) - timedelta(days=1)
    if precision == "month":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day


def told_undated(a: Event, b: Event, lookback_days: int) -> bool:
    """'페루가 ... 타격하면서 긴장이 고조되자' in the lead, dated by the report, and 'India struck on Monday night' in the
    body, two days before it: one act, the lead telling it without a day (within `lookback_days` before the report)."""
    if {a.date_basis, b.date_basis} != {"published", "text"}:
        return False
    report, stated = (a, b) if a.date_basis == "published" else (b, a)
    return stated.date_precision == "day" and 0 <= (report.date - stated.date).days <= lookback_days


def headline_part(a: Event, b: Event, pa: set[str], pb: set[str], headline: Span | None) -> bool:
    """'Japan's Takaichi, Britain's Starmer agree to deepen ties' (a headline whose other leader the language missed)
    above 'Takaichi and Starmer agreed on Saturday to deepen ties': an agreement or cooperation aimed at no one that
    the headline alone states, by part of the states of one the body states, is that one (the caller wants one side's
    states inside the other's). In the body two such acts are two ('China accepted the invitation' is not the pact)."""
    part = a if pa < pb else b
    return headline is not None and a.type in MUTUAL and not a.recipients and not b.recipients \
        and a.status == b.status and all(headline.start <= s.start < headline.end for s in part.evidence)


def undated_plan_of_another(a: Event, b: Event) -> bool:
    """'In a phone call on Monday, A and B agreed to meet soon': a plan with no day of its own is never the
    held meeting of the same pair (it joins another report of the plan: a headline's)."""
    return a.status != b.status and "planned" in (a.status, b.status) and (a.date is None or b.date is None)


def absorb(target: Event, other: Event, reported: date | None = None, headline: Span | None = None) -> None:
    coarser = PRECISION_RANK[other.date_precision] > PRECISION_RANK[target.date_precision]
    if not coarser and (BASIS_RANK[other.date_basis] < BASIS_RANK[target.date_basis]
                        or PRECISION_RANK[other.date_precision] < PRECISION_RANK[target.date_precision]
                        or shifted_from_report(other, target, reported) or told_in_body(target, other, headline)):
        target.date, target.date_precision, target.date_basis = other.date, other.date_precision, other.date_basis
        target.local_time, target.date_again = other.local_time, other.date_again
    if better_place(other.location, target.location):
        target.location = other.location
    if target.status != OCCURRED and other.status == OCCURRED:
        target.status = OCCURRED
    target.mode = other.mode if body_mode(target, other, headline) else target.mode or other.mode
    target.recipients += [e for e in other.recipients if e.id not in {r.id for r in target.recipients}]
    target.participants += [e for e in other.participants if e.id not in target.participant_ids()]
    target.evidence.extend(s for s in other.evidence if s not in target.evidence)
    target.matter = joined_matter(target.matter, other.matter)
    target.measure = target.measure or other.measure
    target.jointly = target.jointly or other.jointly
    target.asked_time = target.asked_time or other.asked_time
    target.matter_contexts = matter_contexts(target.matter)
    target.contexts += [c for c in other.contexts if c not in target.contexts]  # encoup49: the acts' own contexts
    for e in other.participants:
        names = next((p.names for p in target.participants if p.id == e.id), None)
        if names is not None:
            names.extend(n for n in e.names if n not in names)


def in_headline(e: Event, headline: Span | None) -> bool:
    return headline is not None and all(headline.start <= s.start < headline.end for s in e.evidence)


def body_mode(target: Event, other: Event, headline: Span | None) -> bool:
    """A headline's act fused with the body's telling of it takes the body's mode: a headline squeezes what is
    asked or threatened into a few words ('demands retraction', '"발언 철회" 요구') or joins two acts in one line,
    so the mode its words give is the weaker reading; the body's sentence states the act whole."""
    return other.mode is not None and in_headline(target, headline) and not in_headline(other, headline)


def told_in_body(target: Event, other: Event, headline: Span | None) -> bool:
    """A headline's statement not dated by its own words ('Japan, Korea condemn launch in phone call', dated by the
    headline's call before the body dated it) is the body's, on the body's day ('condemned ... in a phone call on
    Thursday'), when the body's is as well founded."""
    return target.date_basis != "text" and other.date is not None and other.date != target.date \
        and BASIS_RANK[other.date_basis] <= BASIS_RANK[target.date_basis] and in_headline(target, headline) \
        and not in_headline(other, headline)


def shifted_from_report(other: Event, target: Event, reported: date | None) -> bool:
    """Both days count from the report's date, but only one was moved by a word ('전날', 'yesterday'): a
    headline's undated 'A과 통화' is the body's 'A과 전날 통화', not a call on the report's own day."""
    return other.date_basis == target.date_basis == "published" and reported is not None \
        and target.date == reported and other.date is not None and other.date != reported \
        and other.date_precision == target.date_precision


class ContextReader:
    """PLOVER contexts of an event from its evidence sentences and the three that follow each. Events
    of one document often share evidence, so each set of sentences is read once."""

    def __init__(self, article: Article, window: int):
        self.article = article
        self.size = window
        self.index = {s.start: i for i, s in enumerate(article.sentences)}
        self.seen: dict[tuple[int, ...], list[str]] = {}

    def of(self, event: Event) -> list[str]:
        """The event's contexts: 'diplomatic' for a verbal act, those its sentences' words name, then those its act
        states of itself (encoup49: the lexicon entry's `contexts`, a coup's pro_autocracy, which no word of the
        window may name), each once."""
        diplomatic = ["diplomatic"] if event.type in ("CONSULT", "AGREE", "REQUEST", "REJECT", "ACCUSE") else []
        found = diplomatic + self.window([s.start for s in event.evidence])
        return found + [c for c in dict.fromkeys(event.contexts) if c not in found]

    def window(self, starts: list[int]) -> list[str]:
        key = tuple(starts)
        if key not in self.seen:
            sentences = self.article.sentences
            texts = [self.article.text[t.start:t.end] for start in starts if start in self.index
                     for t in sentences[self.index[start]:self.index[start] + self.size]]
            self.seen[key] = contexts_in(" ".join(texts))
        return self.seen[key]
