"""A meeting two sides chair or host together is their meeting (k49; en.yaml light_verb_before_re), with sentences of
our own: 'A and B co-chaired a meeting in X' is CONSULT of A and B in X, as 'A and B held a meeting' is. A state that
chairs a body's meeting alone names no second party, so no meeting of its own is read from it."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 6, 9)


def meetings(text: str):
    return [e for e in extract_text(text, published=DAY).events if e.type == "CONSULT"]


def states(event) -> set[str]:
    return {p.country for p in event.participants}


@pytest.mark.parametrize("text, parties, place", [
    ("Kenya and Tanzania co-chaired a meeting in Nairobi on Tuesday.", {"KEN", "TZA"}, "Nairobi"),
    ("Norway and Sweden co-hosted a ministerial conference in Oslo on Monday.", {"NOR", "SWE"}, "Oslo"),
    ("Chile and Peru jointly chaired the regional talks in Lima on Sunday.", {"CHL", "PER"}, "Lima"),
    ("Ghana co-chaired the session with Senegal in Accra on Friday.", {"GHA", "SEN"}, "Accra"),
])
def test_cochairs_are_the_meetings_parties(text, parties, place):
    found = meetings(text)
    assert found and parties <= states(found[0])
    assert found[0].location is not None and found[0].location.name == place


def test_one_chair_alone_is_no_meeting():
    assert meetings("Brazil chaired a meeting of the council on Monday.") == []
