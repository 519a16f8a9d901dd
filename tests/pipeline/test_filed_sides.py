"""koattack51 (issue 13): a dateline's city places a story of armed people that names no state
(pipeline/act_filed_sides): the group's target read as its own state's forces is that state's, not an attack no one
named, and a bare home-government word ('정부를') under a dateline abroad is the dateline state's government, not the
writer's. A home desk's dateline places nothing; a state the sentence names keeps its reading. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, sector_sides

ROWS = {  # (text, acting (state, sector) pairs, receiving (state, sector) pairs)
    "filed_forces_ko": [
        ("(바마코=연합뉴스) 반군이 정부군을 공격했다.", {("MLI", "REB")}, {("MLI", "MIL")}),
        ("(나이로비=연합뉴스) 반군이 경찰관 2명을 살해했다.", {("KEN", "REB")}, {("KEN", "COP")}),
        ("(바마코=연합뉴스) 반군이 군 기지를 공격했다.", {("MLI", "REB")}, {("MLI", "MIL")}),
    ],
    "filed_forces_en": [
        ("NAIROBI (Reuters) - Rebels attacked government forces.", {("KEN", "REB")}, {("KEN", "MIL")}),
        ("BAMAKO (Reuters) - Rebels attacked an army base.", {("MLI", "REB")}, {("MLI", "MIL")}),
    ],
    "filed_home_word_ko": [
        ("(바마코=연합뉴스) 반군이 정부를 공격했다.", {("MLI", "REB")}, {("MLI", "GOV")}),
    ],
    "named_state_stands": [
        ("(나이로비=연합뉴스) 소말리아 반군이 정부군을 공격했다.", {("SOM", "REB")}, {("SOM", "MIL")}),
    ],
}


@pytest.mark.parametrize("text, acting, receiving", class_rows(ROWS))
def test_filed_sides(text, acting, receiving):
    got_acting, got_receiving = sector_sides(text, "ASSAULT")
    assert acting <= got_acting
    assert got_receiving == receiving


@pytest.mark.parametrize("text", [
    "(서울=연합뉴스) 반군이 정부군을 공격했다.",  # a home desk's dateline places nothing
    "반군이 정부군을 공격했다.",  # no dateline, no state named: force9's unnamed attack
])
def test_unplaced_attack_stays_unread(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]
