"""Where a meeting with no place of its own was held: the one city the document gives for its day or its country, a
visit sentence naming its party, a meeting of the same trip, or the dateline's city.

Why apart from the merge (`consolidate.py`): filling a place reads the document's visit sentences, datelines and
other meetings, once every event of the document is merged; the merge itself only compares events.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from readout import budget
from readout.kb.geo import capital_city
from readout.model import Article, Event, OCCURRED, Place, Span
from readout.pipeline.common import days_of, meeting_words_in
from readout.pipeline.meeting_build import host_place


def held_there(event: Event, merged: list[Event]) -> bool:
    """'A and B agreed to meet again next month, after their talks in Z': a plan with no place of its own that
    was given the city where its parties have just held a meeting took that meeting's place, not its own; a
    next meeting is as often elsewhere, so the plan stays without one."""
    return event.status == "planned" and event.location is not None and any(
        e is not event and e.type == "CONSULT" and e.status == OCCURRED and e.location is not None
        and e.location.name == event.location.name and e.participant_ids() == event.participant_ids()
        for e in merged)


def fill_place(article: Article, event: Event, visits: "VisitReader") -> None:
    """A meeting with no city takes the one city the document gives for a meeting of that day or for
    the country it names (004: "in Peru" and, later, "in Lima")."""
    if event.location and event.location.precision == "city":
        return
    event.location = event.location or visits.place_of(event)
    country = event.location.country if event.location else None
    cities = [p for p in article.places if p.precision == "city" and p.span.data.get("locative")
              and not p.span.data.get("subordinate") and not p.span.data.get("later_phrase")
              and not p.span.data.get("onward")
              and (country is None or p.country == country)]
    if country is None:
        cities = [p for p in cities if meeting_sentence_without_people(article, p, event, visits.ctx)]
    names = {p.name for p in cities}
    if len(names) == 1:
        event.location = cities[0]


def same_trip_place(event: Event, merged: list[Event], trip_days: int) -> Place | None:
    """'Cho met Wang in Beijing on Wednesday. On the same day, Cho also met Han': a meeting with no place
    of its own, on a day one of its parties met someone in a city, is in that city (one city only). On a
    later or earlier day of the trip ('... Cho also met Vice President Han on Thursday'; '이에 앞서 9일 X를
    예방했다'), when its other party is an official of the city's country (the host's side: the traveller is there)."""
    met = trip_meetings(event, merged)
    same_day = [e for e in met if e.date == event.date]
    if same_day:
        return one_city(same_day)
    return one_city([e for e in met if 0 < abs((event.date - e.date).days) <= trip_days and any(
        p.country == e.location.country for p in event.participants if p.id not in e.participant_ids())])


def trip_meetings(event: Event, merged: list[Event]) -> list[Event]:
    """The document's other in-person meetings in a city, on a known day, sharing a party with `event`."""
    return [e for e in merged if e is not event and e.type == "CONSULT" and e.mode != "phone" and e.location
            and e.location.precision == "city" and e.date_precision == "day" and event.date_precision == "day"
            and e.date and event.date and e.participant_ids() & event.participant_ids()]


def same_day_place(event: Event, merged: list[Event]) -> Place | None:
    """The one city where a party of the meeting met someone else that day: asked before a visit sentence's
    city ('같은 날 오후 B와도 면담했다' after a meeting in New Delhi is in New Delhi, not in the city of a visit
    planned for two days later)."""
    return one_city([e for e in trip_meetings(event, merged) if e.date == event.date])


def one_city(meetings: list[Event]) -> Place | None:
    """The city of the meetings when they were all held in one; None for none or several."""
    found = {e.location.name: e.location for e in meetings}
    return next(iter(found.values())) if len(found) == 1 else None


def dateline_place(article: Article, event: Event, ctx) -> Place | None:
    """'SEOUL, Sept. 17 (Yonhap) -- Lee met visiting Chinese Foreign Minister Wang Yi': a meeting with a
    visiting guest and no place of its own is held in the city of the dateline before its sentence; so is
    a guest received by a host of the dateline city's state ('Pyongyang, Oct. 19 (KCNA) -- Kim received X')."""
    first = min((s.start for s in event.evidence), default=None)
    sent = article.sentence_at(first) if first is not None else None
    lines = [d for d in article.datelines if d.start <= first] if sent else []
    if not lines:
        return None
    lang, text, line = ctx.language(sent.label), article.text[sent.start:sent.end], lines[-1]
    people = [m.span.start - sent.start for m in article.mentions if sent.start <= m.span.start < sent.end]
    hosted = lang.hosted_at_dateline(text, people)
    place = lang.dateline_place(article.text[line.start:line.end], line.start)
    if place and event.status == OCCURRED and lang.files_abroad(place) and recent(event, article, ctx):
        return place  # '(뉴욕=연합뉴스) 조 장관은 이어 23일 웡 장관과 회담했다': where the correspondent is
    if place and told_at_dateline(place, event, article, ctx):
        return place
    if not hosted and not (event.participants and lang.received_by_subject(text)):
        return None
    if place and lang.conference_setting(text) and place.country in {p.country for p in event.participants}:
        return None  # 'SEOUL -- Yoon met X on the sidelines of the NATO summit': a home wire's city, not the summit's
    # a received guest is at the dateline only when the host (the subject) is of the dateline city's state
    return place if hosted or (place and place.country == event.participants[0].country) else None


def told_at_dateline(place: Place, event: Event, article: Article, ctx) -> bool:
    """'BUSAN -- Moon also held talks with X on Monday' (reported on Tuesday): a held meeting of the report's day or
    the day before (`dateline_story_days`), with no place of its own or of the document, is where the story is
    filed when the dateline names a city other than its country's capital: a correspondent went there for the
    news, where a wire at home files everything under its capital ('SEOUL -- Cho met X on the sidelines of ...')."""
    capital = capital_city(place.country) if place.country else None
    return event.status == OCCURRED and place.precision == "city" and capital is not None \
        and capital.name != place.name and bool(event.date and article.reference_date) \
        and event.date_precision == "day" \
        and 0 <= (article.reference_date - event.date).days <= ctx.settings.dateline_story_days


def recent(event: Event, article: Article, ctx) -> bool:
    """The event lies within a trip's days of the report ('지난달 회담' is no news from where it is filed)."""
    return bool(event.date and article.reference_date and event.date_precision == "day"
                and abs((article.reference_date - event.date).days) <= ctx.settings.trip_days)


@dataclass(frozen=True)
class Visit:
    """A sentence saying someone is visiting: who it names, its locative places, the host country."""

    named: frozenset[str]
    places: tuple[Place, ...]
    host: str | None
    sentence: int  # where the sentence starts


class VisitReader:
    """The document's visit sentences ("the minister is on a three-day trip to Lima", "her first visit
    to Peru"), read once on first use: a document with many meetings without a place asked the
    language about every sentence again for each of them (meetings x sentences language calls)."""

    def __init__(self, article: Article, ctx):
        self.article = article
        self.ctx = ctx
        self._visits: list[Visit] | None = None

    @property
    def visits(self) -> list[Visit]:
        if self._visits is None:
            self._visits = list(self.read())
        return self._visits

    def read(self):
        article = self.article
        for sent in article.sentences:
            budget.check("consolidate_events")
            language = self.ctx.language(sent.label)
            text = article.text[sent.start:sent.end]
            if not language.visit_sentence(text) \
                    or recalled_visit(article, sent, self.ctx.settings.story_step_back_days):
                continue
            named = frozenset(m.entity.id for m in article.mentions
                              if sent.start <= m.span.start < sent.end and m.entity and not m.excluded)
            if named:
                places = tuple(p for p in article.places
                               if sent.start <= p.span.start < sent.end and p.span.data.get("locative")
                               and not p.span.data.get("onward"))  # 'met X before flying to Y': not where they met
                yield Visit(named, places, language.visited_country(text), sent.start)

    def place_of(self, event: Event) -> Place | None:
        """Where one of the event's participants is said to be visiting: the place of a visit
        sentence naming that participant alone, or the host country of a visit by them."""
        ids = event.participant_ids()
        for visit in self.visits:
            alone = len(visit.named) == 1 and visit.named <= ids
            if alone and visit.places:
                return sorted(visit.places, key=lambda p: p.precision != "city")[0]
            if visit.host and (alone or ids <= visit.named):  # '한국을 찾은 X 등도 만났으며'
                return host_place(visit.host)
            main = [p for p in visit.places if not p.span.data.get("subordinate") and not p.span.data.get("later_phrase")]
            if main and ids <= visit.named and any(s.start == visit.sentence for s in event.evidence):
                return sorted(main, key=lambda p: p.precision != "city")[0]  # 'wrapped up his visit to
        return None  # Seoul after meeting A and B': the visit's own sentence places the meetings it recalls


def recalled_visit(article: Article, sent: Span, step_back_days: int) -> bool:
    """'... since it was signed during Moon's visit to Pyongyang in September 2018', '지난해 9월 평양 방문 당시': a visit
    sentence whose every stated date ends well before the report (`story_step_back_days`) recalls a past journey;
    no one is there now, so it places none of the story's meetings. A sentence with no date, or with one of the
    story's days ('Kim, who visited Beijing last year, arrived in Hanoi on Tuesday'), still tells where one is."""
    ref = article.reference_date
    stated = [d for d in article.dates if sent.start <= d.span.start < sent.end and d.value and not d.reporting]
    return bool(ref and stated) and all(
        days_of(d.value, d.precision)[1] < ref - timedelta(days=step_back_days) for d in stated)


def meeting_sentence_without_people(article: Article, place: Place, event: Event, ctx) -> bool:
    """The place stands in a sentence about a meeting of unnamed people on a compatible day
    ("The top nuclear envoys ... have met in Seoul"); not one where unnamed people only spoke or did something
    else ('officials in New Delhi said the forces were ready': no meeting was held there)."""
    budget.check("consolidate_events")  # once per (event, city): each call reads all mentions
    sent = article.sentence_at(place.span.start)
    if sent is None:
        return False
    named = [m for m in article.mentions if sent.start <= m.span.start < sent.end and m.entity]
    if named and not {m.entity.id for m in named} <= event.participant_ids():
        return False
    own = [d.value for d in article.dates if sent.start <= d.span.start < sent.end and d.value and not d.reporting]
    return (not own or event.date in own) and tells_a_meeting(article, sent, ctx)


def tells_a_meeting(article: Article, sent: Span, ctx) -> bool:
    """A sentence some meeting of the document was read from (one the language implied without a word: 'A and B
    exchanged views in Seoul'), or one holding a meeting word of unnamed people."""
    if any(e.type == "CONSULT" and any(s.start == sent.start for s in e.evidence) for e in article.events):
        return True
    lang = ctx.language(sent.label)
    return bool(meeting_words_in(article, sent, lang))
