"""(koattack50, issue 14) A state's organ in a town is the town's state's: '[라파스의] 대통령궁을', '[하르키우의] 국방부
청사를' (lang/ko/town_sites.organ_site), as English 'the presidential palace in La Paz' reads it; the bare ministry
word inside the town's phrase is no longer the writer's state's body (town_sites.inside_towns_dropped). Negative rows:
a town's palace as a meeting's scene gives no side, and a town's market stays its people's.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sector_sides

ROWS = [  # (sentence, (country, sector) acting, (country, sector) receiving)
    ("반군이 5일 라파스의 대통령궁을 공격했다.", ("BOL", "REB"), ("BOL", "GOV")),
    ("Rebels attacked the presidential palace in La Paz on Monday.", ("BOL", "REB"), ("BOL", "GOV")),
    ("반군이 5일 키토의 정부 청사를 공격했다.", ("ECU", "REB"), ("ECU", "GOV")),
    ("러시아군이 5일 하르키우의 국방부 청사를 공격했다.", ("RUS", "MIL"), ("UKR", "GOV")),
    ("러시아군이 5일 하르키우의 국방부를 공격했다.", ("RUS", "MIL"), ("UKR", "GOV")),
]


@pytest.mark.parametrize("sentence, acting, receiving", ROWS)
def test_organ_in_a_town_is_the_towns_states(sentence, acting, receiving):
    actors, recipients = sector_sides(sentence, "ASSAULT")
    assert acting in actors and recipients == {receiving}, (actors, recipients)


@pytest.mark.parametrize("sentence", [
    "러시아군이 5일 하르키우의 국방부 청사를 공격했다.",
    "Russian forces attacked the defense ministry building in Kharkiv on Monday.",
])
def test_ministry_in_a_foreign_town_is_not_the_writers(sentence):
    for e in events(sentence):
        assert "KOR" not in {r.country for r in e.recipients}, e
    assert "UKR" in {r.country for e in events(sentence) if e.type == "ASSAULT" for r in e.recipients}


def test_palace_as_a_meetings_scene_is_no_side():
    found = [e for e in events("볼리비아 대통령은 5일 라파스의 대통령궁에서 칠레 외교장관을 만났다.") if e.type == "CONSULT"]
    assert found and sorted(p.country for p in found[0].participants) == ["BOL", "CHL"]


def test_towns_market_stays_its_people():
    assert sector_sides("러시아군이 5일 하르키우의 시장을 공격했다.", "ASSAULT")[1] == {("UKR", "CVL")}


@pytest.mark.parametrize("sentence", [
    "러시아군이 5일 하르키우 인근의 군 기지를 포격했다.",
    "Russian forces shelled a military base near Kharkiv on Monday.",
])
def test_site_near_a_town_is_the_towns_states_forces(sentence):
    """(koattack50, issue 14) The town's vicinity noun in the genitive owns the site as the town would."""
    assert sector_sides(sentence, "ASSAULT")[1] == {("UKR", "MIL")}
