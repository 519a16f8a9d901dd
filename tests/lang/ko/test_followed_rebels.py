"""(groups53, issue 14) Rebels following a named person ('X 장군을 따르는 반군은'): the rebels (REB) of the state their
sentence names act, not the general's army (English: tests/lang/en/test_followed_persons.py). Our own invented people."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, acting, receiving", [
    ("오마르 상가레 장군을 따르는 반군은 11일 말리군을 공격했다.", ("MLI", "REB"), ("MLI", "MIL")),
    ("이사 코네 대령을 따르는 민병대는 5일 차드군 초소를 공격했다.", ("TCD", "REB"), ("TCD", "MIL")),
])
def test_followers_of_a_named_person_act(extract, text, acting, receiving):
    found = [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
             for e in extract(text).events if e.type == "ASSAULT"]
    assert any(acting in a and receiving in r for a, r in found), found


def test_the_generals_army_is_no_rebel(extract):
    """A state's soldiers following a general are the state's forces, not rebels."""
    text = "오마르 상가레 장군을 따르는 말리군은 11일 반군을 공격했다."
    found = [{(p.country, p.sector) for p in e.participants} for e in extract(text).events if e.type == "ASSAULT"]
    assert all(("MLI", "REB") not in a for a in found), found
