"""An act told again in a later story, dated only by that story: the act of the earlier day, not a new one.

A later article retells an earlier act in its background ('Chile, which has cut ties with Lima, ...', '페루는 앞서
칠레 대사를 추방했다' in a story a week on) without the act's own day; the pipeline then gives it
the story's day (basis `narrative`), days after the act's stated day, and the retelling founded a record of its own
(dates 'days apart'). Such a report agrees with a record of the same doer and the same target within
`merge_retold_window_days` before its story, when it came out in a later publication (a retelling follows the news)
and its story's day is its own news day (the report's publication, a time zone aside).

Only measures a state takes once toward another (`RETOLD_TYPES`: cutting ties, expelling or recalling envoys,
withdrawing). What it does not forgive, because there the day says 'another act': a statement (a state that denies
one claim this week denies the next claim next week, to the same target), a deed of force (a strike or a drill recurs
day after day: store/merge_forces.py), a meeting (store/merge.py has its own rules for meetings told in a later
story), a protest or an arrest (nightly), two stated days (a stated day is the act's own), an act without a named
target, a later report's plan (an earlier report's announced measure is the one a later story retells as taken),
and doers or targets that differ at all (`retold_sides_differ`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.settings import Settings

if TYPE_CHECKING:  # only for annotations: merge_members.py imports merge_dates, which imports this module
    from readout.store.merge_members import Facts, Member

STATED = "text"  # a date basis: a day the act's own clause states
INFERRED = "narrative"  # a date basis: the story's day (store/blocks.py INFERRED, which imports this module)
DAY_BASES = frozenset({STATED, INFERRED})  # an earlier report's day: stated, or its own story's
RETOLD_TYPES = frozenset({"SANCTION", "RETREAT"})  # measures a state takes once toward another (cutting ties,
# expelling or recalling envoys, withdrawing): not statements, deeds of force, meetings or protests, which recur
ANNOUNCED = frozenset({"occurred", "planned"})  # the earlier report's status: the measure taken, or announced on its
# day ('said it would cut ties'), which the later story retells as taken: one measure either way (the later one a plan
# is not a retelling)
OTHER_SIDES = "an act retold in a later story, but not by the record's doers to the record's targets"


def retold_days(a: "Member", b: "Member", settings: Settings) -> int | None:
    """Days from the earlier report's day to the later report's story day when the later one may retell the earlier's
    act (see the module's doc), else None. Reads only what `Member.date_shape` holds besides the type (a record's
    date reads are kept per shape): the doers and targets are `retold_sides_differ`'s."""
    if a.date is None or b.date is None or a.type not in RETOLD_TYPES or a.type != b.type:
        return None
    earlier, later = (a, b) if a.date <= b.date else (b, a)
    apart = (later.date - earlier.date).days
    if not settings.merge_day_tolerance_cross_zone < apart <= settings.merge_retold_window_days:
        return None
    if later.basis != INFERRED or earlier.basis not in DAY_BASES or {a.precision, b.precision} != {"day"} \
            or later.status != "occurred" or earlier.status not in ANNOUNCED:
        return None
    if later.published is None or earlier.published is None or earlier.published >= later.published \
            or abs((later.published - later.date).days) > settings.merge_day_tolerance_cross_zone:
        return None  # not a later story's own day: a report of the same day's news, or a day its story recalls
    return apart


def retold_sides_differ(reported: set[str], recipients: set[str], facts: "Facts") -> str | None:
    """Why a report whose date agrees with a record only as a retelling may not join it: its doers and targets must
    be the record's exactly, and it must name a target (a retold measure is aimed at someone)."""
    if not recipients or reported != set(facts.sides) or recipients != set(facts.targets):
        return OTHER_SIDES
    return None


def retold_type(etype: str) -> bool:
    """Whether a report of this type may be a retelling (store/blocks.py widens its search window for it)."""
    return etype in RETOLD_TYPES
