"""When an act happened: the date of the act's own clause, and the acts that are history, not news.

A statement made at a meeting has the meeting's date; a material act judged by a statement takes the dates after
the judging verb ('condemned X for launching a missile on Tuesday'); a background clause's date dates only the act
in that clause ('after X fired on May 2,'); an act dated on several days is one event per day; an act dated by an
earlier year alone is history the story recalls. Which of the sentence's dates an act may take, each a question
over the dates alone, is asked of pipeline/act_date_pool.py.
"""
from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import NamedTuple

from readout.dating import recalled_window, window_of, year_part_window
from readout.lang.base import ActHit
from readout.model import DateRef, Event, OCCURRED, Span
from readout.pipeline.act_date_pool import (closing_days, exemplified, finest, framed, in_other_clause, own_day_word,
                                            own_recalled_day, planned_time, recalled_for, report_dated_meeting,
                                            said_days, sequence_dates, started, told_on)
from readout.pipeline.act_recipients import VERBAL
from readout.pipeline.anchored_dates import unanchored
from readout.pipeline.noun_dates import names_another_noun, names_other_event


def judged_dates(sent: Span, hit: ActHit, hits: list[ActHit], clauses: dict[int, tuple[int, int]],
                 dates: list[DateRef]) -> list[DateRef]:
    """The dates a material act judged by a statement before it in one clause may take ('Seoul on Thursday
    condemned Pyongyang for launching a missile on Tuesday'): not those before the judging verb's end, which
    date the statement."""
    ends = [h.end for j, h in enumerate(hits) if j in clauses and not h.negated and h.end <= hit.start
            and clauses[j][0] <= hit.start < clauses[j][1]]
    if not ends:
        return judged_after(sent, hit, hits, clauses, dates)
    bound = sent.start + max(ends)
    return [d for d in dates if d.span.start >= bound]


def judged_noun_dates(lang, text: str, sent: Span, k: int, hits: list[ActHit], clauses: dict[int, tuple[int, int]],
                      dates: list[DateRef]) -> list[DateRef]:
    """The dates a statement may take, less those that date the noun act an earlier statement of its sentence judges
    ("On Monday, A denounced B's drills on Saturday, warning ...", "condemned X's launch on Tuesday and called on Y
    to ...": `date_reach` gave that day to the launch, not to the condemnation, and the warning or call that goes on
    from it is no more of that day). A day the language reads as the statement verb's own adverbial stays ("... and
    on Thursday urged Y": `Language.dates_verb`)."""
    hit = hits[k]
    judges = [h for j, h in enumerate(hits) if j in clauses and j != k and not h.negated and h.end <= hit.start]

    def judged(d: DateRef) -> bool:
        """The day stands after a judge and a noun act of another type it judges, and is not this verb's own."""
        at = d.span.start - sent.start
        if at >= hit.start or lang.dates_verb(text, d.span.end - sent.start, hit.start):
            return False
        return any(h.end <= at and any(h.end <= n.start < at and n.type != h.type for n in hits) for h in judges)
    return [d for d in dates if not judged(d)]


def judged_after(sent: Span, hit: ActHit, hits: list[ActHit], clauses: dict[int, tuple[int, int]],
                 dates: list[DateRef]) -> list[DateRef]:
    """A noun act judged by a statement whose verb comes after it ('외교부는 14일 논평을 내고 "A군의 공습에 깊은
    우려를 표한다"고 밝혔다'): a date before the judging verb's clause dates the statement, not the judged deed."""
    starts = [clauses[j][0] for j, h in enumerate(hits) if j in clauses and not h.negated and h.start >= hit.end
              and clauses[j][0] <= hit.start < clauses[j][1]]
    if not hit.nominal or not starts:
        return dates
    bound = sent.start + min(starts)
    return [d for d in dates if d.span.start >= bound]


