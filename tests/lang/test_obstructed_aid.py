"""Aid obstructed on its way (fresh36): 'blocked humanitarian aid to X', '인도적 지원을 가로막았다' stop aid, as CAMEO's
162 'halt / cut / withhold / delay aid' does (SANCTION discontinue): no AID given by the one who blocks it. Every
sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2031, 4, 9)

ROWS = [
    "Peru blocked humanitarian aid to Bolivia on Friday.",
    "Peru obstructed aid convoys to Bolivia on Friday.",
    "Peru hampered relief supplies to Bolivia on Friday.",
    "페루는 9일 볼리비아에 대한 인도적 지원을 가로막았다.",
    "페루는 9일 볼리비아에 대한 식량 지원을 방해했다.",
]


@pytest.mark.parametrize("text", ROWS)
def test_obstructed_aid_is_stopped_not_given(text):
    events = extract_text(text, published=DAY).events
    assert_act(events, "SANCTION", {"PER"}, {"BOL"}, "occurred", "discontinue")
    assert_act(events, "AID", None, None, None)


def test_an_army_accused_of_blocking_aid_gives_none():
    events = extract_text("Chile accused the Peruvian army of bombing schools and of blocking humanitarian aid.",
                          published=DAY).events
    assert_act(events, "AID", None, None, None)
