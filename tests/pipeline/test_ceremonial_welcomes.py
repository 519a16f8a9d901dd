"""reject41: a visitor welcomed at a ceremony is the host's courtesy at a visit, no SUPPORT (lang/en/act_ceremonies.py;
Korean: a guest object, lang/ko/act_welcomes.py); a welcome of another side's deed stays SUPPORT."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "On Tuesday, Emperor Naruhito welcomed Macron and his wife Brigitte Macron at a ceremonial welcome in Tokyo, "
    "and hosted a state banquet at the Imperial Palace.",
    "On Tuesday, King Salman welcomed Emmanuel Macron and his wife with a guard of honour at the palace.",
    "나루히토 일왕은 이날 황궁에서 열린 환영식에서 마크롱 프랑스 대통령 부부를 환영했다.",
])
def test_a_visitor_welcomed_at_a_ceremony_is_no_support(text):
    assert "SUPPORT" not in [e.type for e in events(text, "2024-06-01")]


def test_a_welcomed_deed_is_still_support():
    assert (["JPN"], ["FRA"]) in sides("Japan welcomed France's decision to join the treaty at a news conference.",
                                       "SUPPORT", "2024-06-01")
