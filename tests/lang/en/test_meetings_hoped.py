"""A meeting in the content of a hope about another side (modal43, lexicon `meeting_hoped_before_re`): 'said she
hoped Brazil would help create conditions for talks between Peru and Bolivia' is the speaker's REQUEST to Brazil,
the one hoped of, and no meeting of Peru and Bolivia; a first-person quoted hope ('"I hope Brazil will ...," X said')
is the frame's speaker's (lang/en/acts.py: `quoted_self_acts` over `hoped_requests`). A hope about a meeting held
('hoped the talks would be fruitful') keeps the meeting. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)
SOTO = "Chilean President Ana Soto"

HOPED = [
    SOTO + " said she hoped Brazil would help create conditions for talks between Peru and Bolivia.",
    "\"I hope Brazil will help create the conditions for talks between Peru and Bolivia,\" " + SOTO + " said.",
    "\"We hope Brazil will play a constructive role,\" " + SOTO + " said.",
]


@pytest.mark.parametrize("text", HOPED)
def test_hope_is_a_request_to_the_one_hoped_of(text):
    events = extract_text(text, published=DAY).events
    assert_act(events, "REQUEST", {"CHL"}, {"BRA"}, "occurred")
    assert_act(events, "CONSULT", set(), None, None)


def test_hope_about_a_meeting_held_keeps_it():
    text = SOTO + " met Peruvian President Luis Quispe in Lima on Sunday and said she hoped the talks would be fruitful."
    assert_act(extract_text(text, published=DAY).events, "CONSULT", {"CHL", "PER"}, None, "occurred")
