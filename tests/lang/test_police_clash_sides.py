"""(kocrowd46, issue 14) A clash of a state's people with its police is force used, each side of the same state, in
both languages: '목축민들이 경찰과 충돌했다' and 'herders clashed with police' read ASSAULT by the people (sector from their
noun: herders AGR, protesters CVL) on the police (COP), and the police clashing with people acts on them
(lang/ko/act_clashes.police_side, lang/ko/act_clash_sides.clash_partner). Negative rows: a clash of opinions, a
collision of vehicles and a quarrel of institutions over an issue read no ASSAULT. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, sector_sides

ROWS = {
    "people_clash_with_police": [
        ("우간다 목축민들이 캄팔라 외곽에서 경찰과 충돌했다.", {("UGA", "AGR")}, {("UGA", "COP")}),
        ("캄팔라에서 7일 시위대가 진압 경찰과 충돌했다.", {("UGA", "CVL")}, {("UGA", "COP")}),
        ("Ugandan herders clashed with police outside Kampala.", {("UGA", "AGR")}, {("UGA", "COP")}),
    ],
    "police_clash_with_people": [
        ("우간다 경찰은 캄팔라 외곽에서 목축민들과 충돌했다.", {("UGA", "COP")}, {("UGA", "AGR")}),
        ("캄팔라에서 7일 경찰이 시위대와 충돌했다.", {("UGA", "COP")}, {("UGA", "CVL")}),
    ],
}


@pytest.mark.parametrize("sentence, acting, receiving", class_rows(ROWS))
def test_police_clash_sides(sentence, acting, receiving):
    assert sector_sides(sentence, "ASSAULT") == (acting, receiving)


@pytest.mark.parametrize("sentence", [
    "우간다 경찰과 검찰이 수사권 문제로 충돌했다.",  # institutions over an issue: no force
    "캄팔라에서 7일 경찰 차량이 버스와 충돌했다.",  # a collision
    "우간다 경찰의 입장이 노조의 입장과 충돌했다.",  # views
    "캄팔라에서 7일 목축민들이 농민들과 의견이 충돌했다.",
])
def test_no_clash_without_force(sentence):
    found = events(sentence)
    assert not [e for e in found if e.type == "ASSAULT"], [(e.type, e.participants) for e in found]
