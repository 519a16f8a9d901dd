"""The calendar's words in Korean: CLDR's names of the days of the week and of the months (through babel), in both its
contexts. A calendar word dates a clause; it is never a person's name nor an actor, though a weekday may look like a
Korean name of three syllables opening with a surname ('금요일': 금 is a surname) that kiwi reads as one common noun
before a ministry, the shape of '안덕근 산업통상자원부 장관' (lang/ko/name_runs.name_run).

Why a module of its own: the name readers (`name_runs.time_words`, `name_words.name_like`) ask it, and the list comes
from CLDR, not from a hand list in the lexicon.
"""
from __future__ import annotations

import functools
from readout import budget
import re
from readout.cache import cached_content

CONTEXTS = ("format", "stand-alone")


@budget.table()
def cldr_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """CLDR's wide Korean (day names, month names) in both contexts, each sorted, as the installed babel gives them.

    Why kept by the start-up cache (speed50): importing babel's dates and loading its Korean locale data took about
    0.14 s of CPU, a fifth of a warm Korean start-up, for two dozen words that change only with babel's version
    (the key names it, so another version is asked again)."""
    from importlib.metadata import version  # here: importlib.metadata costs a cold start ~10 ms, and only a miss asks

    def build() -> tuple[tuple[str, ...], tuple[str, ...]]:
        # cold start: not loaded with `Korean`, only on first use
        from babel.dates import get_day_names, get_month_names

        days = {n for context in CONTEXTS for n in get_day_names("wide", context=context, locale="ko").values()}
        months = {n for context in CONTEXTS for n in get_month_names("wide", context=context, locale="ko").values()}
        return tuple(sorted(days)), tuple(sorted(months))

    return cached_content("cldr-calendar", f"babel {version('babel')}\x00ko wide {' '.join(CONTEXTS)}", build)


@budget.table()
def calendar_words() -> frozenset[str]:
    """CLDR's wide Korean day and month names ('월요일' .. '일요일', '1월' .. '12월')."""
    days, months = cldr_names()
    return frozenset(days + months)


@budget.table()
def weekday_names() -> tuple[str, ...]:
    """CLDR's wide Korean weekday names ('월요일' .. '일요일'), both contexts, in a fixed order."""
    return cldr_names()[0]


WEEKDAY_SLOT = "{weekday}"  # where a lexicon pattern takes CLDR's weekday names (`with_calendar`)


@functools.lru_cache(maxsize=32)
def compiled_with_calendar(source: str) -> re.Pattern:
    """`source` with its `{weekday}` slot filled by the alternation of CLDR's weekday names, compiled."""
    return re.compile(source.replace(WEEKDAY_SLOT, "(?:" + "|".join(map(re.escape, weekday_names())) + ")"))


def with_calendar(lex, key: str) -> re.Pattern:
    """Lexicon pattern `key` with its calendar slot filled from CLDR ('금요일 총리는': lexicon/ko.yaml office_back_re):
    the weekday names are not spelled by hand in the lexicon (docs/coding-choices.md, calendar words)."""
    return compiled_with_calendar(lex.sources(key)[0])
