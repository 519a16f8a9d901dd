"""Weapons given up and third parties let in, in both languages (plover61): 'laid down their arms', 'gave up their
weapons', 'handed in their guns' are the manual's RETREAT disarm ("disarm militarily or give up weapons") as Korean
'무기를 내려놓았다' was ('gave up weapons' no military aid); Korean '감시단의 입국/접근을 허가했다' is RETREAT access as
'입국을 허용했다' and English 'allowed observers into the country'. Negative rows: conditions laid down, a claim given
up, troops let into a city are no disarming and no access given. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

RETREATS = [
    # (text, mode)
    ("Serbian rebels laid down their arms on Monday.", "disarm"),
    ("Serbian rebels gave up their weapons on Monday.", "disarm"),
    ("Serbian rebels handed in their guns to peacekeepers on Monday.", "disarm"),
    ("세르비아 반군은 12일 무기를 내려놓았다.", "disarm"),
    ("세르비아 정부는 12일 유엔 감시단의 입국을 허가했다.", "access"),
]


@pytest.mark.parametrize("text,mode", RETREATS)
def test_weapons_given_up_or_observers_let_in_retreat(text, mode):
    found = events(text)
    assert [(e.type, e.mode) for e in found if e.type in ("RETREAT", "AID")] == [("RETREAT", mode)], \
        [(e.type, e.mode) for e in found]


NOT_RETREATS = [
    "Serbian rebels laid down conditions for talks on Monday.",
    "세르비아 정부는 12일 군 병력의 도심 진입을 허용했다.",
]


@pytest.mark.parametrize("text", NOT_RETREATS)
def test_no_weapons_given_up_no_retreat(text):
    assert not [e for e in events(text) if e.type in ("RETREAT", "AID")]
