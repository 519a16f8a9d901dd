"""How two reports' dates relate, within their precision and basis: equal days agree; a month-precision
date agrees with any day of that month; a date taken from the publication (an undated report) agrees
with the days its publication allows; one day apart is a time zone unless both days are stated in
one city, or in two cities (two stops of a trip); two days both inferred from the story agree within a window for the same people. And a
record's members' dates read against one report (`read_dates`), which store/merge.py keeps per
report shape. Whose calendar a stated day is on is store/merge_clocks.py's.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from readout.settings import Settings
from readout.store.blocks import INFERRED, WEAK_BASES
from readout.store.merge_clocks import (LOCAL, STATEMENTS, clock_country, day_clock, on_speaker_clock, one_clock,
                                        report_clock, story_days_on_two_clocks)
from readout.store.merge_forces import FORCE, forces_of_one_doer
from readout.store.merge_organs import envoy_beside_organ, organs_of_one_state
from readout.store.merge_retold import retold_days
from readout.store.merge_voices import voice_lag
from readout.store.merge_zones import zone_runs_backwards

if TYPE_CHECKING:  # only for annotations: merge_members.py imports this module
    from readout.store.merge_members import Facts, Member

OWN_PLACE = "text"  # a place basis: the event's own sentence (pipeline/consolidate.py OWN)
REASON_MEMBERS = 5  # members whose date comparison a merge reason lists (the reason's format, not a threshold)


class DateKind(str, Enum):
    """How two reports' dates relate: what `dates_agree` decides on (never the wording of the reason)."""

    UNDATED = "undated"
    SAME_DAY = "same day"
    SAME_PERIOD = "same month or year"  # a month- or year-precision date containing the other
    OTHER_PERIOD = "other month or year"
    PUBLISHED_WINDOW = "within the publication's lookback"  # one date is a report's publication day
    PUBLISHED_OUTSIDE = "outside the publication's lookback"
    PUBLISHED_BOTH = "both dated by their publications, within the lookback"  # `both_published`
    TIME_ZONE = "one day apart: time zones"
    ONE_CITY = "days apart in one city, both stated"  # a time zone cannot explain it: unless the record holds both
    TWO_CITIES = "days apart in two cities, both stated"  # a time zone and a wrong city at once: two stops of a trip
    ONE_CLOCK = "days apart on one clock, both stated"  # two Korean reports' days: no time zone between them either
    ORGAN_DAYS = "an organ's statements on two days of their own"  # no voice, both on the speaker's clock, each day
    # stated or its report's own day's story (merge_organs.py own_day)
    ENVOY_ORGAN = "an envoy's words at his post and his state's organ's on another day"  # merge_organs.py
    FORCE_DAYS = "one doer's deeds of force on two days of their own"  # stated, both on the doer's clock: merge_forces.py
    ZONE_BACKWARDS = "one doer's deeds of force a day apart the wrong way for a time zone"  # merge_zones.py
    INFERRED = "both dates inferred from the story"  # agree only for one meeting of the same people
    VOICE_LAG = "one speaker's statement, a day of the story's apart"  # store/merge_voices.py voice_lag
    RETOLD = "an act retold in a later story, dated by that story"  # store/merge_retold.py
    PLANNED_LATER = "planned in a report published after the other was held"
    PLANNED_AHEAD = "planned for a day after its report, the other held by then"  # plan_ahead_of_held
    PLAN_BESIDE_HELD = "a plan still ahead of its report beside a deed held"  # plan_beside_held (plans55)
    IN_WINDOW = "within a part of the month"  # 'late March' and March 25 (or 'late March' again)
    OUT_OF_WINDOW = "outside a part of the month"  # 'late March' and March 5: another meeting
    APART = "days apart"


AGREEING = {DateKind.UNDATED, DateKind.SAME_DAY, DateKind.SAME_PERIOD, DateKind.PUBLISHED_WINDOW,
            DateKind.PUBLISHED_BOTH, DateKind.TIME_ZONE, DateKind.INFERRED, DateKind.IN_WINDOW, DateKind.VOICE_LAG,
            DateKind.RETOLD}


