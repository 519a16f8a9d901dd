"""A backing charged inside an accusation's complement is its content, no SUPPORT of the accused (support60; cue
charged_transfer_type, lang/ko/act_verdicts), with sentences of our own: 'A는 B가 반군을 지지하고 있다고 비난했다'.
A support the speaker states as its own, or reports without judging it, stays.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, accused", [
    ("페루 정부는 칠레가 반군을 지지하고 있다고 비난하며 대사를 불러들였다.", "CHL"),
    ("케냐 외무부는 8일 에티오피아가 소말리아 반군을 지지하고 있다고 규탄했다.", "ETH"),
])
def test_support_charged_is_no_support(text, accused):
    events = read(text)
    assert_act(events, "SUPPORT", set(), None, None)
    assert_act(events, "ACCUSE", set(), {accused}, "occurred")


def test_support_reported_without_charge_stays():
    assert_act(read("칠레 정부는 8일 페루의 유엔 안보리 진출을 지지한다고 밝혔다."), "SUPPORT", {"CHL"}, None, "occurred")
