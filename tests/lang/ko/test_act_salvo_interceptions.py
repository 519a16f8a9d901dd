"""Drones shot down counted, launched or named as weapons of attack are air defence, no ASSAULT of the defender
(modal46; lang/ko/act_interceptions), with sentences of our own. A drone alone shot down keeps its ASSAULT.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, defender", [
    ("사우디군은 예멘에서 발사된 드론 40여 대를 모두 격추했다.", "SAU"),
    ("루마니아는 자국 영공에 들어온 자폭 드론을 격추했다.", "ROU"),
    ("아르메니아군은 아제르바이잔이 발사한 무인기를 대부분 격추했다고 밝혔다.", "ARM"),
])
def test_salvo_shot_down_is_no_assault_of_the_defender(text, defender):
    assaults = [e for e in read(text) if e.type == "ASSAULT"]
    assert all(defender not in {p.country for p in e.participants} for e in assaults), assaults


def test_drone_alone_stays_an_assault():
    assert_act(read("시리아는 튀르키예의 정찰 드론을 격추했다."), "ASSAULT", {"SYR"}, {"TUR"}, "occurred")
