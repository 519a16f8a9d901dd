"""A lone sniper is a soldier by role (komil47; data/agents.yaml agents_ko '저격수: MIL', as English 'sniper: MIL',
the Phoenix class INFANTRY), with sentences of our own: '저격수가 ... 사살했다' is an ASSAULT by the forces of the
story's state, as English 'a sniper shot dead ...' reads; a sniper only placed, with no deed, is no event.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def assaults(text: str):
    return [(sorted(p.country for p in e.participants), sorted(p.sector for p in e.participants))
            for e in events(text) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, state", [
    ("우간다 캄팔라에서 저격수가 경비원 3명을 사살했다.", "UGA"),
    ("우간다 캄팔라에서 저격수들이 주민 3명을 사살했다.", "UGA"),
    ("말리 군 저격수가 반군 2명을 사살했다.", "MLI"),
    ("In Kampala, Uganda, a sniper shot dead three guards.", "UGA"),  # the English reading it matches
])
def test_sniper_assault_is_military(text, state):
    assert ([state], ["MIL"]) in assaults(text)


@pytest.mark.parametrize("text", [
    "우간다 캄팔라 시내 건물 옥상에 저격수들이 배치됐다.",  # placed, no deed
    "우간다 캄팔라에서 저격수 훈련 과정이 열렸다.",
])
def test_sniper_without_deed_is_no_assault(text):
    assert not assaults(text)
