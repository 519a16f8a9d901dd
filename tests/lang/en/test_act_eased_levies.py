"""en67: a tax on another state's goods lowered, cut or removed ('cut tariffs on X's copper', 'slashed duties on X's
wine') eases an economic measure as 'lifted tariffs' does (CAMEO 085, RETREAT), not the SANCTION the noun 'tariffs'
holds; proposed, it is planned. Raising or imposing the levy stays SANCTION. Korean '관세를 인하했다' reads the same
way through its own lexicon. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act


def read(text: str):
    return extract_text(text, published=date(2026, 3, 2)).events


@pytest.mark.parametrize("text, actor, target, status", [
    ("Ecuador lowered tariffs on Colombian bananas last week.", "ECU", "COL", "occurred"),
    ("Ecuador slashed duties on Colombian coffee.", "ECU", "COL", "occurred"),
    ("Ecuador has removed levies on imports from Colombia.", "ECU", "COL", "occurred"),
    ("Ecuador proposed to cut tariffs on Colombian textiles.", "ECU", "COL", "planned"),
    ("에콰도르는 콜롬비아산 커피에 대한 관세를 인하했다.", "ECU", "COL", "occurred"),
])
def test_levy_lowered_is_an_easing(text, actor, target, status):
    events = read(text)
    assert_act(events, "RETREAT", {actor}, {target}, status)
    assert_act(events, "SANCTION", set(), None, None)


@pytest.mark.parametrize("text, actor, target", [
    ("Ecuador raised tariffs on Colombian bananas.", "ECU", "COL"),
    ("Ecuador imposed duties on Colombian coffee.", "ECU", "COL"),
    ("Ecuador cut its aid to Colombia.", "ECU", "COL"),
    ("에콰도르는 콜롬비아산 커피에 대한 관세를 인상했다.", "ECU", "COL"),
])
def test_levy_raised_stays_a_sanction(text, actor, target):
    events = read(text)
    assert_act(events, "SANCTION", {actor}, {target}, "occurred")
    assert_act(events, "RETREAT", set(), None, None)


@pytest.mark.parametrize("text", [
    "Ecuador cut interest rates on Tuesday.",
    "Ecuador lowered its fuel prices.",
])
def test_no_levy_no_act(text):
    assert_act(read(text), "RETREAT", set(), None, None)
