"""(acts59, issue 15) 'X helped Y to ...' is X's AID to Y; 'X enabled / allowed / permitted Y to ...' X's SUPPORT of Y;
the deed after the object is Y's, never X's (lang/en/act_enabled_parties). The side rows: tests/lang/en/test_acts59.py.
Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2024, 11, 15)


@pytest.mark.parametrize("text", [
    "Peru would not allow Chile to use its ports.",  # a warning, no support given
    "The new loan helped Chile to export more copper.",  # no state helps
    "Israel allowed aid groups to enter the city.",  # access granted (its own entry), no named party helped
    "Norway vowed to help Iceland repair its cables.",  # help promised, not given (left to the plan readers)
])
def test_no_help_given_to_a_named_side(text):
    assert not any(t in ("AID", "SUPPORT") and r for t, _, r in event_sides(text, DAY))


def test_the_enabled_deed_is_not_the_helpers():
    sides = event_sides("Belarus enabled Russia to launch drones at Ukraine.", DAY)
    assert not any(t == "ASSAULT" and "BLR" in a for t, a, _ in sides), sides
