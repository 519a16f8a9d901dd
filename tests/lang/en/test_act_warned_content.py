"""The content of a warning or a demand is no second act (modal43): 'warned that it would take "decisive military
action" against X' is a THREATEN only, the quoted phrase keeping its clause's future (lang/en/act_modality.py
`quoted_phrase`); 'urged X to stop the drills' is a REQUEST only, no drills of X's. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

WARNED = [
    ("Venezuela's army chief said on Monday that Caracas would take \"offensive action\" if provoked.",
     [("THREATEN", {"VEN"}, None, "planned"), ("ASSAULT", None, None, None)]),
    ("Venezuela's army chief said that Caracas would take \u201cmore offensive action\u201d against its enemies.",
     [("THREATEN", {"VEN"}, None, "planned"), ("ASSAULT", None, None, None)]),
    ("Venezuela's defence minister warned that Caracas would take \"more offensive action\" against Guyana.",
     [("THREATEN", {"VEN"}, {"GUY"}, "occurred"), ("ASSAULT", None, None, None)]),
    ("Venezuela warned that it would launch \u201ca crushing offensive\u201d against Guyana.",
     [("THREATEN", {"VEN"}, {"GUY"}, "occurred"), ("ASSAULT", None, None, None)]),
    ("Chile urged Peru to stop its naval drills near the maritime border.",
     [("REQUEST", {"CHL"}, {"PER"}, "occurred"), ("MOBILIZE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", WARNED)
def test_warned_content_is_no_act(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status in expected:
        assert_act(events, type_, actors, recipients, status)
