"""A deed cited as the grounds of a measure is no act of the measure's maker in Korean either (precision48, the class
English reads in lang/en/act_cited), with sentences of our own: '...공격을 이유로 제재했다' holds the sanction only.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


@pytest.mark.parametrize("text, actor, recipient", [
    ("미국은 에티오피아 정부군의 민간인 공격을 이유로 장성 2명을 제재했다.", "USA", "ETH"),
    ("프랑스는 수단 반군의 병원 공습을 들어 지휘관 3명의 자산을 동결했다.", "FRA", "SDN"),
    ("캐나다는 미얀마 군부의 마을 습격을 근거로 공군 사령관을 제재 대상에 올렸다.", "CAN", "MMR"),
])
def test_cited_deed_is_no_act(text, actor, recipient):
    events = extract_text(text, published=DAY).events
    assert_act(events, "ASSAULT", set(), None, None)
    assert_act(events, "SANCTION", {actor}, {recipient}, "occurred")
