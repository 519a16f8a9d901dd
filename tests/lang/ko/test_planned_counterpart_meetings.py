"""(proposals66) A planned meeting with a side's counterpart ('B 측 카운터파트와 다음 주 만날 예정이다', 'B 측 상대와 회담할
예정이다') is a planned CONSULT of both states: the counterpart is one holder of the office met (counterparts64), as
definite as 'B 외교장관과 만날 예정'. Rows that must not fire: a plan of unnamed groups of people, a counterpart of no
side named."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str, status: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text) if e.type == "CONSULT" and e.status == status]


@pytest.mark.parametrize("text, sides", [
    ("에콰도르 외교장관은 가이아나 측 카운터파트와 다음 주 만날 예정이다.", {"ECU", "GUY"}),
    ("에콰도르 국방장관은 가이아나 측 상대와 15일 회담할 예정이다.", {"ECU", "GUY"}),
    ("에콰도르 외교장관은 가이아나 외교장관과 다음 주 만날 예정이다.", {"ECU", "GUY"}),
])
def test_a_planned_meeting_with_a_sides_counterpart_is_a_planned_consult(text, sides):
    assert sides in consults(text, "planned"), events(text)


@pytest.mark.parametrize("text", [
    "에콰도르 관리들은 가이아나 관리들과 다음 주 만날 예정이다.",
    "에콰도르 외교장관은 다음 주 상대와 만날 예정이다.",
])
def test_a_plan_of_unnamed_people_or_no_side_is_no_meeting(text):
    assert not consults(text, "planned"), events(text)
