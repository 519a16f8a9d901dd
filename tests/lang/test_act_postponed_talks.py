"""Talks postponed by a side with a named partner are the meeting refused for now (REJECT, mode meet; CAMEO 125), in
both languages: English 'postponed the talks with B' (en_acts), Korean 'B와의 회담을 연기했다' (ko_acts.yaml 연기하다
beside 취소하다 and 보류하다). Each row is a sentence we wrote for the test. Other things put off (an election) and
연기하다 'to act a part' are no act; the negated postponement is no refusal."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

POSTPONED = [
    ("칠레는 페루와의 회담을 연기했다.", "CHL", {"PER"}),
    ("볼리비아는 칠레와의 정상회담을 연기했다.", "BOL", {"CHL"}),
    ("Chile postponed the talks with Peru.", "CHL", {"PER"}),
]


@pytest.mark.parametrize("text,actor,receivers", POSTPONED)
def test_postponed_talks_are_a_refused_meeting(text, actor, receivers):
    first = first_of(events(text), type="REJECT")
    assert actor in countries(first.participants)
    assert countries(first.recipients) == receivers


@pytest.mark.parametrize("text", [
    "칠레는 대통령 선거를 연기했다.",
    "배우는 회담 장면을 연기했다.",
    "칠레는 페루와의 회담을 연기하지 않았다.",
])
def test_other_postponements_are_no_refusal(text):
    assert not [e for e in events(text) if e.type == "REJECT"]