def per_day(event: Event, days: list[date]) -> list[Event]:
    """'fired missiles on November 2 and 3': a material act its clause dates on several days (`days`, from
    `clause_days`, whose one day the caller gave the act where the clause states one) is one event per day (statements
    are dated once, by their meeting or report: `clause_days` gives them none). A planned act is one plan however many
    days its clause names (fp22: 'would launch a satellite between Monday and June 4', '12일부터 다음 달 4일 사이에': a
    window, not one launch a day)."""
    if len(days) <= 1:
        return [event]
    return [dataclasses.replace(event, date=day, date_precision="day", date_basis="text",
                                participants=list(event.participants), recipients=list(event.recipients),
                                evidence=list(event.evidence)) for day in days]


class ClauseDays(NamedTuple):
    """What a material act's own clause states of its days: `days`, each day it names (`per_day` splits the act by
    them), and `dated`, the (date, precision, basis) the act takes from its clause in place of the day `date_act`
    chose, or None where it keeps that day. The caller sets it (pipeline/acts.added)."""
    days: list[date]
    dated: tuple[date, str | None, str | None] | None = None


def clause_days(event: Event, lang, text: str, tokens, sent: Span, hit: ActHit, dates: list[DateRef]) -> ClauseDays:
    """The days a material act's own clause states (`per_day` splits the act by them); where it states one, the act
    takes it over a closer day of another clause, which `date_act` chose by distance alone: '3일 나포됐으며, 이튿날
    예인됐다', 'seized the boat on Monday and towed it to port the next day', and (dates58) 'expelled B's envoy on
    Monday and recalled its own on Wednesday', where the recall stands closer to Monday. Read before the
    sentence's acts are compared (pipeline/acts.added), so that two acts of one type on two days stay two. A day
    the language marks as the saying's (`said`: '국방부는 11일 "A군이 9일 ... 가했다"고 밝혔다') is no day of a deed the
    claim tells: the claim's own day is (dates49). Reads the event, changes nothing."""
    if event.type in VERBAL or event.status == "planned":
        return ClauseDays([])
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    recalled = [d for d in dates if recalled_for(d, sent.start + hit.start)]
    pool = recalled or [d for d in dates if not d.background and not names_another_noun(d, sent, hit)]
    # 'after X fired on May 2 and 3,': that clause's; not 'in retaliation for the March 9 ambush'
    inside = [d for d in pool if sent.start + left <= d.span.start < sent.start + right]
    said = [d for d in inside if d.span.data.get("said")]  # '국방부는 11일 "A군이 9일 ... 가했다"고': the saying's day
    inside = [d for d in inside if d not in said]
    days = list(dict.fromkeys(d.value for d in inside if d.value and d.precision == "day" and not d.reporting))
    if said and len(days) == 1 and event.date != days[0]:  # the claim's own day is the deed's (dates49)
        return ClauseDays(days, (days[0], "day", "text"))
    if len(days) == 1 and event.date != days[0] and event.date_basis == "text" and not recalled \
            and any(d.value == event.date for d in pool if d not in inside) \
            and not any(d.value == event.date for d in inside):
        # '3일 나포됐으며, 이튿날 예인됐다': the next clause's day is not the seizure's
        return ClauseDays(days, (days[0], event.date_precision, event.date_basis))
    return ClauseDays(days)


