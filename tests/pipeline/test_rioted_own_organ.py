"""(koattack50, issue 14) A crowd rioting at its own state's organ is that state's people (pipeline/act_actor_defaults.
rioted_own_organ): '시위대가 [라파스의] 대통령궁을 공격했다' stays the people's riot against their government, as
'Protesters attacked the presidential palace in La Paz' reads. Negative: a crowd at an embassy is no people of the
embassy's state.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sector_sides

ROWS = [
    "시위대가 5일 라파스의 대통령궁을 공격했다.",
    "시위대가 5일 볼리비아의 대통령궁을 공격했다.",
    "Protesters attacked the presidential palace in La Paz on Monday.",
    "Protesters attacked Bolivia's presidential palace on Monday.",
]


@pytest.mark.parametrize("sentence", ROWS)
def test_crowd_at_its_own_states_palace_protests_it(sentence):
    actors, recipients = sector_sides(sentence, "PROTEST")
    assert actors == {("BOL", "CVL")} and recipients == {("BOL", "GOV")}, (actors, recipients)


def test_crowd_at_an_embassy_is_not_its_states_people():
    for e in events("시위대가 5일 칠레의 대사관을 공격했다."):
        assert "CHL" not in {p.country for p in e.participants}, e
