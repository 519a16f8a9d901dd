"""Whose calendar a report's stated day is on: its dateline's country, its language outlets' clock (the lexicon's
`outlet_clock`), a day marked local time, or the place's own; and whether two statements' days are told on one clock.

Why its own module: store/merge_dates.py weighs two reports' dates (`date_evidence`) and a record's members' dates
against one report (`read_dates`); which clock a day is on is a question of its own, asked there and by nothing of
the weighing, and the module was over 400 lines with both.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout import budget
from readout.errors import DataFileError
from readout.kb.geo import capital_city
from readout.kb.loader import lexicon
from readout.settings import Settings
from readout.store.merge_organs import STORY
from readout.store.merge_zones import hours_apart

if TYPE_CHECKING:  # only for annotations: merge_members.py imports merge_dates, which imports this module
    from readout.store.merge_members import Member


# acts that are said (pipeline/act_recipients.VERBAL less the measures): a statement's day is its clause's own, while a
# deed named in passing ('condemned the launch') takes the day of the sentence that names it
STATEMENTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONCEDE"})


def one_clock(a: Member, b: Member) -> bool:
    """Both days of two statements told on one clock, neither marked local time nor read from '이날': the clock of
    each report's dateline ('SEOUL, June 21 (Reuters)', '(서울=연합뉴스)'), or, with none, its language outlets' when
    every party is of a country on it (the lexicon's `outlet_clock`: Korean outlets give Seoul's day for Seoul's and
    Pyongyang's acts). Their days a day apart are two days, which no time zone explains: the spokesperson's
    condemnation on Monday and again on Tuesday. Without a dateline a foreign party's act keeps the time zone's
    tolerance: a Korean translation of a Washington readout keeps Washington's day unmarked."""
    if a.type not in STATEMENTS or b.type not in STATEMENTS:
        return False
    here = clock_country(a)
    return here is not None and here == clock_country(b)


def on_speaker_clock(m: Member, speaker: str, settings: Settings) -> bool:
    """Whether `m`'s stated day is its speaker's own (store/merge_organs.py): its dateline's or its outlets' clock is
    the speaker's state or within `merge_same_calendar_hours` of its capital, or it names no clock country at all (an
    English wire without a dateline gives the speaker's day), or its day is marked local time ('15일(현지시간)': the
    place's clock, and an organ speaks at home). A day read from '이날' (no clock, not marked) is not known to be: a
    time zone may still explain it."""
    if m.clock is None:
        return marked_abroad(m, speaker)
    clock = m.clock if m.clock.isupper() else outlet_clock(m.clock)[0]
    if clock is None or clock == speaker:
        return True
    capital = capital_city(speaker)
    return hours_apart(clock, capital.lon if capital else None) < settings.merge_same_calendar_hours


def story_days_on_two_clocks(a: Member, b: Member) -> bool:
    """Whether either report's day is only its story's (merge_organs.STORY: its publication day) and the two reports
    keep different clocks (`outlet_clock`, a dateline's country, or none known). Publication days compare on one
    clock only: a wire on no clock publishing the next day may retell the statement that a paper on the speaker's
    clock printed the day before, so those two days are one statement's, within the time zone's tolerance."""
    if STORY not in (a.basis, b.basis):
        return False
    return report_clock(a) != report_clock(b)


def report_clock(m: Member) -> str | None:
    """The country whose calendar `m`'s report keeps: its dateline's, else its language outlets' (`outlet_clock`)."""
    if m.clock is None:
        return None
    return m.clock if m.clock.isupper() else outlet_clock(m.clock)[0]


def marked_abroad(m: Member, speaker: str) -> bool:
    """A day marked local time (`Member.local_clock`) is its speaker's own when the speaker is foreign to the outlet's
    clock: the outlet marks a place off its clock, and a foreign organ speaks at home ('미 국무부는 15일(현지시간)'); its
    own state's organ marked local time spoke abroad ('외교부는 10일(현지시간)'), on no clock known here."""
    if m.local_clock is None:
        return False
    if m.local_clock.isupper():
        return speaker != m.local_clock
    clock, countries = outlet_clock(m.local_clock)
    return speaker != clock and speaker not in countries


def clock_country(m: Member) -> str | None:
    """The country whose day `m` states: its dateline's (`Member.clock` a country code), else its language outlets'
    clock (`outlet_clock`) when every party is of a country that keeps it; None: no clock to compare."""
    if m.clock is None or m.clock.isupper():
        return m.clock
    clock, countries = outlet_clock(m.clock)
    return clock if clock and all(m.homes.get(p) in countries for p in m.parties) else None


@budget.table(maxsize=2)  # one per language: a table, bounded (budget53)
def outlet_clock(lang: str) -> tuple[str | None, frozenset[str]]:
    """A language's outlets' clock (the lexicon's `outlet_clock`) and the countries on it (`outlet_clock_countries`)."""
    try:
        lex = lexicon(lang)
    except DataFileError:  # a language with no lexicon keeps no clock
        return None, frozenset()
    return lex.get("outlet_clock"), frozenset(lex.get("outlet_clock_countries") or ())


LOCAL = "local"  # a day stated on the clock of the place it happened in


def day_clock(m: Member, settings: Settings) -> str:
    """Whose calendar a report's stated day is on: the place's own (`LOCAL`: marked local time, an outlet keeping no
    clock of its own, or a place within `merge_same_calendar_hours` of solar time of the clock's capital), or the
    country of its dateline or of its language's outlets (`outlet_clock`) when the place is off that clock ('17일
    뉴욕에서' in a Seoul paper, unmarked: Seoul's day, the 16th in New York; Beijing's day is Seoul's). Two stated days
    a day apart in one city, or in two, are two meetings only on one calendar; on two, a time zone explains them."""
    if m.clock is None or not m.place:
        return LOCAL
    country = m.place.get("country")
    clock = m.clock if m.clock.isupper() else outlet_clock(m.clock)[0]
    if clock is None or clock == country or not m.clock.isupper() and country in outlet_clock(m.clock)[1]:
        return LOCAL
    return LOCAL if hours_apart(clock, m.place.get("lon")) < settings.merge_same_calendar_hours else clock