def history(lang, text: str, tokens, sent: Span, hit: ActHit, dates: list[DateRef], ref: date | None,
            reach: int, days: int) -> bool:
    """An act whose own clause dates it by an earlier year, close to its word ('signed a peace deal in 2018',
    '2018년에 서명했다'; also a day or month `days` or more before the report: 'fought a border war in March 2024' or
    'vetoed a draft in May 2024' told in mid-2026), with no day or month in the clause within `days` of the report: history the
    story recalls, not an event of its days. (A year farther away belongs
    to what the clause goes on to tell: 'offered to hand over two nationals suspected of blowing up a plane in 1988'.)
    An act the language marks as recalled (`data["recalled"]`: 'V-ㄴ 바 있다') is history with an earlier year anywhere
    before it in its sentence: the whole sentence tells that earlier act."""
    if ref is None:
        return False
    if hit.data.get("recalled") and lang.past_year(text, 0, hit.end, ref.year, hit.start):
        return True  # a recalled act ('2024년 말에도 ... 억류된 바 있다'): an earlier year anywhere before it dates it
    if lang.counted_from_year(text, hit.start, ref.year, reach):
        return True  # '1992년 수교한 이래 처음으로 ...': the ties date from that year, not from the story's day
    lo, hi = sent.start + hit.start - reach, sent.start + hit.end + reach
    old = [d for d in dates if d.value and d.precision in ("day", "month") and not d.reporting
           and lo <= d.span.start < hi and (ref - d.value).days >= days]
    # (of every type: a statement or pact a clause dates by a month over `days` before the report is history as well)
    if not old and not lang.past_year(text, max(0, hit.start - reach), hit.end + reach, ref.year, hit.start):
        return False  # most acts have no earlier date near them: the clause is read only when one has
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    inside = [d for d in dates if d.value and d.precision in ("day", "month") and sent.start + left <= d.span.start
              < sent.start + right]
    if not any(sent.start + left <= d.span.start < sent.start + right for d in old) \
            and not lang.past_year(text, max(left, hit.start - reach), min(right, hit.end + reach), ref.year,
                                hit.start):
        return False
    return not any((ref - d.value).days < days for d in inside)


def date_reach(sent: Span, hit: ActHit, hits: list[ActHit], right: int) -> int:
    """Where a date after a statement's verb stops dating the statement: the end of the verb's clause
    (`right`), or an earlier word of another act in it ("condemned X on Monday" is Monday's statement; in
    "condemned X's launch on Sunday" the day is the launch's; "signed an agreement on Friday" is one act)."""
    later = [h.start for h in hits if hit.end <= h.start < right and h.type != hit.type]
    return sent.start + min([right, *later])


