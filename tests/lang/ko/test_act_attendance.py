"""A planned attendance of a gathering is no AGREE in Korean either (precision48, the class English reads in
lang/en/act_attendance), with sentences of our own: '정상회의에 참석하기로 했다' promises no one anything.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


@pytest.mark.parametrize("text", [
    "네덜란드 총리는 이날 오후 나토 정상들의 화상회의에 참석하겠다고 밝혔다.",
    "네덜란드 총리는 다음 주 빌뉴스에서 열리는 나토 정상회의에 참석하기로 했다.",
    "네덜란드 총리는 EU 정상회의에 참여할 계획이라고 말했다.",
])
def test_planned_attendance_is_no_agreement(text):
    assert_act(extract_text(text, published=DAY).events, "AGREE", set(), None, None)
