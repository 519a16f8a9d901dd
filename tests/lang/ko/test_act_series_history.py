"""A deed counted in its series before a noun of history is no event of the report's day (modal46;
lang/ko/act_series_history), with sentences of our own: 'B의 두 번째 미사일 시험발사 이후', 'B의 제4차 핵실험 직후'. The same
deed told as done stays.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text", [
    "감시단은 이란의 두 번째 탄도미사일 시험발사 이후 만들어졌다.",
    "일본은 파키스탄의 제4차 핵실험 직후 대사를 불러들였다.",
    "금수 조치는 인도의 세 번째 미사일 시험발사 이래 유지되고 있다.",
])
def test_counted_deed_before_history_noun_is_history(text):
    assert_act(read(text), "MOBILIZE", set(), None, None)


def test_deed_told_as_done_stays():
    assert_act(read("파키스탄은 8일 네 번째 핵실험을 감행했다."), "MOBILIZE", {"PAK"}, None, "occurred")