def date_act(event: Event, pos: int, dates: list[DateRef], story, meetings: list[Event], ref: date | None,
             reach: int | None = None, recent: bool = False, frame: int | None = None, window: int = 0) -> None:
    """A statement made at a meeting has the meeting's date; a launch has the date its sentence gives,
    a statement the date before its verb or after it up to `reach`.
    An act said to be recent ('recently launched', '앞서 ... 비판한 바 있다') with no date of its own came before the
    story's day, never at the story's meeting (dates61: a statement told as made before is no word said there): it
    takes the window of the `window` days up to that day (dates50: the publication's one day, which
    it was dated by before, is as wrong as the story's); so does a deed a report tells with no day of its own before
    the story has one ('X said on Sunday that Y had shelled a village'): the days up to the report's (`told_before`),
    never the publication's day after it. `frame`: where the
    sentence starts, for the main predicate's statement: a date opening the sentence is its day over a closer one
    inside a claim it reports (`framed`)."""
    actors = {e.country for e in event.participants}
    meeting = meetings[0] if meetings else story.meeting
    year = year_frame(event, dates, pos, ref, reach)
    if event.type in VERBAL and meeting and meeting.date and meeting.status != "planned" and not recent \
            and year is None \
            and actors <= {p.country for p in meeting.participants} \
            and not any(d.value and not d.reporting and not d.background and pos < d.span.start < (reach or pos)
                        for d in dates) \
            and not own_day_word(dates, pos, meeting.date) and not report_dated_meeting(meeting, dates, pos, story) \
            and not after_report(event, meeting.date, ref) \
            and not (meetings and in_other_clause(meeting, dates, pos)) \
            and not own_recalled_day(dates, pos, meeting.date) \
            and not absent_speaker(event, meeting):  # 'A day after meeting X, Y condemned Z on Friday'
        event.date, event.date_precision, event.date_basis = meeting.date, meeting.date_precision, "narrative"
        event.date_again = any(d.span.data.get("again") and d.value == meeting.date for d in dates)  # '1일에도 회담하고'
        return
    recalled = [d for d in dates if recalled_for(d, pos) and not planned_time(d, event)]
    usable = recalled or [d for d in dates if d.value and not d.reporting and d.precision != "year" and not d.background
                          and (event.type not in VERBAL or d.span.start < pos or pos < d.span.start < (reach or pos))]
    usable = usable or started(dates, pos)
    usable = usable or (told_on(dates, pos, ref, reach) if event.type in VERBAL else sequence_dates(dates, pos))
    usable = usable or closing_days(dates, pos, ref)  # '중단한다고 6일 발표했다': the saying's day after the claim
    usable = said_days(finest(d for d in usable if not after_report(event, d.value, ref) or d.span.data.get("small_hours")),
                        pos, event.type in VERBAL)
    if usable:
        d = framed(usable, frame) or min(usable, key=lambda d: abs(d.span.start - pos))
        if told_window(event, d, pos):  # '11일 A군이 초소를 포격했다고 밝혔다': on or before the 11th (dates48)
            windowed(event, d.value, window, "text")
            return
        event.date, event.date_precision, event.date_basis = d.value, d.precision, "text"
        event.date_window = window_of(d.value, d.precision, d.span.data)
        event.date_relative = d.relative_to_narrative
        event.date_again = bool(d.span.data.get("again"))
        event.local_time = d.local_time
    elif year is not None and (story.day or ref):  # 'Earlier this year, A expelled ...', '지난해 ... 추방했다'
        end = min(story.day or ref, ref or story.day) if year.value.year == (story.day or ref).year \
            else year.value.replace(year=year.value.year + 1) - timedelta(days=1)  # that year's last day
        part = year_part_window(year.value, year.span.data.get("part"))  # dates62: '올해 초': its first months only
        event.date_window = (year.value, min(end, part[1])) if part else (year.value, end)
        event.date, event.date_precision, event.date_basis = year.value, "month", "text"
        event.recalled = True
    elif (ahead := year_ahead(event, dates, pos, ref, reach)) is not None:  # '내년 ... 배치할 예정이다'
        event.date, event.date_precision, event.date_basis = ahead.value, "year", "text"
        event.date_window = None
    elif recent and (story.day or ref):  # a report's day before the story has one ends the window (told_before)
        told = told_before(event, dates, pos, story, ref)
        windowed(event, story.day or told or ref, window, "narrative" if story.day else "text" if told else "published")
    elif told_before(event, dates, pos, story, ref):
        windowed(event, told_before(event, dates, pos, story, ref), window, "text")
    elif not unanchored(dates):  # 'on the eve of the summit', the summit's day untold: undated (dates46)
        day = story.day
        if day or ref:
            event.date, event.date_precision = day or ref, "day"
            event.date_basis = "narrative" if day else "published"


def year_frame(event: Event, dates: list[DateRef], pos: int, ref: date | None, reach: int | None) -> DateRef | None:
    """(dates61) The year a deed that took place is framed in when its sentence gives it no day or month: a year
    pointing back from the story's days, an earlier one ('last year', '지난해') or this year's days before the
    story's (the language's `earlier` mark: 'earlier this year', '올해 초'). The act takes the window of that year's
    days (up to the story's day for this year's), kept as its first month, never the story's or the publication's one
    day, nor the day of a meeting the story told before. A statement takes a year before its verb or after it up to
    `reach`, as it takes a day; a plan's time (`plan`) and a report's are no frame; nor is this year's without
    the mark ('the third test this year' is the story's count, not a time gone by)."""
    if event.status != OCCURRED or ref is None:
        return None
    framed = [d for d in dates if d.value and d.precision == "year" and not d.reporting and not d.span.data.get("plan")
              and (d.value.year < ref.year or d.value.year == ref.year and d.span.data.get("earlier"))
              and (recalled_for(d, pos) or not d.background or d.span.data.get("earlier")
                   and not d.span.data.get("clause"))
              and (event.type not in VERBAL or d.span.start < pos or pos < d.span.start < (reach or pos))]
    return min(framed, key=lambda d: abs(d.span.start - pos)) if framed else None


