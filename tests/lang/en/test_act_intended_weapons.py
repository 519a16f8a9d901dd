"""Weapons said to be made for use against a named side are a threat of force at that side (threat61;
lang/en/act_intended_weapons), with sentences of our own: 'says it is building rockets to use against X', 'claims to
be making chemical weapons for use against X'. Negative rows: weapons used (the attack's own reading, no threat), a
machine for use against a drought, weapons a shipment names ('the shipment to B of drones to use against C'), drones
against wildfires (no side named).
threat62: sides joined by 'and' or a list of names are all aimed at ('against Peru, Chile and Ecuador'); an 'and'
before a verb or a comma before a saying clause ends them.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

ROWS = class_rows({
    "weapons-for-use-against-a-side": [
        ("Peru said it was developing missiles to use against Chilean warships.", [(["PER"], ["CHL"])]),
        ("A rebel group in Peru claims to be making chemical and biological weapons for use against Chile.",
         [(["PER"], ["CHL"])]),
    ],
    "coordinated-sides": [  # threat62: 'and' or a comma list before a name joins the sides
        ("Bolivia is developing missiles to use against Peru and Chile.", [(["BOL"], ["PER", "CHL"])]),
        ("Bolivia said it is building drones for use against Peru, Chile and Ecuador.",
         [(["BOL"], ["PER", "CHL", "ECU"])]),
        ("Bolivia is building rockets to use against Peru and will test them soon.", [(["BOL"], ["PER"])]),
        ("Bolivia is building rockets to use against Peru, Chile said on Monday.", [(["BOL"], ["PER"])]),
    ],
    "no-intended-weapons": [
        ("Peru used rockets against Chilean positions on Monday.", []),
        ("Peru bought tractors to use against the drought.", []),
        ("Officials met over the shipment to Bolivia of Peruvian drones to use against Chilean towns.", []),
        ("Peru is developing drones to use against wildfires.", []),
    ],
})


@pytest.mark.parametrize("text, expected", ROWS)
def test_intended_weapons(text, expected):
    assert sides(text, "THREATEN") == expected
