"""Further or counter measures pledged after another side's deed (kofut45), with sentences of our own.

A side that says, after another side's deed, it will take (or stands ready to take) further or counter measures
threatens that side (PLOVER THREATEN, CAMEO 130) whatever the saying verb: '추가 조치를 취하겠다고 밝혔다', '상응 조치를
취할 준비가 돼 있다고 말했다'. English 'stood ready to take further measures' reads the same (guard row). A negated
pledge, or one with no deed of another side told, threatens no one.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 16)
DEED = "세르비아군이 12일 코소보 국경 초소를 포격했다. "


def threats(text: str):
    return [e for e in extract_text(text, published=DAY).events if e.type == "THREATEN"]


@pytest.mark.parametrize("text", [
    DEED + "코소보 정부는 추가 조치를 취하겠다고 밝혔다.",
    DEED + "코소보 정부는 상응 조치를 취할 준비가 돼 있다고 말했다.",
    DEED + "코소보 정부는 추가적인 조치를 취할 것이라고 밝혔다.",
    DEED + "코소보 정부는 추가 조치를 취하겠다고 경고했다.",
    "Serbian forces shelled a Kosovo border post on Thursday. Kosovo said it stood ready to take further measures.",
])
def test_pledged_measures_threaten_the_deed_author(text):
    found = threats(text)
    assert any({p.country for p in e.participants} == {"XKX"} and {p.country for p in e.recipients} == {"SRB"}
               for e in found), found


@pytest.mark.parametrize("text", [
    DEED + "코소보 정부는 추가 조치를 취하지 않겠다고 밝혔다.",
    "코소보 정부는 물가를 잡기 위해 추가 조치를 취하겠다고 밝혔다.",
])
def test_negated_or_unanswered_pledge_threatens_no_one(text):
    assert not threats(text)
