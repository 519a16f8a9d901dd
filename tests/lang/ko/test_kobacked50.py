"""(kobacked50, issues 14, 15) Korean classes with their English twins, one section each, with rows that must not fire:
1. an armed group a state's backing describes is of its own land, also where the backing is received ('이란의 지원을
   받는 민병대', English 'the militias backed by Iran') and where the land is named before the backer ('이라크 내
   이란이 지원하는', '이라크에서 ...'; lang/ko/act_backed_objects marks `backed_land`, pipeline/act_backed_targets).
Our own sentences (real states and cities, invented wording)."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


def received(text: str, kind: str) -> list[set]:
    return [{(r.country, r.sector) for r in e.recipients} for e in events(text) if e.type == kind]


# 1. a backed armed group: the backing received, the land named before the backer ------------------------------------

@pytest.mark.parametrize("text, kind, found", [
    ("페루는 이라크 내 이란이 지원하는 민병대를 규탄했다.", "ACCUSE", [{("IRQ", "REB")}]),
    ("페루는 시리아에서 미국이 후원하는 반군을 비난했다.", "ACCUSE", [{("SYR", "REB")}]),
    ("페루는 이라크에서 이란의 지원을 받는 민병대를 규탄했다.", "ACCUSE", [{("IRQ", "REB")}]),
    ("말리 북부에서 교전이 이어졌다. 칠레는 러시아의 지원을 받는 반군을 규탄했다.", "ACCUSE", [{("MLI", "REB")}]),
    ("말리 북부에서 교전이 이어졌다. 칠레는 러시아로부터 지원받는 반군을 지지했다.", "SUPPORT", [{("MLI", "REB")}]),
    ("Peru condemned the Iran-backed militias in Iraq.", "ACCUSE", [{("IRQ", "REB")}]),
    ("Peru condemned the militias backed by Iran in Iraq.", "ACCUSE", [{("IRQ", "REB")}]),
    ("Fighting went on in northern Mali. Chile condemned the rebels supported by Russia.", "ACCUSE",
     [{("MLI", "REB")}]),
    # negative rows: a story naming no land keeps the backer; a backed government is no armed group
    ("페루는 이란의 지원을 받는 민병대를 규탄했다.", "ACCUSE", [{("IRN", "REB")}]),
    ("Peru condemned militias backed by Iran.", "ACCUSE", [{("IRN", "REB")}]),
    ("페루는 이란의 지원을 받는 정부를 규탄했다.", "ACCUSE", [{("IRN", "GOV")}]),
])
def test_a_backed_armed_group_is_of_its_own_land(text, kind, found):
    assert received(text, kind) == found, received(text, kind)
