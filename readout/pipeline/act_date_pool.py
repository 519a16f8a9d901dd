"""Which of a sentence's dates may date an act at a position, each a question over the dates alone: one a background
clause holding the act recalls (`recalled_for`), a plan's time or an example's day, the day its maker told of a
statement (`told_on`), the day a continuing act began (`started`), a sequence's day before a deed (`sequence_dates`),
the saying's day against a claim's (`said_days`), a date opening the sentence (`framed`), days over the months that
hold them (`finest`), and the dates that keep a statement off its meeting's day (`in_other_clause`,
`own_recalled_day`, `report_dated_meeting`, `own_day_word`). pipeline/act_dates.py asks them when it dates an act
(`date_act`, `own_dates`, `clause_days`, `history`); split from it (debt68), no behaviour change.
"""
from __future__ import annotations

from datetime import date

from readout.lang.base import ActHit
from readout.model import DateRef, Event, OCCURRED, Span


def recalled_for(d: DateRef, pos: int) -> bool:
    """A background date that dates the act at `pos`: both stand in one subordinate clause ('after X
    fired missiles on November 2,', '12일 발사한 후')."""
    clause = d.span.data.get("clause")
    return bool(d.value and d.background and clause and clause[0] <= pos < clause[1])


def planned_time(d: DateRef, event: Event) -> bool:
    """The time a decision's complement sets for its planned deed ('13일 이달 하순 회담을 열기로 합의했다', 'agreed on
    Friday to hold talks later this month': the language's `plan` mark) is that deed's; it never dates a decision that
    took place, whose day is its own clause's (a window stays the plan's window; dates41)."""
    return bool(d.span.data.get("plan")) and event.status == OCCURRED


def exemplified(d: DateRef, sent: Span, hit: ActHit) -> bool:
    """A date of an example phrase whose series is the act's own word ('condemned the launches, including two missiles
    fired on July 1': the language's `example_of` mark, the end of the word before the cue): the example's day dates
    the deeds it is one of, as the statement that lists it does not (dates40)."""
    return bool(d.value and d.background and d.span.data.get("example_of") == sent.start + hit.end)


def told_on(dates: list[DateRef], pos: int, ref: date | None, reach: int | None = None) -> list[DateRef]:
    """'X said on Sunday it had lodged a protest': a statement its own clause leaves undated is
    on the day its maker told of it (the report's day before it in its sentence), not on a day the story told
    before about another deed ('sailed through the strait on Saturday'); or in the days it told of ('said earlier
    this week that', 'said last month that': a week's window or a month, dates50), also after the statement's own verb
    up to `reach`. Never a day after the report's own (a weekday read ahead: 'said on Friday the two sides would meet')."""
    return [d for d in dates if d.value and d.reporting and d.precision in ("day", "month") and not d.background
            and not d.span.data.get("claim") and (d.span.start < pos or pos < d.span.start < (reach or pos))
            and (ref is None or d.value <= ref)][-1:]


def started(dates: list[DateRef], pos: int) -> list[DateRef]:
    """'Protesters have rallied outside parliament every night since Jan. 6', '지난 6일 이후 ... 시위를 이어가고 있다': a
    continuing act with no day of its own is dated by the day it began (the language's `start` mark: a day after
    'since' in a perfect clause, or before '이후' in a clause that goes on: the mark holds the extent of that clause),
    not by the story's or the report's day. Only a deed whose word stands in that clause: 'X demanded the release of
    Y, who has been held since Wednesday' dates the detention, not the demand (dates56)."""
    return [d for d in dates if d.value and d.span.data.get("start") and d.precision in ("day", "month")
            and not d.reporting and d.span.data["start"][0] <= pos < d.span.data["start"][1]][:1]


def sequence_dates(dates: list[DateRef], pos: int) -> list[DateRef]:
    """'중국 해경선이 전날 물대포를 쏜 뒤 어민을 억류했다고 22일 밝혔다', 'fired water cannon on Monday before seizing
    the boat': a deed with no date of its own that follows a dated deed of its sentence ('~한 뒤', 'after ...,') goes
    on in that sequence, on its day (the closest before it), not on the report's. Statements are left to the story's
    day: a reply can come days after what it answers."""
    before = [d for d in dates if d.value and d.background and d.precision == "day" and d.span.data.get("clause")
              and d.span.data["clause"][1] <= pos]
    return before[-1:]


def closing_days(dates: list[DateRef], pos: int, ref: date | None) -> list[DateRef]:
    """'가나 정부는 토고와의 교역을 중단한다고 6일 발표했다', 'Ghana said on Friday it had halted trade with Togo': a
    saying's day written after the claim it closes (the language's `closes` mark) dates a told deed before it that its
    sentence gives no day of its own, as the same day written before the claim does (kodate47); never a medium's
    relayed day, nor one after the report's."""
    return [d for d in dates if d.value and d.precision == "day" and d.span.data.get("closes") and pos < d.span.start
            and not d.span.data.get("relayed") and not d.background and (ref is None or d.value <= ref)][:1]


