"""(relclause52, issue 13) An act noun in the object of a blocking verb ('Poland vetoed the EU loan package for
Georgia') is what was stopped, not an act that occurred: no AID, and the refusal takes the stopped act's mode (assist),
as the Korean '... 지원 패키지에 거부권을 행사했다' reads it."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 5, 12)

ROWS = [
    "Poland vetoed the EU aid package for Georgia.",
    "Austria vetoed new humanitarian aid for Serbia.",
    "Slovakia vetoed the military aid for Moldova.",
    "폴란드는 조지아에 대한 EU 지원 패키지에 거부권을 행사했다.",
]


@pytest.mark.parametrize("text", ROWS)
def test_blocked_aid_is_a_refusal_to_assist_and_no_aid(text):
    events = extract_text(text, published=DAY).events
    assert not [e for e in events if e.type == "AID"], [(e.type, e.mode) for e in events]
    rejects = [e for e in events if e.type == "REJECT"]
    assert rejects and rejects[0].mode == "assist"


KEPT = [
    # a preposition before the act noun: no object of the veto ('vetoed X over its aid'): the aid is left as read
    ("Chile sent aid to Haiti.", "AID"),
    ("Poland vetoed the resolution after Chile sent aid to Haiti.", "AID"),
]


@pytest.mark.parametrize("text,type_", KEPT)
def test_acts_outside_the_blocked_object_stay(text, type_):
    assert [e for e in extract_text(text, published=DAY).events if e.type == type_]
