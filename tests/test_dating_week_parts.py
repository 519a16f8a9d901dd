"""readout/dating.week_part_window: the days of a part of a week, from the week's Monday (yeardates48)."""
from datetime import date

import pytest

from readout.dating import week_part_window, week_window, window_of


@pytest.mark.parametrize("weeks, part, window", [
    (-1, "late", (date(2026, 11, 26), date(2026, 11, 29))),
    (0, "early", (date(2026, 11, 30), date(2026, 12, 2))),
    (1, "mid", (date(2026, 12, 9), date(2026, 12, 11))),
    (0, None, None),
])
def test_week_part_window(weeks, part, window):
    assert week_part_window(date(2026, 12, 2), weeks, part) == window


def test_a_week_window_comes_before_a_month_part():
    window = (date(2026, 11, 26), date(2026, 11, 29))
    assert window_of(date(2026, 11, 1), "month", {"window": window, "part": "late"}) == window
    assert window_of(date(2026, 11, 1), "month", {"part": "late"}) == (date(2026, 11, 21), date(2026, 11, 30))
    assert window_of(date(2026, 11, 1), "day", {"window": window}) is None


@pytest.mark.parametrize("ref, weeks, part, window", [
    (date(2026, 12, 2), -1, None, (date(2026, 11, 23), date(2026, 11, 29))),  # the whole week before
    (date(2026, 12, 2), 0, "before", (date(2026, 11, 30), date(2026, 12, 2))),  # 'earlier this week'
    (date(2026, 12, 2), 0, "after", (date(2026, 12, 2), date(2026, 12, 6))),  # 'later this week'
    (date(2026, 12, 2), -1, "late", (date(2026, 11, 26), date(2026, 11, 29))),  # a part as `week_part_window`
    (date(2026, 12, 6), -1, None, (date(2026, 11, 23), date(2026, 12, 5))),  # a Sunday report: to its Saturday
])
def test_week_window(ref, weeks, part, window):
    """dates49: the days a week word names with no part, or with a side of the report's day."""
    assert week_window(ref, weeks, part) == window
