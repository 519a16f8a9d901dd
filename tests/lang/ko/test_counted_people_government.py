"""Korean: a count of people after a state's agent phrase ('케냐 국민 수천 명이'; lang/ko/agent_chains.head_count).
Each row is a sentence we wrote for the test, read through the whole pipeline.

The count ('수천 명', '200여 명', '2명') belongs to the agents before it and carries their particle: the people are the
subject, and the bare '정부' they protest to is their own state's government, not the writer's. Without a state named
('시민 수천 명이') the bare word stays the writer's government."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of


def sides(text: str, kind: str) -> tuple[set, set]:
    e = first_of(events(text), type=kind)
    return ({(p.country, p.sector) for p in e.participants if p not in e.recipients},
            {r.country for r in e.recipients})


# sentence, type, the acting state, the state whose government receives
COUNTED = [
    ("가봉 국민 수천 명이 5일 정부에 항의했다.", "ACCUSE", "GAB", "GAB"),
    ("가봉 시민 300여 명이 5일 정부를 규탄했다.", "ACCUSE", "GAB", "GAB"),
    ("우간다 국민 2천여명이 정부에 항의했다.", "ACCUSE", "UGA", "UGA"),
    ("가봉인 수백 명이 5일 정부에 항의했다.", "ACCUSE", "GAB", "GAB"),
]


@pytest.mark.parametrize("text,kind,actor,government", COUNTED)
def test_counted_people_protest_their_own_government(text, kind, actor, government):
    acting, receiving = sides(text, kind)
    assert actor in {c for c, _s in acting}, acting
    assert receiving == {government}


def test_counted_officials_keep_their_state():
    acting, receiving = sides("칠레 외교부 관계자 2명이 5일 페루를 비난했다.", "ACCUSE")
    assert ("CHL", "GOV") in acting and receiving == {"PER"}


def test_people_of_no_state_leave_the_writers_government():
    _acting, receiving = sides("시민 수천 명이 5일 정부에 항의했다.", "ACCUSE")
    assert receiving == {"KOR"}


def test_english_thousands_of_a_states_people():
    found = [e for e in events("Thousands of Ugandans protested against the government in Kampala on Friday.")
             if e.type == "PROTEST"]
    assert found and {r.country for r in found[0].recipients} == {"UGA"}
