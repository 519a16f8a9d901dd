"""An order to leave the country, in both languages: ordering out a state's envoy or a member of its mission is the
expulsion of a diplomat (PLOVER SANCTION expel, aimed at the mission's state); ordering out private people is an
individual deportation (COERCE deport). Why one table for both languages: the same story told in Korean and in
English must give one type, or its two reports never merge (the session found English reading a mission's official
as a deportee while Korean read every order to leave as an expulsion). Our own sentences and names.

Formerly tests/lang/test_expulsions22.py (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

CASES = [
    # (text, type, mode, actor, recipient or None)
    ("Ghana on Monday ordered an official at Togo's embassy in Accra to leave the country within 48 hours.",
     "SANCTION", "expel", "GHA", "TGO"),
    ("Peru ordered a staff member of Bolivia's consulate in Cusco to leave within three days.",
     "SANCTION", "expel", "PER", "BOL"),
    ("Ghana on Monday ordered the Togolese ambassador to leave the country.", "SANCTION", "expel", "GHA", "TGO"),
    ("Ghana on Monday ordered two Togolese smugglers to leave the country.", "COERCE", "deport", "GHA", "TGO"),
    ("가나 정부는 3일 주가나 토고 대사관 직원에게 48시간 안에 출국하라고 명령했다.", "SANCTION", "expel", "GHA", "TGO"),
    ("가나 정부는 3일 토고 외교관 2명에게 출국하라고 명령했다.", "SANCTION", "expel", "GHA", "TGO"),
    ("가나 정부는 3일 밀입국자 20명에게 48시간 안에 출국하라고 명령했다.", "COERCE", "deport", "GHA", None),
]


@pytest.mark.parametrize("text,etype,mode,actor,recipient", CASES)
def test_an_order_to_leave_is_an_expulsion_of_diplomats_or_a_deportation(text, etype, mode, actor, recipient):
    events = [e for e in extract_text(text, published="2026-03-03").events if e.type in ("SANCTION", "COERCE", "REQUEST")]
    assert [(e.type, e.mode) for e in events] == [(etype, mode)]
    assert [p.country for p in events[0].participants] == [actor]
    if recipient:
        assert recipient in [p.country for p in events[0].recipients]


def test_advice_to_leave_is_no_expulsion():
    """'출국하라고 권고했다' to one's own people and 'urged its citizens to leave' order no one out."""
    for text in ("가나 외교부는 3일 토고에 체류 중인 자국민들에게 출국하라고 권고했다.",
                 "Ghana on Monday urged its citizens in Togo to leave the country."):
        events = extract_text(text, published="2026-03-03").events
        assert not [e for e in events if e.type in ("SANCTION", "COERCE")]
