"""enattack50 (issues 13, 14): the Korean twins of English attacks, their victims and their sites
(tests/lang/en/test_attacks50.py): people a state's forces harmed in a passive ('에 의해') are the harmed, of their
own state's words else the forces' (lang/ko/act_forces_victims); a capital its own state's armed group attacks is that state's government
(lang/ko/act_struck_capitals), a foreign capital stays the foreign state's; a shopping centre is a business site;
victims whose words name a state are that state's, not the state of the village they were near. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

ROWS = {  # (sentence, acting (state, sector) pairs among the actors, receiving states exactly, receiving sector)
    "own_capital_struck": [
        ("수단 반군이 하르툼을 공격했다.", {("SDN", "REB")}, {"SDN"}, "GOV"),
        ("반군이 바마코를 포격했다.", {("MLI", "REB")}, {"MLI"}, "GOV"),
        ("러시아군이 키이우를 공격했다.", {("RUS", "MIL")}, {"UKR"}, "GOV"),
    ],
    "shopping_centre": [
        ("무장괴한들이 몸바사의 쇼핑센터를 공격했다.", set(), {"KEN"}, "BUS"),
    ],
    "forces_passive": [  # the twin of English 'were shot dead by Iranian police' (lang/ko/act_forces_victims)
        ("학생 3명이 페루 경찰에 의해 사살됐다.", {("PER", "COP")}, {"PER"}, "EDU"),
        ("주민 4명이 나이지리아 군인들에 의해 살해됐다.", {("NGA", "MIL")}, {"NGA"}, "CVL"),
        ("이라크 학생 2명이 시리아 경찰에 의해 사살됐다.", {("SYR", "COP")}, {"IRQ"}, "EDU"),
    ],
    "victims_of_a_named_state": [
        ("시리아군은 이라크 마을 인근에서 요르단 밀수범 4명을 살해했다.", {("SYR", "MIL")}, {"JOR"}, None),
    ],
}


def first_assault(text: str):
    return first_of(events(text), type="ASSAULT")


@pytest.mark.parametrize("text, acting, receiving, sector", class_rows(ROWS))
def test_attack_sides(text, acting, receiving, sector):
    e = first_assault(text)
    assert acting <= {(p.country, p.sector) for p in e.participants}
    assert {r.country for r in e.recipients} == receiving
    if sector is not None:
        assert {r.sector for r in e.recipients} == {sector}


def test_town_that_is_no_capital_is_its_state_too():  # enattack51 reverses enattack50's open row (coding-choices)
    assert {(r.country, r.sector) for r in first_assault("시리아 반군이 알레포를 공격했다.").recipients} == {("SYR", "GOV")}
