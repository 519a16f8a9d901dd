"""(cancel68) A meeting word owned by a pair names its two sides: Korean 'A와 B의 정상회담', 'A와 B의 회담' (B's 의 ties the
pair to the meeting word after it, as 'A·B 정상회담' and 'A와 B 간 회담' do), English "A and B's summit". The pair holds
the meeting, held, planned or called off. Our own sentences, with rows that must not fire: one owner with no pair, a
pair owning no meeting word."""
from __future__ import annotations

import pytest

from tests.event_sides import events

PAIR = {"GHA", "TGO"}


def consults(text: str) -> list[tuple[str | None, set[str]]]:
    return [(e.status, {p.country for p in e.participants}) for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, status", [
    ("가나와 토고의 정상회담이 무산됐다.", "cancelled"),
    ("가나와 토고의 정상회담이 수도 아크라에서 열렸다.", "occurred"),
    ("가나와 토고의 회담이 14일 열렸다.", "occurred"),
    ("가나와 토고의 정상회담이 다음 달 열릴 예정이다.", "planned"),
    ("Ghana and Togo's summit was called off.", "cancelled"),
    ("Ghana and Togo's summit was held in Accra on Monday.", "occurred"),
])
def test_a_meeting_owned_by_a_pair_is_the_pairs(text, status):
    assert (status, PAIR) in consults(text), events(text)


@pytest.mark.parametrize("text", [
    "가나와 토고의 국경 분쟁이 격화됐다.",
    "가나는 토고의 정상회담 제안을 검토했다.",
    "가나와 토고의 경제 협력이 확대됐다.",
])
def test_no_pair_or_no_meeting_word_holds_no_meeting(text):
    assert not any(parties == PAIR for _, parties in consults(text)), events(text)
