"""A meeting event built from its word's clause: mode, status, date and place.

The clause's own date and locative come first; a date or place in another (subordinate) clause belongs to
that clause's act, except where a visitor arrived, which places the meeting. Background dates never date the
story; a plan's day is never the report's by default; phone calls have no place.
"""
from __future__ import annotations

from collections.abc import Sequence

from readout.kb.geonames import country_place
from readout.lang.base import Trigger
from readout.dating import window_of
from readout.model import Article, DateRef, Entity, Event, OCCURRED, Place, Span
from readout.pipeline.act_dates import recalled_for
from readout.pipeline.meeting_segments import segment, segment_date, segment_place
from readout.pipeline.states import is_body
from readout.pipeline.narrative import Narrative
from readout.pipeline.narrated_next_days import narrated_next_day  # kovisit48: '다음 날 회담했다'


def later_phrase(lang, text: str, tokens, sent: Span, place: Place, clause: tuple[int, int],
                 others: Sequence[Trigger]) -> bool:
    """'is to meet X on Thursday and visit Busan on Friday': a place past the meeting's clause, in the clause of a
    later meeting word coordinated right after it (the language ends the first phrase where the second starts), is
    that phrase's own, never this meeting's."""
    at = place.span.start - sent.start
    if at < clause[1]:
        return False
    spans = [lang.clause(text, tokens, o.start, o.end) for o in others if o.start >= clause[1]]
    return any(left == clause[1] and left <= at < right for left, right in spans)  # the phrase right after this one
    # ('... when he visited Washington' is a clause of its own whose journey places the meeting: not cut here)


def build_meeting(article: Article, sent: Span, lang, text: str, tokens, trig: Trigger, group: list[Entity],
                  dates: list[DateRef], places: list[Place], story: Narrative, ctx,
                  others: Sequence[Trigger] = (), groups: Sequence[list[Entity]] = ()) -> Event | None:
    if len(group) < ctx.settings.min_meeting_participants and not (group and is_body(group[0])):
        return None  # one party only when it is a body of states holding its session (pipeline/states.py)
    clause = lang.clause(text, tokens, trig.start, trig.end)
    dates = [d for d in dates if recalled_for(d, sent.start + trig.start)  # the recalled clause holding the meeting
             or not elsewhere(lang, text, tokens, sent, d.span, clause)]  # word: 'a day after talks with X' (dates46)
    places = [p for p in places if not elsewhere(lang, text, tokens, sent, p.span, clause, visit_ok=True)]
    span = segment(article, sent, lang, group, groups)  # 'A에서 B와, C에서 D와 회담했다': each pair's own day and place
    when = segment_date(dates, span, pick_date(sent, trig, clause, dates))
    if when is not None and when.background and lang.counted_to_main(text, trig.end):
        when = None  # '지난달 25일 회담한 지 25일 만에 다시 만났다': the word the time is counted from names the parties of
        # the sentence's own meeting, whose day is the story's, not the recalled one's
    counted_from = lang.counted_from_meeting(text, trig.end)
    if when is not None and when.span.start >= sent.start + trig.end and counted_from:
        when = None  # meets48: '회담한 다음 날 X로 향했다': the day counted from the meeting is the trip's; the sentence
        # gives the meeting no day of its own (left undated below, as a meeting a span is counted since)
    multilateral = len(group) >= ctx.settings.multilateral_parties or len(group) < ctx.settings.min_meeting_participants
    mode = trig.mode if trig.mode in ("phone", "third-party") else "multilateral" if multilateral else trig.mode
    event = Event("CONSULT", mode, OCCURRED, group, lang=sent.label, evidence=[sent], trigger=trig.text,
                  trigger_at=sent.start + trig.start)
    event.status = OCCURRED if when is not None and when.span.data.get("held") else trig.status  # '..., which
    set_date(event, when, story, article)  # took place on Friday': held (dates46)
    event.date_again = bool(when and when.background and recalled_for(when, sent.start + trig.start))  # 'since X met Y
    # last August', '지난달 25일 회담한 지 25일 만에 다시 만났다': an earlier occasion, never the story's meeting (dates41)
    if event.status == "planned" and when is None and event.date_basis == "published" \
            or when is None and (lang.elapsed_since(text, trig.end) or counted_from):
        event.date = event.date_precision = event.date_basis = None  # a plan's day is never the report's by default,
        # nor is a meeting's the time is counted since ('회담한 지 한 달 만이다') the story's
        year_ahead_meeting(event, dates, sent.start + clause[0], sent.start + clause[1], article.reference_date)
    if event.status == OCCURRED and (event.date and article.reference_date and event.date > article.reference_date
                                       and not narrated_next_day(when, event.date, event.date_basis,
                                                                 article.reference_date)
                                       or when is not None and when.span.data.get("ahead")):
        event.status = "planned"  # a day after the report's, or a period that lies ahead ('next week')
    ahead_date(event, when, sent.start + clause[0], sent.start + clause[1])
    if mode != "phone":
        places = recalled_places(places, when, sent.start + trig.start)
        own = [p for p in places if not later_phrase(lang, text, tokens, sent, p, clause, others)]
        for place in places:
            if place not in own:  # consolidate's visit reading must not give it back (Visits.place_of)
                place.span.data["later_phrase"] = True
        own = [p for p in own if not (p.span.data.get("onward") and p.span.start > sent.start + trig.start)]
        if event.status == "planned":
            own = [p for p in own if not held_meetings_place(sent, trig, p, others)]
        event.location = segment_place(own, span) or pick_place(sent, clause, trig, own) \
            or visited_place(lang, text, tokens, sent, own) \
            or host_place(trig.host)  # not where a journey after the meeting goes ('met X before flying to Y')
    return event


