"""Korean parts of a month or a week after a date ('이달 하순', '지난주 말께', '다음 주 중반'): the window of days that part
names, not the whole month.

Why its own module (debt55): a part is read after a month or week date is found (lang/ko/dates.find_dates asks
`mark_month_parts` and `mark_week_part`); the lexicon's `date_month_parts` and its particles are one concern, kept
apart from the patterns that find the dates."""
from __future__ import annotations

import re
from datetime import date

from readout import budget
from readout.dating import week_window
from readout.kb.loader import lexicon
from readout.model import DateRef


def mark_month_parts(text: str, offset: int, dates: list[DateRef]) -> None:
    """'이달 하순', '다음 달 초순', '3월 중순': a month followed by a part of it (the lexicon's `date_month_parts`)
    keeps that part (`span.data["part"]`), which gives the event a window of days (readout/dating.part_window)
    rather than the whole month: a plan for late March is not a meeting held on March 5."""
    parts = lexicon("ko")["date_month_parts"]
    for d in dates:
        if d.precision != "month" or d.value is None or "ahead" in d.span.data:  # '다음 주': a week, not a month
            continue
        m = month_part_re().match(text, d.span.end - offset)
        if m:
            d.span.data["part"] = parts[m.group(1)]


@budget.table()
def month_part_re() -> re.Pattern:
    words = "|".join(sorted(lexicon("ko")["date_month_parts"], key=len, reverse=True))
    return re.compile(rf"\s*({words})(?=(?:{PART_PARTICLES})?(?![가-힣]))")


# what a part of a month may carry ('하순께', '이달 초에는', '지난달 말부터'): a particle of time, never a noun's letters
# ('초청', '말레이시아'): the single-syllable parts '초', '말' begin many words
PART_PARTICLES = "에는|에도|에|엔|께부터|께|경|쯤|부터|까지|으로|로|의"


def mark_week_part(text: str, m: re.Match, found: DateRef, ref: date | None, weeks: int) -> None:
    """'이번 주 초', '지난주 말께', '다음 주 중반': a week followed by a part of it (the lexicon's `date_month_parts`, as a
    month's) keeps the window of days that part names (readout/dating.week_window): a meeting late last week is
    held on one of those days, not on the first of a month; a week with no part ('지난주 브뤼셀에서') all its days
    (dates49). Its value is the month of the window's first day. '지난 주말' (the weekend) is no week's part."""
    part = month_part_re().match(text, m.end())  # '주초' written on is a week's start too; '주말' the week pattern
    if ref is None:  # leaves
        return
    window = week_window(ref, weeks, lexicon("ko")["date_month_parts"][part.group(1)] if part else None)
    # (a week with no part: all its days, dates49); the month is the window's first day's: a record keeps a window
    # that starts in its month
    found.span.data["window"], found.value = window, window[0].replace(day=1)


def week_words(lex) -> str:
    """The week words of `weekday_prefixes` ('지난주', '이번 주', '다음 주'), longest first, as one alternation."""
    keys = [k for k, v in lex["weekday_prefixes"].items() if str(v).startswith("week:")]
    return "|".join(sorted(keys, key=len, reverse=True))
