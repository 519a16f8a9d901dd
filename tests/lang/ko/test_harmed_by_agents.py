"""(koattack50, issue 14) Harm with its doer in '에 의해' is that doer's attack (lang/ko/act_harmed_by): '주민 5명이 X군에
의해 숨졌다', as English 'were killed by X forces' reads. Negative rows: harm with no doer, and '에 의해' before a verb
of no harm, give no attack.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

ROWS = [  # (sentence, acting countries, receiving countries)
    ("우크라이나 주민 5명이 5일 러시아군에 의해 숨졌다.", ["RUS"], ["UKR"]),
    ("Five Ukrainian residents were killed by Russian forces on Monday.", ["RUS"], ["UKR"]),
    ("주민 5명이 5일 러시아군에 의해 숨졌다.", ["RUS"], []),
    ("Five residents were killed by Russian forces on Monday.", ["RUS"], ["RUS"]),  # enattack51b: as by troops
    ("세네갈 주민 3명이 5일 말리군에 의해 다쳤다.", ["MLI"], ["SEN"]),
]


@pytest.mark.parametrize("sentence, acting, receiving", ROWS)
def test_harm_by_an_agent_is_its_attack(sentence, acting, receiving):
    assert sides(sentence, "ASSAULT") == [(acting, receiving)]


@pytest.mark.parametrize("sentence", ["주민 5명이 5일 숨졌다.", "회담이 5일 러시아에 의해 취소됐다."])
def test_no_doer_or_no_harm_no_attack(sentence):
    assert not [e for e in events(sentence) if e.type == "ASSAULT"]


def test_harmed_sector_is_the_peoples():
    found = [e for e in events("우크라이나 주민 5명이 5일 러시아군에 의해 숨졌다.") if e.type == "ASSAULT"]
    assert {(r.country, r.sector) for r in found[0].recipients} == {("UKR", "CVL")}
    assert {(p.country, p.sector) for p in found[0].participants} == {("RUS", "MIL")}
