"""A ban or sanction told as a standing legal state (modal43, lexicon `standing_state_before_re`): 'Iran is barred by
U.N. resolutions from ...', 'the boats are banned from ...' state what is in force, no COERCE or SANCTION of that day;
a past passive or an active verb tells the act ('was banned on Monday', 'banned imports', 'is imposing sanctions').
Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

STANDING = [
    "Bolivia is barred by U.N. Security Council resolutions from buying combat aircraft.",
    "Peruvian trawlers are banned from Chilean waters under a 2014 ruling.",
    "Venezuela remains prohibited from selling crude to U.S. refiners.",
]

ACTS = [
    ("Chile barred Peruvian trawlers from its waters on Tuesday.", "COERCE", {"CHL"}, {"PER"}),
    ("Chile is imposing new sanctions on Peru, the foreign ministry said on Monday.", "SANCTION", {"CHL"}, {"PER"}),
]


@pytest.mark.parametrize("text", STANDING)
def test_standing_ban_is_no_act(text):
    events = extract_text(text, published=DAY).events
    assert not [e for e in events if e.type in ("COERCE", "SANCTION")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text,type_,actors,recipients", ACTS)
def test_ban_done_is_an_act(text, type_, actors, recipients):
    assert_act(extract_text(text, published=DAY).events, type_, actors, recipients, "occurred")
