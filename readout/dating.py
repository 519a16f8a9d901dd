"""Calendar arithmetic shared by the Korean and English date resolvers (language-free).

Why our own: dateparser reads "14일" as "14 days ago" and "Friday" (past) a week early; news dates
follow simpler rules relative to the publication date, written here once.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta


def same_month(ref):
    """(meet52) Mark a date reference read from 'the same month', 'later that month', '같은 달' (a `DateRef`, month
    precision, no value yet): the month of the last date the text told before it, resolved with the story's narrative
    words (pipeline/story_days.resolve_narrative_dates), not the story's day nor the report's month."""
    ref.relative_to_narrative = True
    ref.span.data["same_month"] = True
    return ref


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_month(d: date, months: int) -> date:
    m = d.month - 1 + months
    year, month = d.year + m // 12, m % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def day_in_month_near(ref: date, day: int, direction: str) -> date | None:
    """A day-of-month with no month given: 'past' (지난 14일), 'future' (오는 14일), or 'near'
    (14일: this month if not later than the reference, else last month)."""
    this = safe_date(ref.year, ref.month, day)
    if direction == "future":
        if this and this >= ref:
            return this
        nxt = shift_month(ref.replace(day=1), 1)
        return safe_date(nxt.year, nxt.month, day)
    if this and (this < ref or (direction == "near" and this == ref)):
        return this
    prev = shift_month(ref.replace(day=1), -1)
    return safe_date(prev.year, prev.month, day)


def year_for(ref: date, month: int, day: int, future_days: int) -> date | None:
    """The year of an unyeared month-day: the reference's, unless that lands more than `future_days`
    (the setting `unyeared_future_days`) after it: then the year before."""
    d = safe_date(ref.year, month, day)
    if d and d > ref + timedelta(days=future_days):
        return safe_date(ref.year - 1, month, day)
    return d or safe_date(ref.year - 1, month, day)


def planned_year_for(ref: date, month: int, day: int) -> date | None:
    """The year of an unyeared month-day in a clause about what lies ahead ('will meet on Jan. 5', '1월 5일 회담할
    예정이다' in a December report): a plan is not set for a month already behind the report's, so a month before the
    reference's is next year's, as a planned month is (dates46); a day earlier in the report's own month stays this
    year's (a plan told late). (yeardates48)"""
    d = safe_date(ref.year, month, day)
    if month < ref.month:
        return safe_date(ref.year + 1, month, day) or d
    return d or safe_date(ref.year + 1, month, day)


def weekday_near(ref: date, weekday: int, future: bool = False) -> date:
    """The weekday on or before the reference (news reports the week behind it), or after it."""
    delta = (ref.weekday() - weekday) % 7
    return ref + timedelta(days=(7 - delta) % 7) if future else ref - timedelta(days=delta)


def year_from_weekday(month: int, day: int, weekday: int, not_after: date) -> date | None:
    """'Nov. 14, Thursday' with no year: the latest year, not after `not_after`, that fits."""
    for year in range(not_after.year, not_after.year - 28, -1):
        d = safe_date(year, month, day)
        if d and d <= not_after and d.weekday() == weekday:
            return d
    return None


OPENING_QUOTES = "“‘「『"
CLOSING_QUOTES = "”’」』"


def quoted_at(text: str, start: int) -> bool:
    """Whether offset `start` of a sentence lies inside a quotation: an odd count of straight double quotes
    before it, or more opening curly (or corner) quotes than closing ones. A speaker's quoted words that name an
    earlier day recall it ('"the immigration bureau deported four fugitives on the 6th," she replied'); the
    story returns to its own day after that paragraph (pipeline/story_days.note_recall reads the `recall` mark). Korean
    mentions ask it too: a foreign speaker's quoted '우리 군' is not the writer's state (lang/ko/countries.own_state)."""
    before = text[:start]
    if before.count('"') % 2:
        return True
    return sum(map(before.count, OPENING_QUOTES)) > sum(map(before.count, CLOSING_QUOTES))  # speed55: counted in C


# A part of a month ('early March', '3월 하순'): the days it covers. The lexicons name the words of each part
# (`date_month_parts`); the day ranges are the calendar's (초순/상순 1-10, 중순 11-20, 하순 21-end, as in English
# early/mid/late), so both languages give one window for one plan.
MONTH_PARTS: dict[str, tuple[int, int]] = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def part_window(month: date, part: str | None) -> tuple[date, date] | None:
    """The first and last day of `part` ('early', 'mid', 'late') of the month of `month`; None for no part."""
    days = MONTH_PARTS.get(part or "")
    if days is None:
        return None
    last = calendar.monthrange(month.year, month.month)[1]
    return month.replace(day=days[0]), month.replace(day=min(days[1], last))


# dates62: a part of a year ('early this year', '올해 초'): its months, the year's thirds as a month's parts are its
# thirds, so both languages give one window (the words are the lexicons' `date_month_parts`).
YEAR_PARTS: dict[str, tuple[int, int]] = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def year_part_window(year: date, part: str | None) -> tuple[date, date] | None:
    """The first and last day of `part` ('early', 'mid', 'late') of the year of `year`; None for no part."""
    months = YEAR_PARTS.get(part or "")
    if months is None:
        return None
    return date(year.year, months[0], 1), date(year.year, months[1], calendar.monthrange(year.year, months[1])[1])


# A part of a week ('early this week', '지난주 말'): the days it covers, from the week's Monday (0) to its Sunday (6), so
# both languages give one window: early Monday to Wednesday, mid Wednesday to Friday, late Thursday to Sunday.
WEEK_PARTS: dict[str, tuple[int, int]] = {"early": (0, 2), "mid": (2, 4), "late": (3, 6)}


def week_part_window(ref: date, weeks: int, part: str | None) -> tuple[date, date] | None:
    """The first and last day of `part` of the week `weeks` from the one holding `ref` ('late last week': -1, 'late');
    None for no part ('earlier this week' names none) (yeardates48)."""
    days = WEEK_PARTS.get(part or "")
    if days is None:
        return None
    monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * weeks)
    return monday + timedelta(days=days[0]), monday + timedelta(days=days[1])


