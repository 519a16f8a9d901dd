"""A warning stated as the mistake another side will make (acts47, lang/en/act_consequences.suffering): 'X said Y would
be making a very big mistake', 'will make a grave error' threaten Y, as 'Y will pay the price' does; the speaker's own
mistake, or one negated, threatens no one. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

MISTAKES = [
    ("Venezuela said Guyana would be making a very big mistake.", [("THREATEN", {"VEN"}, {"GUY"}, "occurred")]),
    ("Bolivia's president said Paraguay will make a grave error if it joins the pact.",
     [("THREATEN", {"BOL"}, {"PRY"}, "occurred")]),
    # negatives: the speaker's own side; a mistake negated
    ("Venezuela said it would not make the same mistake again.", [("THREATEN", None, None, None)]),
    ("Venezuela said Guyana would not be making a mistake.", [("THREATEN", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", MISTAKES)
def test_mistake_warnings_threaten(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status in expected:
        assert_act(events, type_, actors, recipients, status)