def said_days(usable: list[DateRef], pos: int, verbal: bool) -> list[DateRef]:
    """'외교부는 11일 성명에서 A군이 9일 초소에 총격을 가했다며 규탄했다': a day the language marks as the saying's
    (`said`: the extent of the claim it opens) dates a statement outside that claim (the condemnation: the 11th, not
    the claim's closer 9th), and no act inside it (dates49). Other dates and acts are left as they are."""
    said = [d for d in usable if d.span.data.get("said")]
    if not said:
        return usable
    if any(d.span.data["said"][0] <= pos < d.span.data["said"][1] for d in said):
        return [d for d in usable if d not in said] or usable
    return said if verbal else usable


def framed(usable: list[DateRef], frame: int | None) -> DateRef | None:
    """'같은 날 B 외무부는 A군이 지난 3일과 9일 국경을 침범했다고 주장하며 ... 경고했다', 'The same day, B claimed A's troops
    had crossed the border on Nov. 3 and 9 and warned ...': a date opening the sentence frames its main statement;
    the days inside what it claims date the claimed deeds, however close they stand to its verb (dates41)."""
    return next((d for d in usable if frame is not None and d.span.start == frame), None)


def finest(dates) -> list[DateRef]:
    """The usable dates less a month that contains a day among them ('한국과 일본은 15일 이달 안에 조사단을 보내기로
    합의했다', 'agreed on the 15th to send a team within the month'): an act takes place on a day, and the month beside
    it is the time frame of what was decided, said or done, however close it stands to the verb. A month alone, or
    one no day of the sentence falls in, still dates the act; so does a weekend, two days of its own (dates56: 'said
    on the 10th that police had detained 200 people over the weekend')."""
    dates = list(dates)
    days = {(d.value.year, d.value.month) for d in dates if d.value and d.precision == "day"}
    return [d for d in dates if not (d.precision == "month" and d.value and (d.value.year, d.value.month) in days
                                     and not d.span.data.get("weekend"))]


def in_other_clause(meeting: Event, dates: list[DateRef], pos: int) -> bool:
    """A meeting of the sentence dated by a subordinate or relative clause the statement is not in ('Y, who spoke with
    X by phone on Sunday, welcomed the deal', '지난 10일 X와 통화한 Y 대통령은 ... 환영했다'): the call is that clause's
    act, the welcome the main clause's; the statement is not made at the call (fields10)."""
    return any(d.background and d.value == meeting.date and d.span.data.get("clause") and not recalled_for(d, pos)
               for d in dates)


def own_recalled_day(dates: list[DateRef], pos: int, day: date) -> bool:
    """'The talks come months after A and B agreed in April to launch X, a body that held its first meeting in July':
    an act of a recalled clause that clause dates ('after ... agreed in April') was not made at a meeting of another
    day, told in the sentence or the story (dates46: agreement date vs event date)."""
    return any(recalled_for(d, pos) and d.value != day for d in dates)


def report_dated_meeting(meeting: Event, dates: list[DateRef], pos: int, story) -> bool:
    """A meeting dated only by the report's day (a headline's undated 'A·B·C 외교장관 회동', 'ministers meet') gives
    no day to a statement whose sentence states a day before it ('A 장관이 2일 ... 비판했다', 'A on Friday
    criticized'), nor to one told after the story has a day of its own: that day is better founded than the
    publication's."""
    return meeting.date_basis == "published" and (story.day is not None and story.day != meeting.date or any(
        d.value and d.precision == "day" and not d.reporting and not d.background and d.span.start < pos
        for d in dates))


def own_day_word(dates: list[DateRef], pos: int, day: date) -> bool:
    """A day word of the story before the act's verb ('앞서 B 외교부는 전날 대사를 불러 항의했다', 'the previous day'), or a
    day a verb's adverbial states there (the language's `adverbial` mark: 'On July 4, A tightened controls on ...', an
    earlier deed told after the meeting; 'had on Tuesday condemned'), that names another day than the meeting's: the
    act's own day, not the meeting's. A day naming a noun ('violated the Sept. 19 accord') leaves the meeting's. So does
    an adverbial month the meeting's day is not in ('In April, X expelled Y's envoy', '4월에는 ... 추방했다', told in a
    December report of talks: dates50). A day word counted from a week the story told ('Last week A met B. A day
    later, ...': a window of days, its month the meeting's: pipeline/week_days) names another day too (endates49)."""
    return any((d.relative_to_narrative or d.precision == "day" and d.span.data.get("adverbial")
                or other_month(d, day)) and d.value
               and (d.value != day or counted_window(d)) and not d.background and not d.reporting
               and d.span.start < pos for d in dates)


def counted_window(d: DateRef) -> bool:
    """A narrative day word moved from a week the story told (pipeline/week_days.counted_from_week): its window."""
    return bool(d.relative_to_narrative and d.span.data.get("window") and d.span.data.get("shift"))


def other_month(d: DateRef, day: date) -> bool:
    """An adverbial month ('In April,', '4월에는') that does not hold `day`."""
    return d.precision == "month" and bool(d.span.data.get("adverbial")) and d.value is not None \
        and (d.value.year, d.value.month) != (day.year, day.month)
