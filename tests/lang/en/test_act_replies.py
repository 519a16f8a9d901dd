"""(koacts38) A sentence opening with 'In response,', 'In reply,' answers the sentence before: its acts that name no side
of their own are aimed at the sides that acted there (pipeline/act_recipients.py replied_to). Every sentence here is
our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

REPLIES = [
    ("Peru's navy seized three Chilean fishing boats on Sunday. In response, Chile's foreign ministry demanded their "
     "immediate return.", [("REQUEST", {"CHL"}, {"PER"}, "occurred")]),
    ("Ecuador sent emergency food to Colombian refugees. In response, Colombia's foreign ministry expressed deep "
     "gratitude.", [("SUPPORT", {"COL"}, {"ECU"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", REPLIES)
def test_reply_is_aimed_at_the_sentence_before(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status in expected:
        assert_act(events, type_, actors, recipients, status)
