"""enacts50b: the Korean twins of tests/lang/en/test_acts50b.py, which Korean already read so and must keep: a
passive's sufferers never lend their sector to the '에 의해' agent; rebels attacking a government attack it
(ASSAULT); farmers and fishers harmed keep their sector (AGR); a state's police holding its own people act as the police (COP). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of


def pairs(entities) -> set[tuple[str, str]]:
    return {(e.country, e.sector) for e in entities}


ROWS = {  # (sentence, type, acting pairs exactly, receiving pairs exactly)
    "passive_agent_sector": [
        ("시리아 주민 3명이 튀르키예군에 의해 살해됐다.", "ASSAULT", {("TUR", "MIL")}, {("SYR", "CVL")}),  # koattack51b: the forces
        ("콩고 광부 3명이 르완다 군대에 의해 사살됐다.", "ASSAULT", {("RWA", "MIL")}, {("COD", "LAB")}),
    ],
    "armed_attack_on_government": [
        ("차드 반군이 정부를 공격했다.", "ASSAULT", {("TCD", "REB")}, {("TCD", "GOV")}),
    ],
    "farm_people_harmed": [  # enacts50b: harmed farmers and fishers keep AGR (CHARGED_PEOPLE_SECTORS), not CVL
        ("농민 4명이 말리 군인들에 의해 살해됐다.", "ASSAULT", {("MLI", "MIL")}, {("MLI", "AGR")}),
        ("말리 군인들이 농민 4명을 살해했다.", "ASSAULT", {("MLI", "MIL")}, {("MLI", "AGR")}),
        ("어민 3명이 말리 군인들에 의해 사살됐다.", "ASSAULT", {("MLI", "MIL")}, {("MLI", "AGR")}),
    ],
    "own_forces_hold": [
        ("케냐 경찰은 나이로비에서 학생 2명을 체포했다.", "COERCE", {("KEN", "COP")}, {("KEN", "EDU")}),
    ],
}


@pytest.mark.parametrize("text, kind, acting, receiving", class_rows(ROWS))
def test_sides(text, kind, acting, receiving):
    first = first_of(events(text), type=kind)
    assert pairs(first.participants) == acting
    assert pairs(first.recipients) == receiving
