"""English acts of statements (koacts38): a demand's "that" clause in quotes ('demanded that B "reopen the border and
agree to talks"') is the demand's content, no act of its own. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

QUOTED_CONTENT = [
    ("Chile's foreign ministry demanded that Peru \"reopen the border and agree to talks.\"",
     [("REQUEST", {"CHL"}, {"PER"}, "occurred"), ("AGREE", None, None, None), ("SUPPORT", None, None, None)]),
    ("Chile demanded that Peru 'halt its provocations and respond to dialogue.'",
     [("REQUEST", {"CHL"}, {"PER"}, "occurred"), ("AGREE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", QUOTED_CONTENT)
def test_quoted_demand_content_is_no_act(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status in expected:
        assert_act(events, type_, actors, recipients, status)
