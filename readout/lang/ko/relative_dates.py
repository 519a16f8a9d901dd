"""Korean relative date words and the offsets their tables give ('지난달' a month back, '지난해' a year, '지난 화요일'
the Tuesday before): which day, month or year a word points to from the reference date.

Why a module of its own (debt56): lang/ko/dates.py (410 lines) both finds the date expressions of a sentence and
resolved the relative words; these functions read only the lexicon's tables and the word, and moved whole.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from readout.dating import weekday_near
from readout.kb.loader import lexicon


def lookup(table: dict[str, int], word: str) -> int:
    for pattern, value in table.items():
        if re.fullmatch(pattern, word):
            return value
    return 0


def month_offset(prefix: str | None) -> int | None:
    if not prefix:
        return None
    return lookup(lexicon("ko")["date_relative_months"], prefix) if re.search("달", prefix) else None


def year_offset(prefix: str | None) -> int | None:
    if prefix in ("지난해", "작년"):
        return -1
    if prefix == "내년":
        return 1
    if prefix == "올해":
        return 0
    return None


def resolve_weekday(m: re.Match, ref: date) -> date:
    """'화요일', '지난 화요일', '오는 금요일', '지난주 수요일', '다음 주 월요일' against the reference date.
    A bare weekday is the one on or before the reference (news reports the week behind it, as in English);
    '지난' is the one strictly before, '오는'/'다음' the one strictly after; a week word ('지난주', '이번 주',
    '다음 주') names the week (Monday first) and the weekday is that week's."""
    lex = lexicon("ko")
    weekday = lookup(lex["weekdays"], m.group("wd"))
    prefix = lookup(lex["weekday_prefixes"], m.group("wp")) if m.group("wp") else None
    if prefix is None:
        return weekday_near(ref, weekday)
    kind, shift = prefix.split(":")
    if kind == "week":
        monday = ref - timedelta(days=ref.weekday())
        return monday + timedelta(days=7 * int(shift) + weekday)
    if int(shift) < 0:
        return weekday_near(ref - timedelta(days=1), weekday)
    return weekday_near(ref + timedelta(days=1), weekday, future=True)
