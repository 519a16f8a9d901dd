"""A time zone runs one way: which of two reports' clocks may read a deed's day as the later one.

A day's difference between two reports is forgiven as a time zone (store/merge_dates.py `TIME_ZONE`): a launch at
dawn in Asia is the evening before in Washington. But the forgiveness has a direction. A clock east of the place
where a deed was done reads its day as the same or the next, never the one before: a Seoul paper's day for a deed in
Europe is Europe's day or the day after, a London wire's day for a deed in Asia is Asia's day or the day before. Two
reports whose days a day apart run the other way (the paper on the eastern clock naming the earlier day) report two
deeds: the riot police's charge of the first night beside their charge of the next, the army's deployment of one day
beside its deployment of the next (merge59). The place is its doer's state (a deed of force is done where its doer
is, store/merge_forces.py); a report's clock is its dateline's or its language outlets' (merge_clocks.report_clock),
on the place's own calendar when within `merge_same_calendar_hours` of it, or when marked local time; a day read from
'이날' keeps no clock, and two reports on one clock are store/merge_forces.py's to judge, so neither is weighed here.
A day the story gives ('narrative': a report's own clock gives it too) is read like a stated one; a day taken from a
publication alone is not (it is the report's, not the deed's).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from readout.kb.geo import capital_city
from readout.settings import Settings
from readout.store.merge_forces import FORCE, STATED
from readout.store.merge_organs import STORY

if TYPE_CHECKING:  # only for annotations: merge_members.py imports merge_dates, which imports this module
    from readout.store.merge_members import Member

DAY_OF_ITS_OWN = frozenset({STATED, STORY})  # date bases read as a day of the deed on the report's clock


def deed_site(m: "Member") -> str | None:
    """The state a deed of force of `m` is done in: its one doer's country, on a day of the deed (`DAY_OF_ITS_OWN`,
    day precision); None otherwise."""
    if m.type not in FORCE or m.basis not in DAY_OF_ITS_OWN or m.precision != "day" or len(m.parties) != 1:
        return None
    return m.homes.get(next(iter(m.parties)))


def hours_apart(country: str, lon: float | None) -> float:
    """Solar hours between a country's capital and a longitude (unknown: as far as a day)."""
    capital = capital_city(country)
    if lon is None or capital is None or capital.lon is None:
        return 24.0
    degrees = abs(capital.lon - lon) % 360
    return min(degrees, 360 - degrees) / 15


def hours_east(clock: str, site: str, settings: Settings) -> float | None:
    """Hours `clock`'s capital's day runs ahead of `site`'s (negative: behind), read from their longitudes; 0.0 within `merge_same_calendar_hours`
    (one calendar); None when either capital's longitude is unknown."""
    if clock == site:
        return 0.0
    here, there = capital_city(clock), capital_city(site)
    if here is None or there is None or here.lon is None or there.lon is None:
        return None
    hours = (here.lon - there.lon) / 15.0  # not wrapped: a longitude is a clock's offset from Greenwich, the date
    # line near 180 degrees (Washington is fourteen hours behind Pyongyang, not ten ahead)
    return 0.0 if abs(hours) < settings.merge_same_calendar_hours else hours


def offset_of(m: "Member", site: str, settings: Settings, clock_of: Callable[["Member"], str | None]) -> float | None:
    """How far east of the deed's place `m`'s day is read: 0.0 on the place's own calendar (marked local time, or a
    report keeping no clock of its own, as an English wire without a dateline), the hours of its clock's capital
    east of the place otherwise; None when no clock is known ('이날'). `clock_of`: merge_clocks.report_clock."""
    if m.local_clock is not None:
        return 0.0
    if m.clock is None:
        return None
    clock = clock_of(m)
    return 0.0 if clock is None else hours_east(clock, site, settings)


def zone_runs_backwards(a: "Member", b: "Member", settings: Settings,
                        clock_of: Callable[["Member"], str | None]) -> str | None:
    """The one doer's state of two deeds of force a day apart that no time zone explains: the report on the clock
    further east names the earlier day. None: not one doer, not a day apart, a clock unknown, or one calendar."""
    site = deed_site(a)
    if site is None or site != deed_site(b) or a.date is None or b.date is None or abs((b.date - a.date).days) != 1:
        return None
    east_a, east_b = offset_of(a, site, settings, clock_of), offset_of(b, site, settings, clock_of)
    if east_a is None or east_b is None or east_a == east_b:
        return None
    later_is_east = (b.date > a.date) == (east_b > east_a)
    return None if later_is_east else site