def year_ahead(event: Event, dates: list[DateRef], pos: int, ref: date | None, reach: int | None) -> DateRef | None:
    """(plans54) The year a planned deed is set for when its sentence gives it no day or month: 'will deploy troops
    next year', '내년 연합훈련을 실시한다'. A plan's time is the deed's own (`act_date_pool.planned_time`), and a year
    ahead of the report's is no day of the report: the deed is dated by that year, year precision, never the
    publication's day (a year date never dates through `usable`, which takes days and months only). Only a year after
    the report's ('this year' may be gone by or ahead), not a report's or a background clause's, placed as a
    statement's day is (before its verb, or after it up to `reach`)."""
    if event.status != "planned" or ref is None:
        return None
    ahead = [d for d in dates if d.value and d.precision == "year" and d.value.year > ref.year and not d.reporting
             and not d.background and (event.type not in VERBAL or d.span.start < pos or pos < d.span.start < (reach or pos))]
    return min(ahead, key=lambda d: abs(d.span.start - pos)) if ahead else None


def windowed(event: Event, day: date, days: int, basis: str) -> None:
    """Date the event by the window of `days` up to `day` (dating.recalled_window), kept as its first day's month: a
    deed recalled (`Event.recalled`), whose day its words do not give."""
    event.date_window, event.recalled = recalled_window(day, days), True
    event.date, event.date_precision, event.date_basis = event.date_window[0].replace(day=1), "month", basis


def told_before(event: Event, dates: list[DateRef], pos: int, story, ref: date | None) -> date | None:
    """The day a deed with no day of its own was reported on, where the story has no day yet: 'Kenya's foreign
    ministry said on Sunday that Ugandan troops had shelled a village' in a Monday report: the shelling came on or
    before Sunday, not on the publication's Monday (dates50; Korean reads the day before such a claim as the deed's
    own, lang/ko/dates.mark_claim_frames). A statement's report day is its own (`told_on`); a story with a day keeps
    dating its deeds."""
    if event.type in VERBAL or story.day is not None:
        return None
    told = [d for d in told_on(dates, pos, ref) if d.precision == "day"]
    return told[0].value if told else None


def told_window(event: Event, d: DateRef, pos: int) -> bool:
    """The saying's day a deed told in the past takes, its claim stating no day of its own (the language's `told`
    mark, the claim's extent: '국방부는 11일 A군이 초소를 포격했다고 밝혔다', '포격했다고 11일 밝혔다'): the deed came on
    or before that day, the window up to it, as English 'said on Friday that A's troops had shelled' (`told_before`;
    dates48). A statement told is dated by its saying's day (`told_on`), and a plan by its own time."""
    told = d.span.data.get("told")
    return bool(told) and d.precision == "day" and event.type not in VERBAL and event.status == OCCURRED \
        and told[0] <= pos < told[1]


def absent_speaker(event: Event, meeting: Event) -> bool:
    """The statement's speaker (its clause's one named person) is not at the meeting, where another person spoke for
    his state ('Tuesday's talks between A's minister and B's ...', then 'Speaking at the White House, A's president
    said ...'): his words are not the meeting's, and take the story's day (fields10)."""
    voice = event.voice
    if voice is None or voice.kind != "person":
        return False
    people = [p for p in meeting.participants if p.kind == "person"]
    return bool(people) and voice.id not in {p.id for p in people} \
        and any(p.country == voice.country for p in people)


def after_report(event: Event, day: date | None, ref: date | None) -> bool:
    """A date wholly after the report's day cannot date an act that took place ('agreed to hold talks next month',
    '다음 달 협상을 열기로 합의했다'), nor can a meeting still ahead: that date is the planned act's (its own clause
    reads it); the agreement is dated by the story. (The night after the report's evening, 'in the early hours of
    Friday' in a Thursday report, is read by the language as that next day and marked `small_hours`: it dates the
    acts of its clause, dates57.)"""
    return bool(ref and event.status == OCCURRED and day and day > ref)


