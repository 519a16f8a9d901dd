"""Dwellings pulled down, in both languages (plover61): English 'demolished homes' was ASSAULT destroy (CAMEO 1712;
the manual: "demolition of housing settlements"), Korean '주택을 철거했다', '가옥을 허물었다' read no act; both now give
ASSAULT destroy aimed at the dwellings' owners. Negative rows: 철거하다 of things that are no dwelling (loudspeakers,
stalls) removes them, no attack. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

DEMOLISHED = [
    # (text, actor, recipient)
    ("Moroccan troops demolished dozens of Sahrawi homes near the Algerian border on Monday.", "MAR", None),
    ("이스라엘군은 12일 요르단강 서안에서 팔레스타인 주택 20채를 철거했다.", "ISR", "PSE"),
    ("이스라엘군은 12일 팔레스타인 가옥 10채를 허물었다.", "ISR", "PSE"),
]


@pytest.mark.parametrize("text,actor,recipient", DEMOLISHED)
def test_dwellings_pulled_down_are_destroyed_property(text, actor, recipient):
    assert [e.mode for e in events(text) if e.type == "ASSAULT"] == ["destroy"]
    (acting, receiving), = sides(text, "ASSAULT")
    assert actor in acting
    if recipient:
        assert receiving == [recipient]


NOT_DEMOLISHED = [
    "한국군은 12일 군사분계선 인근의 확성기를 철거했다.",
    "페루 당국은 12일 리마 도심의 불법 노점을 철거했다.",
]


@pytest.mark.parametrize("text", NOT_DEMOLISHED)
def test_things_removed_are_no_attack(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]
