"""(conflict54) Retaliation itself pledged or vowed ('보복을 다짐했다', '응징을 천명했다') is a threat of force: THREATEN
violence, as '보복을 경고했다' and English 'threatened retaliation' read (CAMEO 138 'vow revenge'); a measure of
retaliation ('보복 조치') names no force and keeps no mode. Our own sentences; the English rows are
tests/lang/en/test_act_retaliation_threats.py."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (sentence, threatener, threatened, mode)
    ("아제르바이잔은 아르메니아에 보복을 다짐했다.", "AZE", "ARM", "violence"),
    ("파키스탄은 인도에 대한 응징을 천명했다.", "PAK", "IND", "violence"),
    ("이란은 이스라엘에 보복을 경고했다.", "IRN", "ISR", "violence"),
    # a measure of retaliation names no force
    ("파키스탄은 인도에 대한 보복 조치를 다짐했다.", "PAK", "IND", None),
]


@pytest.mark.parametrize("text, actor, target, mode", ROWS)
def test_pledged_retaliation_is_force(extract, text, actor, target, mode):
    first = first_of(extract(text).events, type="THREATEN")
    assert {p.country for p in first.participants} == {actor}
    assert {r.country for r in first.recipients} == {target}
    assert first.mode == mode
