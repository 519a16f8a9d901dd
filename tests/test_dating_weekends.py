"""readout/dating.weekend_window: the Saturday and Sunday a weekend word names from the report's day (dates56)."""
from datetime import date

import pytest

from readout.dating import weekend_window

WEDNESDAY, SATURDAY, SUNDAY = date(2026, 4, 15), date(2026, 4, 18), date(2026, 4, 19)


@pytest.mark.parametrize("ref, weeks, ahead, window", [
    (WEDNESDAY, 0, False, (date(2026, 4, 11), date(2026, 4, 12))),  # 'over the weekend' told midweek: the last one
    (WEDNESDAY, -1, False, (date(2026, 4, 11), date(2026, 4, 12))),  # 'last weekend' told midweek: the same
    (SUNDAY, 0, False, (SATURDAY, SUNDAY)),  # told on its Sunday: the weekend now ending
    (SATURDAY, 0, False, (SATURDAY, SATURDAY)),  # told on its Saturday: up to the report's day only
    (SUNDAY, -1, False, (date(2026, 4, 11), date(2026, 4, 12))),  # 'last weekend' on a Sunday: the one before
    (WEDNESDAY, 1, False, (SATURDAY, SUNDAY)),  # 'next weekend' midweek: the coming one
    (WEDNESDAY, 0, True, (SATURDAY, SUNDAY)),  # 'will rally this weekend': ahead
    (SATURDAY, 0, True, (SATURDAY, SUNDAY)),  # a plan told on its Saturday: the whole current weekend
])
def test_weekend_window(ref, weeks, ahead, window):
    assert weekend_window(ref, weeks, ahead) == window
