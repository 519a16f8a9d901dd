"""Korean protests by people the sentence counts or names by a people noun, where a connective clause stands
between the subject and the protest ('시위대가 [철회를 요구하며] 집회를 열었다'), or the subject is only a number of
people ('수천 명이'): the people of the place where they gather, on our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text


@pytest.mark.parametrize("text, state", [
    ("페루 리마에서 시민 수천 명이 연금 개혁에 항의하는 시위를 벌였다.", "PER"),
    ("리마에서 수백 명이 연금 개혁에 반대하는 집회를 열었다.", "PER"),
    ("키토에서 시위대가 유류세 인하를 요구하며 집회를 열었다.", "ECU"),
])
def test_people_protest_where_they_gather(text, state):
    found = extract_text(text, published="2025-03-12").events
    assert [state] in [sorted(p.country for p in e.participants) for e in found if e.type == "PROTEST"]
