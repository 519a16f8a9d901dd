"""(kopropose68) Every meeting noun proposed or requested of a side is a proposal to meet (docs/coding-choices.md,
proposals65): REQUEST meet from the proposer to the side proposed to, never an AGREE. Korean had it for 회담, 대화 and
협상 only: a session ('회의'), a get-together ('회동'), a summit of several ('정상회의') or one held ('회의 개최') read
제안하다's AGREE. Our own sentences, both languages, with rows that must not fire: no side named, an aid offer, a
meeting held, a meeting's outcome told to a side."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, asker, asked", [
    ("수리남은 14일 파라과이에 회의를 제안했다.", "SUR", "PRY"),
    ("수리남은 14일 파라과이에 외교장관 회의 개최를 제의했다.", "SUR", "PRY"),
    ("수리남은 14일 파라과이에 정상회의 개최를 제안했다.", "SUR", "PRY"),
    ("수리남 정부는 14일 파라과이 측에 회동을 요청했다.", "SUR", "PRY"),
    ("수리남은 14일 파라과이와의 회의를 제안했다.", "SUR", "PRY"),
    ("수리남은 14일 파라과이에게 협의 재개를 제의했다.", "SUR", "PRY"),
    ("Suriname proposed a meeting to Paraguay on Monday.", "SUR", "PRY"),
    ("Suriname proposed a meeting with Paraguay on Monday.", "SUR", "PRY"),
])
def test_a_meeting_proposed_to_a_side_asks_it_to_meet(text, asker, asked):
    assert ([asker], [asked]) in sides(text, "REQUEST"), events(text)
    assert not sides(text, "AGREE"), events(text)


@pytest.mark.parametrize("text", [
    "수리남은 14일 회의 개최를 제안했다.",
    "수리남은 14일 파라과이와 회의를 열었다.",
    "수리남은 14일 파라과이에 회의 결과를 설명했다.",
    "Suriname proposed a meeting on Monday.",
    "Suriname and Paraguay held a meeting on Monday.",
])
def test_no_side_asked_or_a_meeting_held_asks_no_one(text):
    assert not sides(text, "REQUEST"), events(text)


@pytest.mark.parametrize("text, offerer, offered", [
    ("수리남은 14일 파라과이에 인도적 지원을 제안했다.", "SUR", "PRY"),
])
def test_a_thing_offered_stays_an_offer(text, offerer, offered):
    assert not sides(text, "REQUEST"), events(text)
    assert ([offerer], [offered]) in sides(text, "AGREE"), events(text)
