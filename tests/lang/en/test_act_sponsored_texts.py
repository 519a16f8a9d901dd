"""A state's compound before a body's name and a text ('a U.S.-sponsored U.N. resolution', acts47,
lang/en/countries.backs_a_name): the state sponsors the text, so a veto or rejection of it goes to that state; a
compound before a named group ('Iran-backed Hezbollah') still backs the group, which is not the backer. Every sentence
here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

SPONSORED = [
    ("Russia vetoed a French-sponsored U.N. resolution on Mali on Friday.", [("REJECT", {"RUS"}, {"FRA"}, "occurred")]),
    ("China and Russia vetoed a British-drafted Security Council resolution on Myanmar.",
     [("REJECT", {"CHN", "RUS"}, {"GBR"}, "occurred")]),
    ("France vetoed a Mexican-sponsored UN draft on Haiti.", [("REJECT", {"FRA"}, {"MEX"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", SPONSORED)
def test_veto_of_a_sponsored_text(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status in expected:
        assert_act(events, type_, actors, recipients, status)