@dataclass(frozen=True)
class DateEvidence:
    """Two reports' dates weighed: the kind of relation, its score, and the reason as stored."""

    kind: DateKind
    score: float
    why: str

    @property
    def ok(self) -> bool:
        return self.kind in AGREEING


def date_evidence(a: Member, b: Member, settings: Settings) -> DateEvidence:
    """Whether two reports' dates can be one event's (`ok`), how strongly they agree, and why."""
    if a.date is None or b.date is None:
        return DateEvidence(DateKind.UNDATED, 0.0, "undated")
    if planned_after_held(a, b, settings) or planned_after_held(b, a, settings):
        return DateEvidence(DateKind.PLANNED_LATER, 0.0, DateKind.PLANNED_LATER.value)
    if plan_ahead_of_held(a, b, settings) or plan_ahead_of_held(b, a, settings):
        return DateEvidence(DateKind.PLANNED_AHEAD, 0.0, DateKind.PLANNED_AHEAD.value)
    windowed = window_evidence(a, b, settings)
    if windowed is not None and not windowed.ok:  # 'late June' and June 12: another meeting, whatever the status
        return windowed
    if plan_beside_held(a, b) or plan_beside_held(b, a):
        return DateEvidence(DateKind.PLAN_BESIDE_HELD, 0.0, DateKind.PLAN_BESIDE_HELD.value)
    if windowed is not None:
        return windowed
    coarse = {a.precision, b.precision} & {"month", "year"}
    if coarse:
        unit = "month" if "year" not in coarse else "year"
        same = a.date.year == b.date.year and (unit == "year" or a.date.month == b.date.month)
        if same:
            return DateEvidence(DateKind.SAME_PERIOD, settings.merge_weight_coarse_date, f"same {unit}")
        return DateEvidence(DateKind.OTHER_PERIOD, 0.0, f"other {unit}")
    delta = (b.date - a.date).days
    tol, lookback = settings.merge_day_tolerance_cross_zone, settings.merge_published_lookback_days
    if delta == 0:
        return DateEvidence(DateKind.SAME_DAY, settings.merge_weight_same_day, "same day")
    weak_a, weak_b = a.basis in WEAK_BASES, b.basis in WEAK_BASES
    if weak_a != weak_b:  # one date is a publication day: the event came on or before it
        before = delta if weak_b else -delta  # days from the stated date to the publication
        why = f"published {before} days after the stated date"
        if -tol <= before <= lookback:
            return DateEvidence(DateKind.PUBLISHED_WINDOW, settings.merge_weight_near_date, why)
        return DateEvidence(DateKind.PUBLISHED_OUTSIDE, 0.0, why)
    both = both_published(a, b, abs(delta), settings)
    if both is not None:
        return both
    if abs(delta) <= tol:
        stated = {a.basis, b.basis} == {"text"}
        one_calendar = stated and (same_city(a, b) or other_cities(a, b)) \
            and day_clock(a, settings) == day_clock(b, settings)
        if one_calendar and same_city(a, b):
            return DateEvidence(DateKind.ONE_CITY, 0.0, f"{abs(delta)} {DateKind.ONE_CITY.value}")
        if one_calendar:
            return DateEvidence(DateKind.TWO_CITIES, 0.0, f"{abs(delta)} {DateKind.TWO_CITIES.value}: "
                                                          f"{city(a)}, {city(b)}")
        if stated and one_clock(a, b):
            return DateEvidence(DateKind.ONE_CLOCK, 0.0, f"{abs(delta)} {DateKind.ONE_CLOCK.value} ({clock_country(a)})")
        speaker = organs_of_one_state(a, b)  # stated days, or each report's own day's story (merge_organs.own_day)
        if speaker and on_speaker_clock(a, speaker, settings) and on_speaker_clock(b, speaker, settings) \
                and not story_days_on_two_clocks(a, b):
            return DateEvidence(DateKind.ORGAN_DAYS, 0.0, f"{abs(delta)} days apart: {DateKind.ORGAN_DAYS.value}"
                                                         f" ({speaker})")
        doer = forces_of_one_doer(a, b)  # the drills of one day and the next day's: two deeds (merge_forces.py)
        if doer and on_speaker_clock(a, doer, settings) and on_speaker_clock(b, doer, settings):
            return DateEvidence(DateKind.FORCE_DAYS, 0.0, f"{abs(delta)} days apart: {DateKind.FORCE_DAYS.value}"
                                                         f" ({doer})")
        site = zone_runs_backwards(a, b, settings, report_clock)  # the eastern clock's day the earlier: two deeds
        if site:
            return DateEvidence(DateKind.ZONE_BACKWARDS, 0.0, f"{abs(delta)} days apart: "
                                                              f"{DateKind.ZONE_BACKWARDS.value} ({site})")
        posted = envoy_beside_organ(a, b)
        if posted:
            return DateEvidence(DateKind.ENVOY_ORGAN, 0.0, f"{abs(delta)} days apart: {DateKind.ENVOY_ORGAN.value}"
                                                          f" ({posted})")
        return DateEvidence(DateKind.TIME_ZONE, settings.merge_weight_near_date, DateKind.TIME_ZONE.value)
    if a.type in STATEMENTS and voice_lag(a, b, abs(delta), settings):
        return DateEvidence(DateKind.VOICE_LAG, 0.0, f"{DateKind.VOICE_LAG.value} ({abs(delta)} days: {a.voice.name})")
    if a.basis == b.basis == INFERRED and abs(delta) <= settings.merge_inferred_window_days \
            and a.published and b.published and abs((a.published - b.published).days) <= lookback:
        return DateEvidence(DateKind.INFERRED, 0.0, f"{DateKind.INFERRED.value}, {abs(delta)} days apart,"
                                                    f" published within {lookback} days")
    retold = retold_days(a, b, settings)
    if retold is not None:
        return DateEvidence(DateKind.RETOLD, 0.0, f"{DateKind.RETOLD.value}, {retold} days after")
    return DateEvidence(DateKind.APART, 0.0, f"{abs(delta)} days apart")


