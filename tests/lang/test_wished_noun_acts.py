"""A noun act hanging on a predicate that a request asks for or against is no act done: '시위에 참여하지 말 것을
촉구했다', '집회에 참여하도록 촉구했다' (lang/ko/act_nominals.wished_governor), as English 'urged its supporters to join
a rally' states no protest. A protest that people joined, or joined before they were arrested, stays."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def done_protests(text: str) -> list[str]:
    return [e.status for e in extract_text(text, published="2026-11-18").events
            if e.type == "PROTEST" and e.status == "occurred"]


@pytest.mark.parametrize("text", [
    "우루과이 정부는 국민들에게 파라과이 대사관 앞 시위에 참여하지 말 것을 촉구했다.",
    "우루과이 정부는 국민들에게 파라과이 대사관 앞 시위에 참여하지 말라고 당부했다.",
    "야당은 지지자들에게 정부 규탄 집회에 참여하도록 촉구했다.",
    "The opposition urged its supporters to join a rally against the government.",
    "The Uruguayan government urged citizens not to take part in protests outside the Paraguayan embassy.",
])
def test_a_protest_asked_for_or_against_is_no_protest(text):
    assert done_protests(text) == []


@pytest.mark.parametrize("text", [
    "우루과이 시민 수천 명이 파라과이 대사관 앞 시위에 참여했다.",
    "파라과이 대사관 앞 시위에 참여한 시민 20명이 체포됐다.",
    "Thousands of Uruguayans protested outside the Paraguayan embassy on Sunday.",
])
def test_a_protest_joined_stays(text):
    assert done_protests(text) == ["occurred"]
