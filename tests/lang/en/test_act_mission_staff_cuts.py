"""(sanction57) A mission's staff cut ('reduced its diplomatic staff in X', 'cut the embassy staff of X') curtails
diplomatic exchanges: SANCTION discontinue aimed at the mission's host (en_acts_additions: mission_staff), a measure
of its own beside another of the day (class 'diplomats'). A firm's staff cut is none. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "Chile reduced its diplomatic staff in Bolivia on Monday.",
    "Paraguay slashed its embassy staff in Uruguay by half on Friday.",
])
def test_a_missions_staff_cut_is_a_sanction_on_its_host(text):
    found = sides(text, "SANCTION")
    assert len(found) == 1 and len(found[0][1]) == 1, events(text)


def test_a_staff_cut_beside_a_trade_halt_is_a_measure_of_its_own():
    text = "Chile cut the embassy staff of Bolivia to 20 on Monday and halted trade with Bolivia."
    assert sorted(str(e.measure) for e in events(text) if e.type == "SANCTION") == ["diplomats", "trade"]


def test_a_firms_staff_cut_is_no_sanction():
    assert not sides("The Chilean mining company reduced its staff in Bolivia on Monday.", "SANCTION")