def both_published(a: Member, b: Member, apart: int, settings: Settings) -> DateEvidence | None:
    """Two reports neither of which states a day (each dated by its publication), published more than a time zone
    but at most `merge_published_lookback_days` apart: the event came on or before the earlier publication, and the
    later report, which may tell the last days, retells it ('refused the flights' in Sunday's wire and in Tuesday's
    follow-up). A stated day beside either already agrees within that lookback (`PUBLISHED_WINDOW`); without this a
    record founded by an undated report refused the later undated one though its stated member agreed. Not for deeds
    of force (store/merge_forces.py): a strike recurs from day to day, and two undated strikes are not known to be one.
    None: not both dated by publication, or within a time zone (`TIME_ZONE` decides)."""
    if a.basis not in WEAK_BASES or b.basis not in WEAK_BASES or a.type in FORCE \
            or not settings.merge_day_tolerance_cross_zone < apart <= settings.merge_published_lookback_days:
        return None
    return DateEvidence(DateKind.PUBLISHED_BOTH, settings.merge_weight_near_date,
                        f"both published, {apart} days apart: {DateKind.PUBLISHED_BOTH.value}")


def window_evidence(a: Member, b: Member, settings: Settings) -> DateEvidence | None:
    """Dates of which one names a part of a month ('late March', '3월 하순': `Member.window`): they agree when their
    days overlap (a stated day within a time zone of the window), else they are two events (a plan for late March
    is not the meeting held on March 5). None: no window on either side, or a side dated only by its publication
    (whose day says nothing of the event's), which the month's rule weighs as before."""
    if (a.window is None and b.window is None) or a.basis in WEAK_BASES or b.basis in WEAK_BASES:
        return None
    ra, rb = days_of(a, settings), days_of(b, settings)
    if ra is None or rb is None:
        return None
    shown = " and ".join(f"{lo.isoformat()}..{hi.isoformat()}" if lo != hi else lo.isoformat()
                         for lo, hi in ((a.window or ra), (b.window or rb)))
    if ra[0] <= rb[1] and rb[0] <= ra[1]:
        return DateEvidence(DateKind.IN_WINDOW, settings.merge_weight_coarse_date, f"{DateKind.IN_WINDOW.value}: {shown}")
    return DateEvidence(DateKind.OUT_OF_WINDOW, 0.0, f"{DateKind.OUT_OF_WINDOW.value}: {shown}")