def year_ahead_meeting(event: Event, dates: list[DateRef], start: int, end: int, ref) -> None:
    """(plans55b) A planned meeting left undated whose own clause [start, end) names a year after the report's ('will
    hold talks in 2029', 'next year', '2029년 회담을 열 예정이다') is dated by that year, year precision, no window, as a
    planned deed is (act_dates.year_ahead): `pick_date` takes days and months only, and a year ahead is no day of the
    report. Not a report's or a background clause's year, nor one outside the meeting's clause."""
    if event.status != "planned" or event.date is not None or ref is None:
        return
    ahead = [d for d in dates if d.value and d.precision == "year" and d.value.year > ref.year and not d.reporting
             and not d.background and start <= d.span.start < end]
    if ahead:
        event.date, event.date_precision, event.date_basis = ahead[0].value, "year", "text"
        event.date_window = None


def recalled_places(places: list[Place], when: DateRef | None, pos: int) -> list[Place]:
    """(meets48) A meeting dated by the recalled clause that holds its word ('flew to X on Wednesday, a day after talks
    with B', 'B와 회담한 다음 날 X로 향했다') took place before the sentence's main deed and not at its place: only a
    place inside that recalled clause ('a day after talks with B in Y') is the meeting's."""
    if when is None or not recalled_for(when, pos):
        return places
    lo, hi = when.span.data["clause"]
    return [p for p in places if lo <= p.span.start < hi]


def held_meetings_place(sent: Span, trig: Trigger, place: Place, others: Sequence[Trigger]) -> bool:
    """'A and B agreed to meet again next month, after their talks in Z on Monday', '9일 Z에서 회담한 뒤 다음 달 다시
    만나기로 했다' read back to front: a place after another meeting word of the sentence that tells a meeting held
    is that meeting's; a plan told beside it takes no place from it (a plan's place is its own clause's)."""
    pos = place.span.start - sent.start
    return any(t.start != trig.start and t.status == OCCURRED and t.end <= pos
               and (t.start > trig.start or trig.end > pos) for t in others)


def ahead_date(event: Event, when: DateRef | None, start: int, end: int) -> None:
    """A planned meeting on a bare day of the month that the date reader took for last month's ('the summit will be
    held on the 28th', '회담은 28일 열린다', written on the 26th) is held this month: a plan's day lies ahead. The
    reader keeps that reading (`ahead_value`) since it cannot see the clause's tense. Only a day in the meeting's
    own clause [start, end): a day another clause took ('회담을 앞두고 ... 22일 회동을 가졌다') is a past one."""
    if event.status == "planned" and when is not None and when.value == event.date \
            and start <= when.span.start < end and when.span.data.get("ahead_value"):
        event.date = when.span.data["ahead_value"]


def visited_place(lang, text: str, tokens, sent: Span, places: list[Place]) -> Place | None:
    """A meeting whose own clause names no place is held where its sentence's traveller arrived ('arrived in
    Lima on Monday for talks with X': the talks' clause starts at 'for', the arrival's locative is outside
    it); before the place of another sentence's journey (a caption's airport town)."""
    for place in places:
        if place.span.data.get("locative"):
            left, right = lang.clause(text, tokens, place.span.start - sent.start, place.span.end - sent.start)
            if lang.visit_sentence(text[left:right]):
                return place
    return None


