"""Under a wire's home desk ('(서울=연합뉴스)', which files the world's news as well as the home's), a bare home organ's
force on people ('경찰은 ... 연행했다') is of the one other state the story told before it, its paragraph's or its
lead's (pipeline/story_states.filed_state, domestic49); the desk's own state where the story told none, told only a
diplomatic post's state ('미국 대사관 앞에서'), or told a state that acted on others or no one (the desk's forces answer
it). Our own sentences."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (text, kind, the act's actors, its recipients)
    ("(서울=연합뉴스) 김영희 기자 = 에콰도르에서 반정부 시위가 일주일째 이어지고 있다. 경찰은 9일 시위 참가자 40여 명을 연행했다.",
     "COERCE", ["ECU"], ["ECU"]),
    ("(서울=연합뉴스) 김영희 기자 = 짐바브웨에서 대선 결과를 둘러싼 시위가 격화하고 있다.\n\n"
     "경찰은 시위대를 향해 최루탄을 쐈다.", "ASSAULT", ["ZWE"], ["ZWE"]),
    # negatives: the desk's own police
    ("(서울=연합뉴스) 김영희 기자 = 경찰은 9일 도심에서 집회를 연 대학생 20명을 연행했다.", "COERCE", ["KOR"], ["KOR"]),
    ("(서울=연합뉴스) 김영희 기자 = 일본 대사관 앞에서 기습 시위가 벌어졌다.\n\n경찰은 대학생 20명을 연행했다.",
     "COERCE", ["KOR"], ["KOR"]),
]


@pytest.mark.parametrize("text, kind, actors, recipients", ROWS)
def test_home_desk_organs_take_the_story_state(extract, text, kind, actors, recipients):
    first = first_of(extract(text).events, type=kind)
    assert ([p.country for p in first.participants], [p.country for p in first.recipients]) == \
        (actors, recipients)


def test_a_state_that_acted_on_no_one_is_not_the_home_forces_state(extract):
    text = "(서울=연합뉴스) 김영희 기자 = 북한군이 9일 총격을 가했다. 경찰은 현장 인근 주민 3명을 대피시키고 연행했다."
    for e in extract(text).events:
        if e.type == "COERCE":
            assert "PRK" not in {p.country for p in e.participants}