def own_dates(sent: Span, hit: ActHit, dates: list[DateRef]) -> list[DateRef]:
    """The dates the act may take: a background act ('after X fired on May 2,') only its own clause's; a statement
    none inside its content ('proposed to hold talks next month': the content's day, not the proposal's), nor one a
    noun after its verb owns ("blamed X for Sunday's strike": lang/en/dates.POSSESSIVE_RE)."""
    own = [d for d in dates if recalled_for(d, sent.start + hit.start)] if hit.data.get("background") else dates
    if hit.type not in VERBAL:  # 'condemned the launches, including two fired on July 1': the launches' day
        own = [dataclasses.replace(d, background=False) if exemplified(d, sent, hit) else d for d in own]
    if hit.type in VERBAL:  # 'blamed Kyiv for Sunday's strike': a date owned by a noun after the verb is the noun's
        own = [d for d in own if not (d.span.data.get("of_noun") and d.span.start >= sent.start + hit.end)
               and not names_other_event(d, sent, hit)]
    else:  # 'struck X in retaliation for the March 9 ambush': the massacre's day, not the strike's
        own = [d for d in own if not names_another_noun(d, sent, hit)]
    if hit.type in VERBAL and hit.data.get("content_span"):
        lo, hi = hit.data["content_span"]
        own = [d for d in own if not sent.start + lo <= d.span.start < sent.start + hi or framing(d)]
        if hit.data.get("reporter_act"):  # 'X said on Monday that ..., rejecting Y': the report's day is the act's
            own = [dataclasses.replace(d, reporting=False) if d.reporting and d.span.start < sent.start + lo else d
                   for d in own]
    return own


def reached_day(story, dates: list[DateRef], ref: date | None) -> date | None:
    """The latest day the story has reached before this sentence's narrative words: its own days so far and the
    days its reports were made ('지난 25일 회담했다고 26일 밝혔다': the report's day is the 26th), none after the
    publication day, none of a background clause and none a plan is set for ('29일에는 ... 설명할 예정이다')."""
    days = [d.value for d in dates if d.value and d.precision == "day" and not d.relative_to_narrative
            and not d.background and not d.span.data.get("planned") and (ref is None or d.value <= ref)]
    days += [day for day in (story.reached, story.day) if day]
    return max(days) if days else None


def report_day(d: DateRef, story) -> date | None:
    """The day a narrative date word counts from: the day told last ('이튿날', '같은 날', 'the next day': the day after
    the last one a sentence stated, though a recall weeks back left the story's own day where it was: dates53), or, for a word the language anchors to the report ('전날' in Korean wire copy is the day before the
    report's own day, anchor 'report'), the latest day the story has reached. '... 지난 8일 제재를 발표했다. 이에 일본
    정부는 전날 항의했다' in a report of the 10th: the 9th, not the 7th; a report filed the morning after its story
    day has reached only that day, so its '전날' is the day before it."""
    if d.span.data.get("anchor") == "report" and story.reached:
        return story.reached
    if d.span.data.get("anchor") != "report" and story.told:
        return story.told  # dates53: '... 지난달 25일 회의를 열었다. B는 같은 날 ...' is the 25th, not the story's day
    return story.day


def framing(d: DateRef) -> bool:
    """A day the language reads as the saying's, framing a claim that starts after it (its `said` or `told` extent:
    '칠레는 금요일 페루가 ... 포격했다고 비난했다'), is the statement's day even where the act reader's content of the
    statement begins at it (a weekday noun runs into the claim's subject noun: endates49)."""
    extent = d.span.data.get("said") or d.span.data.get("told")
    return bool(extent) and extent[0] >= d.span.end