# The side of the report's day a week word without a part names ('earlier this week': the days of the week up to it).
WEEK_SIDES = ("before", "after")
WEEKEND = 5  # the weekday (Monday 0) a week's weekend starts


def week_window(ref: date, weeks: int, part: str | None) -> tuple[date, date]:
    """The days a week word names: its part's (`week_part_window`), the days of the report's week up to its day or from
    it (`part` 'before' or 'after': 'earlier this week', 'later this week'), else the whole week, Monday to Sunday: an
    act of 'last week' or '지난주' is on one of its days, and a record kept only by the month of one of them would agree
    with any day of that month (dates49)."""
    window = week_part_window(ref, weeks, part)
    if window:
        return window
    monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * weeks)
    sunday = monday + timedelta(days=6)
    if weeks == 0 and part == "before":
        return monday, ref
    if weeks == 0 and part == "after":
        return ref, sunday
    if weeks == -1 and ref.weekday() >= WEEKEND:  # 'last week' in a weekend report: as often the week ending then
        return monday, ref - timedelta(days=1)
    return monday, sunday


def weekend_window(ref: date, weeks: int, ahead: bool = False) -> tuple[date, date]:
    """The Saturday and Sunday a weekend word names from the report's day `ref` (dates56): the weekend behind the report
    for `weeks` 0 ('over the weekend', '주말 동안': said on a weekend day, its days up to the report's), the one before
    that when the report falls on a weekend for -1 ('last weekend', '지난 주말': on a weekday the same as 0), the one
    ahead for 1 ('next weekend', '다음 주말'); `ahead` (a clause that plans: 'will rally this weekend') reads 0 as the
    coming weekend, or the whole of the current one. An act of a weekend took place on one of its two days, not on the
    publication's day or on the first of a month."""
    saturday = ref - timedelta(days=(ref.weekday() - WEEKEND) % 7)  # the last Saturday on or before `ref`
    if weeks > 0 or ahead and ref.weekday() < WEEKEND:
        saturday += timedelta(days=7)
    elif weeks < 0 and ref.weekday() >= WEEKEND:
        saturday -= timedelta(days=7)
    sunday = saturday + timedelta(days=1)
    return saturday, min(sunday, ref) if weeks == 0 and not ahead else sunday


def window_of(value: date, precision: str, data: dict) -> tuple[date, date] | None:
    """The window of days a date names: a part of a week (`data["window"]`, `week_part_window`) or of a month
    (`data["part"]`, `part_window`); None for a whole day, month or year."""
    if precision != "month":
        return None
    return data.get("window") or part_window(value, data.get("part"))


def recalled_window(day: date, days: int) -> tuple[date, date]:
    """The days an act told as done before the story's day lies in when its words give no day of their own ('앞서 ...
    비판한 바 있다', 'has recently accused'): the `days` up to the story's day (dates50). A record keeps it as a window
    of month precision, never the story's or the publication's one day, which are not the act's."""
    return day - timedelta(days=days), day
