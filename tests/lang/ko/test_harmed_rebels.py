"""(koattack50, issue 14) Rebels an attack harmed stay rebels (readout/sectors.HARMED_SECTORS, read by
lang/ko/act_harm_causes and lang/en/act_harm_causes): '공습으로 반군 10명이 숨졌다', 'ten rebels were killed in air
strikes' hit REB, not civilians. Negative row: residents stay CVL.
"""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides

ROWS = [
    ("미얀마군의 공습으로 5일 반군 10명이 숨졌다.", ("MMR", "REB")),
    ("Ten rebels were killed in Myanmar army air strikes on Monday.", ("MMR", "REB")),
    ("미얀마군의 공습으로 5일 주민 10명이 숨졌다.", ("MMR", "CVL")),
    ("Ten residents were killed in Myanmar army air strikes on Monday.", ("MMR", "CVL")),
]


@pytest.mark.parametrize("sentence, receiving", ROWS)
def test_harmed_rebels_are_rebels(sentence, receiving):
    assert sector_sides(sentence, "ASSAULT")[1] == {receiving}
