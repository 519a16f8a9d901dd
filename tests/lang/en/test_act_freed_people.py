"""(enincl47) Freeing people of any armed or civil group is a release (RETREAT release): 'freed 20 rebels', 'freed
nine fighters', 'freed the arrested protesters'; 'free' with no such object stays no act ('free trade', 'freed
the market from controls'). Korean '반군 ...을 석방했다' is a release already, checked beside the English rows."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 3, 4)

ROWS = [
    ("Ecuador freed 20 rebels on Tuesday.", "ECU"),
    ("Ecuador freed nine fighters.", "ECU"),
    ("Ecuador freed 30 militants after talks.", "ECU"),
    ("Ecuador freed 40 migrants held at the border.", "ECU"),
    ("Ecuador freed the arrested protesters.", "ECU"),
    ("에콰도르는 반군 20명을 석방했다.", "ECU"),
]


@pytest.mark.parametrize("text,actor", ROWS)
def test_freed_people_are_released(text, actor):
    assert_act(extract_text(text, published=DAY).events, "RETREAT", {actor}, None, "occurred", mode="release")


NEGATIVE = [
    "Ecuador freed the market from price controls.",
    "Ecuador promised free elections next year.",
    "Ecuador signed a free trade pact.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_free_without_people_is_no_release(text):
    assert_act(extract_text(text, published=DAY).events, "RETREAT", set(), None, None)
