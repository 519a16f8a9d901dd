"""koattack51b (issue 13): an armed group of no state under the home desk's dateline ('(서울=연합뉴스)') with no other
state told is of no state: the desk files the world's wars, so the dateline's state is no place of the deed
(pipeline/story_states.filed_state, `armed`, asked by act_actor_defaults.unnamed_actors). A state the clause names,
a dateline abroad, and people with no arms keep their readings. English: a Seoul dateline is a bureau's scene, not a
home desk (no twin).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def acting(text: str, kind: str) -> list[list[str]]:
    return [[p.country for p in e.participants] for e in events(text) if e.type == kind]


@pytest.mark.parametrize("text", [
    "(서울=연합뉴스) 반군이 정부를 공격했다.",
    "(서울=연합뉴스) 무장괴한들이 경찰서를 공격했다.",
    "(서울=연합뉴스) 무장괴한들이 마을을 습격했다.",
])
def test_home_desk_gives_armed_groups_no_state(text):
    assert not any("KOR" in sides for sides in acting(text, "ASSAULT"))


@pytest.mark.parametrize("text, kind, state", [
    ("(바마코=연합뉴스) 반군이 정부를 공격했다.", "ASSAULT", "MLI"),  # a dateline abroad places the deed
    ("(서울=연합뉴스) 반군이 차드 주민 5명을 살해했다.", "ASSAULT", "TCD"),  # the victims' state, as before
    ("(서울=연합뉴스) 경찰은 시위대를 연행했다.", "COERCE", "KOR"),  # a state's police: the desk's own state
    ("(서울=연합뉴스) 시위대가 정부를 규탄했다.", "ACCUSE", "KOR"),  # unarmed people: as before
])
def test_other_doers_keep_their_state(text, kind, state):
    assert [state] in acting(text, kind)
