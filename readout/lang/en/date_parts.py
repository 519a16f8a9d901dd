"""English marks on a date just found: the part of a month or week its words name ('late March', 'early this week'),
a day a plan is set for, and the day a shifted weekday names ('next Tuesday', 'last Monday').

Why its own module (debt55): `find_dates` (lang/en/dates.py) finds a date and then marks it; the marks read the
lexicon's parts and the report's calendar, not the date patterns, and dates.py had grown to 470 lines with them."""
from __future__ import annotations

import re
from datetime import date, timedelta

from readout.dating import week_window, weekday_near
from readout.kb.loader import lexicon
from readout.model import DateRef


def mark_month_part(out: list[DateRef], m: re.Match, offset: int) -> None:
    """'late March', 'mid-next month', 'the end of last month': the month just added keeps the part of it its words name (the lexicon's
    `date_month_parts`; 'earlier'/'later' name none), which gives the event a window of days
    (readout/dating.part_window) rather than the whole month."""
    part = (m.group("part") or m.group("part_of") or "").lower()
    if out and part and out[-1].span.start == offset + m.start() and out[-1].precision == "month":
        named = lexicon("en")["date_month_parts"].get(part)
        if named and out[-1].value is not None:
            out[-1].span.data["part"] = named


def mark_week_part(out: list[DateRef], m: re.Match, offset: int, ref: date | None, weeks: int) -> None:
    """'early this week', 'late last week', 'at the end of last week': the week just added keeps the window of days its
    part names (the lexicon's `date_month_parts`, the same words as a month's; 'earlier'/'later' the days before or
    after the report's, `date_week_sides`; a week with no part all its days): a meeting late last week is held on one of
    those days, not on the first of a month (readout/dating.week_window)."""
    word = (m.group("part") or m.group("part_of") or "").lower()
    lex = lexicon("en")
    part = lex["date_month_parts"].get(word) or lex["date_week_sides"].get(word)
    if ref is not None and out and out[-1].span.start == offset + m.start():
        window = week_window(ref, weeks, part)  # no part: the whole week (dates49)
        # the month is the window's first day's: a record keeps a window that starts in its month
        out[-1].span.data["window"], out[-1].value = window, window[0].replace(day=1)


def shifted_weekday(ref: date, weekday: int, shift: str, future: bool) -> date:
    """The day a weekday names from the report's day `ref`. 'next Tuesday' is the Tuesday of the
    following week, the news calendar's week from Sunday (said on a Monday it is eight days on: the next
    day would be 'on Tuesday'; 'next Sunday' is the coming one), and 'last Monday' said on a Monday is a
    week back; a bare weekday is the nearest one behind the report (or ahead of it, in a clause about what
    is still ahead)."""
    if shift.startswith("next"):
        return ref + timedelta(days=7 - (ref.weekday() + 1) % 7 + (weekday + 1) % 7)
    if shift and weekday == ref.weekday():
        return ref - timedelta(days=7)
    return weekday_near(ref, weekday, future=future)


def mark_planned(out: list[DateRef], start: int, ref: date | None, future: bool) -> None:
    """'A delegation will brief the bloc on Tuesday' in a report of that Tuesday: a day a plan is set for, on or
    after the report's, is no day the story has reached (`span.data["planned"]`: pipeline/story_days.advance_story_day
    and act_dates.reached_day leave it; 'the same day' after it still counts from the story's day) (dates40)."""
    if future and ref is not None and out and out[-1].span.start == start and out[-1].value is not None \
            and out[-1].value >= ref:
        out[-1].span.data["planned"] = True
