"""(force59) A fighting noun that refers back ('the fighting', 'the clashes') and is the subject of a verb of ending
('stopped', 'ended', 'halted') tells the end of the fighting the story told, no fight of that day
(lang/en/act_definite.ended_fights). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)

ENDED = [
    "The fighting between Chad and Niger stopped on Tuesday when both sides agreed to an Algerian-brokered truce.",
    "The clashes ended after Algeria brokered a truce between Chad and Niger on Tuesday.",
]


@pytest.mark.parametrize("text", ENDED)
def test_the_end_of_fighting_is_no_fight(text):
    assert not [e for e in extract_text(text, published=DAY).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Chadian troops clashed with Nigerien forces near the border on Tuesday.",
    "The fighting between Chad and Niger intensified on Tuesday and the shelling stopped only at dawn.",
])
def test_fighting_that_took_place_stays(text):
    assert [e for e in extract_text(text, published=DAY).events if e.type == "ASSAULT"]
