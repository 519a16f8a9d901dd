"""A day counted from a week the story told, not from a day (endates49, issue 13).

'Last week Chile's minister met Peru's president. The next day he met Bolivia's': the story has told no day, only a
week; 'the next day' counted from the publication's day gave a day after the report. The day after a day of that
week lies in that week moved by one day: a window of days, as the week itself is (`dating.window_of`), never a day.
"""
from __future__ import annotations

from datetime import date, timedelta

from readout.model import DateRef


def told_week(dates: list[DateRef], ref: date | None) -> tuple[date, date] | None:
    """The window of the last week (or part of one) the sentence tells as its deeds' time ('last week', '지난주',
    'late last week'): a date of month precision with a window of days, no plan's, no report's, none after the
    publication's day."""
    weeks = [d.span.data["window"] for d in dates if d.precision == "month" and d.span.data.get("window")
             and not d.span.data.get("planned") and not d.span.data.get("ahead") and not d.reporting
             and not d.background and (ref is None or d.span.data["window"][0] <= ref)]
    return weeks[-1] if weeks else None


def counted_from_week(d: DateRef, week: tuple[date, date], ref: date | None) -> None:
    """'The next day', '이튿날', 'a day later' with no day of the story to count from but a week (`week`): the week
    moved by the word's shift, no later than the publication's day, kept as its first day's month with that window
    (as a week is: lang/en/date_parts.mark_week_part)."""
    shift = timedelta(days=d.span.data.get("shift", 0))
    end = week[1] + shift
    window = (week[0] + shift, min(end, ref) if ref else end)
    if window[0] > window[1]:
        window = (window[1], window[1])
    d.value, d.precision = window[0].replace(day=1), "month"
    d.span.data["window"] = window
    d.span.data["basis"] = "text"