def elsewhere(lang, text: str, tokens, sent: Span, span: Span, clause: tuple[int, int], visit_ok: bool = False) -> bool:
    """A date or place in a subordinate clause that is not the meeting's own ('Cho, who arrived on
    Thursday, met the foreign minister on Friday'; 'met the envoy, a week after the envoy returned from Lima'): it belongs to
    that clause's act. Except the place of a visit or arrival clause ('Cho, who arrived in Lima, met
    Blinken'): where the visitor is, the meeting is."""
    start, end = span.start - sent.start, span.end - sent.start
    if not lang.subordinate(text, tokens, start, end):
        return False
    own = lang.clause(text, tokens, start, end)
    return own != clause and not (visit_ok and lang.visit_sentence(text[own[0]:own[1]]))


def pick_date(sent: Span, trig: Trigger, clause: tuple[int, int], dates: list[DateRef]) -> DateRef | None:
    """The clause's own date first; then, outside it, the nearest date before the meeting word in
    the sentence (or after it, where none stands before). Background dates date only the background: a meeting word
    inside a background clause takes that clause's date ('since X met Y in Z last August', '지난 8월 ... 회담한 이후':
    the month, never the story's day; dates41)."""
    pos = sent.start + trig.start
    usable = [d for d in dates if not d.reporting and d.precision != "year" and (d.value or d.relative_to_narrative)
              and (not d.background or trig.kind == "background"
                   or recalled_for(d, pos))]
    # 'two weeks after he met X': its day; ', who met X on Sunday,' (a relative clause's date, fields10): its day;
    # 'agreed to hold talks next month' (a plan's complement): the planned talks' month; 'since X met Y last August'
    if not usable:
        return None
    held = [d for d in usable if d.span.data.get("held") and recalled_for(d, pos)]
    if held:  # 'border talks, which took place on Friday': the day the meeting word's own relative clause says (dates46)
        return held[0]
    inside = [d for d in usable if sent.start + clause[0] <= d.span.start < sent.start + clause[1]]
    if inside:
        return min(inside, key=lambda d: abs(d.span.start - pos))
    before = [d for d in usable if d.span.start < pos]
    return before[-1] if before else usable[0]


def set_date(event: Event, when: DateRef | None, story: Narrative, article: Article) -> None:
    if when and when.value:
        event.date, event.date_precision = when.value, when.precision
        event.date_window = window_of(when.value, when.precision, when.span.data)
        event.date_relative = when.relative_to_narrative
        event.date_basis = when.span.data.get("basis", "text")  # '이날' follows the story or the report's day
        event.local_time = when.local_time
    elif when and when.span.data.get("unanchored"):
        return  # 'on the eve of the summit' with no day of the summit told: undated (pipeline/anchored_dates.py)
    elif story.day:
        event.date, event.date_precision, event.date_basis = story.day, "day", "narrative"
    elif article.reference_date:
        event.date, event.date_precision, event.date_basis = article.reference_date, "day", "published"


def pick_place(sent: Span, clause: tuple[int, int], trig: Trigger, places: list[Place]) -> Place | None:
    """A locative in the meeting's own clause (one outside an embedded clause first: 'met Wang, who visited
    Seoul last month, in Beijing'; a city before a country); for the clause's own predicate, a locative
    anywhere in the sentence. A place the language marks as a journey's origin ('back from Kyiv') comes last; one it
    marks as what the talks were about ('discussing the war in Ukraine') never places them."""
    located = [p for p in places if p.span.data.get("locative") and not p.span.data.get("topic")]
    inside = [p for p in located if sent.start + clause[0] <= p.span.start < sent.start + clause[1]]
    pool = inside or (located if trig.kind == "predicate" else [])
    if not pool:
        return None
    pos = sent.start + trig.start
    return min(pool, key=lambda p: (bool(p.span.data.get("origin")), bool(p.span.data.get("subordinate")),
                                    p.precision != "city", abs(p.span.start - pos)))


def host_place(host: str | None) -> Place | None:
    """'방한 중인' puts the meeting in Korea: a visit word names the host country."""
    if host is None:
        return None
    entry = country_place(host)
    return Place(Span(0, 0, "place", {"locative": True}), entry.name, [], entry.country, entry.lat, entry.lon,
                 entry.kind)