def days_of(m: Member, settings: Settings) -> tuple[date, date] | None:
    """The days a member's date may stand for: its window; a stated day give or take a time zone; a whole month."""
    if m.window is not None:
        return m.window
    if m.date is None:
        return None
    if m.precision == "day":
        tol = timedelta(days=settings.merge_day_tolerance_cross_zone)
        return m.date - tol, m.date + tol
    if m.precision == "month":
        return m.date.replace(day=1), m.date.replace(day=calendar.monthrange(m.date.year, m.date.month)[1])
    return None


def planned_after_held(plan: Member, held: Member, settings: Settings) -> bool:
    """'The three ministers will meet in Beijing later this month', published the day after a report that they met
    on a stated day: a meeting still ahead when its report came out is not the one held before that report (a day's
    time zone aside for a plan with a day of its own), however its own coarse date ('this month') would agree. Only a plan its own date keeps ahead
    of its report: one dated before its publication is a held meeting misread as planned, and joins as before."""
    tol = settings.merge_day_tolerance_cross_zone if plan.precision == "day" else 0  # a plan with no day of its
    # own ('later this month') is not a meeting the day before whose report would have known its day
    if plan.status != "planned" or held.status != "occurred" or held.precision != "day" or plan.published is None \
            or plan.date is None or held.date is None or (plan.published - held.date).days <= tol:
        return False
    if plan.precision == "day":
        return (plan.published - plan.date).days <= tol
    if plan.precision == "month" and plan.window is not None:  # 'early this month' told on the 20th: already past
        return plan.window[1] >= plan.published
    if plan.precision == "month":
        return (plan.date.year, plan.date.month) >= (plan.published.year, plan.published.month)
    return plan.date.year >= plan.published.year


def plan_ahead_of_held(plan: Member, held: Member, settings: Settings) -> bool:
    """'Merz and Macron will co-host a conference in Berlin on the 11th', published on the 10th, beside a report that
    they met on the 10th: a plan whose own stated day was still ahead when its report came out is the pair's next
    meeting, not the one held by that day (merge14), though the two days are a time zone apart. Only two days each
    report's own words state (a day of the story is as often the day the story goes on to), and only on the place's
    own calendar (`day_clock`): a Seoul paper's unmarked day of a meeting in Washington is Seoul's, a day ahead of
    Washington's, and may be the same meeting."""
    if plan.status != "planned" or held.status != "occurred" or plan.basis != "text" or held.basis != "text" \
            or plan.precision != "day" or held.precision != "day" or plan.published is None \
            or plan.date is None or held.date is None:
        return False
    return held.date <= plan.published < plan.date and day_clock(plan, settings) == LOCAL \
        and day_clock(held, settings) == LOCAL


