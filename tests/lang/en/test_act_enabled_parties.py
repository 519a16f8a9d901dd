"""(acts59, issue 15) 'X helped Y to ...' is X's AID to Y; 'X enabled / allowed / permitted Y to ...' X's SUPPORT of Y;
the deed after the object is Y's, never X's (lang/en/act_enabled_parties). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2024, 11, 15)


@pytest.mark.parametrize("text, kind, helper, helped", [
    ("Norway helped Iceland to repair its undersea cables.", "AID", "NOR", "ISL"),
    ("Japan helped Vietnam build a new container port.", "AID", "JPN", "VNM"),
    ("Canada assisted Haitian police to secure the airport.", "AID", "CAN", "HTI"),
    ("Belarus enabled Russia to move troops across its territory.", "SUPPORT", "BLR", "RUS"),
    ("Turkey allowed Azerbaijan to use its airspace for the flights.", "SUPPORT", "TUR", "AZE"),
    ("Oman permitted Yemen to reopen its border post.", "SUPPORT", "OMN", "YEM"),
])
def test_the_one_helped_receives_the_helpers_act(text, kind, helper, helped):
    sides = event_sides(text, DAY)
    assert (kind, frozenset({helper}), frozenset({helped})) in sides, sides


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


@pytest.mark.xfail(strict=True, reason="Korean twin: a '-도록' complement before a verb of helping or letting ('B가 "
                   "...하도록 도왔다/허용했다') gives no act of the helper; the fix goes in lang/ko (a reader of the "
                   "-도록 complement's subject as the receiver of 돕다's AID and 허용하다's SUPPORT)")
def test_korean_helped_party_receives():
    sides = event_sides("노르웨이는 아이슬란드가 해저 케이블을 복구하도록 도왔다.", DAY)
    assert ("AID", frozenset({"NOR"}), frozenset({"ISL"})) in sides, sides
