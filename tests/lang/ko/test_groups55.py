"""(groups55, issue 14) A Korean general held is an officer of the forces (MIL; offices.yaml military_officer, read by
act_organs.office_sector with HELD_OFFICE_SECTORS), as English 'arrested the general' reads (tests/lang/en/
test_groups55.py); the offices that were read stay as they were. Our own sentences."""
from __future__ import annotations

import pytest


def received(extract, text: str, kind: str) -> list[set]:
    return [{(p.country, p.sector) for p in e.recipients} for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, receiving", [
    ("탄자니아 경찰은 육군 장군을 체포했다.", ("TZA", "MIL")),
    ("탄자니아 경찰은 퇴역 장군을 체포했다.", ("TZA", "MIL")),
    ("탄자니아 경찰은 반란을 주도한 장군을 체포했다.", ("TZA", "MIL")),
    ("탄자니아 경찰은 총리를 체포했다.", ("TZA", "GOV")),  # guard: an office of the harmed offices
    ("탄자니아 경찰은 판사를 체포했다.", ("TZA", "JUD")),  # guard
])
def test_a_general_held_is_an_officer(extract, text, receiving):
    found = received(extract, text, "COERCE")
    assert any(receiving in r for r in found), found


# groups55b (a row changed on purpose, docs/coding-choices.md): '탄자니아 대통령은 장군을 비난했다' now reads the
# officer judged (TZA MIL), as English 'accused the general' does: tests/lang/ko/test_groups55b.py


@pytest.mark.parametrize("text, acting, receiving", [  # groups55: the English twins in tests/lang/en/test_groups55.py
    ("탄자니아 야당은 부룬디와 공모한 혐의로 정부를 비난했다.", ("TZA", "OPP"), ("TZA", "GOV")),
    ("탄자니아 야당은 부룬디를 도운 혐의로 의회를 비난했다.", ("TZA", "OPP"), ("TZA", "LEG")),
    ("탄자니아 야당은 부룬디 정부를 비난했다.", ("TZA", "OPP"), ("BDI", "GOV")),  # guard: the body's own state
])
def test_a_state_in_a_home_bodys_charge_is_no_side(extract, text, acting, receiving):
    found = [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
             for e in extract(text).events if e.type == "ACCUSE"]
    assert any(acting in a and receiving in r for a, r in found), found


@pytest.mark.parametrize("text", [  # groups55: the English twins in tests/lang/en/test_groups55.py
    "국제적십자위원회는 부룬디 정부를 비난했다.",
    "국제앰네스티는 부룬디 정부를 비난했다.",
])
def test_the_red_cross_is_a_humanitarian_body(extract, text):
    found = [{(p.country, p.sector) for p in e.participants} for e in extract(text).events if e.type == "ACCUSE"]
    assert any(("IGO", "SOC") in a for a in found), found