def plan_beside_held(plan: Member, held: Member) -> bool:
    """(plans55, issues 13/15) 'A will visit B next week', published before the visit, beside a report that A visited
    B: the plan's record says 'planned' and the visit's 'occurred', and one record can say only one, so a plan never
    joins the deed held of the same parties (nor the deed a plan), whatever their days. Only a plan its own date keeps
    ahead of its report (a day, a part of a month or a week starting after the publication, a later month or year):
    one dated on or before its publication day is a held deed misread as planned, and joins as before."""
    if plan.status != "planned" or held.status != "occurred" or plan.published is None or plan.date is None:
        return False
    if plan.window is not None:
        return plan.window[0] > plan.published
    if plan.precision == "day":
        return plan.date > plan.published
    if plan.precision == "month":
        return (plan.date.year, plan.date.month) > (plan.published.year, plan.published.month)
    if plan.precision == "year":
        return plan.date.year > plan.published.year
    return False


def same_city(a: Member, b: Member) -> bool:
    return bool(city(a) and city(a) == city(b))


def other_cities(a: Member, b: Member) -> bool:
    """Both reports name a city in the event's own sentence, and not the same one. Either alone is weak (one outlet's
    day is a time zone off, one outlet's city is often another meeting's), but a day off and a city off at once is
    what two stops of one trip look like: Monday's talks in one capital, Tuesday's in the next city."""
    return bool(city(a) and city(b) and city(a) != city(b))


def city(m: Member) -> str | None:
    """A place that may be compared: a city (a country is often a background clause's) that stands in
    the event's own sentence (`place_basis`, pipeline/consolidate.py: a city filled from a visit
    sentence or another paragraph is often another meeting's; a report stored without a basis is
    not compared either)."""
    if m.place and m.place.get("precision") == "city" and m.place_basis == OWN_PLACE:
        return m.place.get("name")
    return None


@dataclass(frozen=True)
class DateRead:
    """A record's members' dates weighed against one report's date: what `dates_agree` writes."""

    ok: bool
    score: float
    members: tuple[dict, ...]  # the first members' comparisons, as the reason keeps them
    disagreed: tuple[str, ...]  # each disagreeing member, in member order
    kinds: frozenset[DateKind] = frozenset()  # how the members' dates related (`dates_agree` checks a retelling's sides)


def read_dates(members: list[Member], facts: Facts, new: Member, same_people: bool, settings: Settings) -> DateRead:
    """`new`'s date against every member's (members dated alike weighed once). Two exceptions to "every":
    a record whose stated days already span a time zone (one outlet's Seoul day beside another's
    Washington day) is not split by its second day's report being "a day apart in one city"; and dates
    both inferred from the story (no day stated for the event) agree within a window only for a meeting
    of the same people, because an inferred day is the story's, not the meeting's (countries' acts
    recur too often for a window to say "the same one")."""
    weighed: dict[tuple, tuple[bool, str, DateEvidence]] = {}
    for shape, m in facts.first_of_shape.items():
        seen = date_evidence(m, new, settings)
        ok, why = seen.ok, seen.why
        if seen.kind in (DateKind.ONE_CITY, DateKind.TWO_CITIES, DateKind.ONE_CLOCK, DateKind.FORCE_DAYS,
                         DateKind.ZONE_BACKWARDS) \
                and new.date in facts.stated_days:
            ok, why = True, f"{why}, but the record holds both days"
        if seen.kind is DateKind.INFERRED and not same_people:
            ok, why = False, f"{why}, but not one meeting of the same people"
        weighed[shape] = ok, why, seen
    said = {shape: (why, seen.kind.name.lower()) for shape, (_ok, why, seen) in weighed.items()}  # once per shape
    kept = tuple({"with": m.key, "doc": m.doc_id, "date": said[shape][0], "date_kind": said[shape][1]}
                 for m, shape in zip(members[:REASON_MEMBERS], facts.shapes))
    ok = all(ok for ok, _why, _seen in weighed.values())
    score = max((seen.score for ok, _why, seen in weighed.values() if ok), default=0.0)
    disagreed = () if ok else tuple(f"date: {weighed[shape][1]} ({m.doc_id})"
                                    for m, shape in zip(members, facts.shapes) if not weighed[shape][0])
    return DateRead(ok, score, kept, disagreed, frozenset(seen.kind for _ok, _why, seen in weighed.values()))
