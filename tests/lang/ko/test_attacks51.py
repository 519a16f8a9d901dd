"""enattack51 (issues 13, 14): the Korean twins of English attacks on towns (tests/lang/en/test_attacks51.py): a town
of the city index named bare as the object of its own state's armed group's attack is that state's government, as a
capital is (lang/ko/act_struck_capitals); a foreign force's strike on a town stays the town's state's government;
one harmed person counted in figures ('농민 1명을') is the struck people.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of

ROWS = [  # (sentence, acting (state, sector) pairs among the actors, receiving (state, sector) pairs exactly)
    ("시리아 반군이 홈스를 공격했다.", {("SYR", "REB")}, {("SYR", "GOV")}),
    ("예멘 반군이 아덴을 포격했다.", {("YEM", "REB")}, {("YEM", "GOV")}),
    ("러시아군이 헤르손을 포격했다.", {("RUS", "MIL")}, {("UKR", "GOV")}),
    ("시리아 반군이 다마스쿠스를 공격했다.", {("SYR", "REB")}, {("SYR", "GOV")}),
    # one harmed person, counted in figures (the native numeral '한 명' is open: coding-choices enattack51)
    ("말리 군인들이 농민 1명을 살해했다.", {("MLI", "MIL")}, {("MLI", "AGR")}),
    ("차드 경찰이 주민 1명을 사살했다.", {("TCD", "COP")}, {("TCD", "CVL")}),
]


@pytest.mark.parametrize("text, acting, receiving", ROWS)
def test_struck_town_sides(text, acting, receiving):
    first = first_of(events(text), type="ASSAULT")
    assert acting <= {(p.country, p.sector) for p in first.participants}
    assert {(r.country, r.sector) for r in first.recipients} == receiving
