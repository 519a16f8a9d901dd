"""plans55 (issues 13/15): a visit of an office holder said ahead is the visit, planned (pipeline/states.state_parties
let no planned visit of states through, because the plan joined the visit held; store/merge_dates.plan_beside_held
now keeps the two apart). Korean '방문할 예정이다', '방문한다고 밝혔다', '방문할 것이라고' read CONSULT visit planned;
English 'will visit X' keeps the lead's AGREE planned (docs/coding-choices.md: the PLOVER sentences code it so).
Negative rows: the visit made, a delegation's visit said ahead (unnamed people: too loose), a visit dropped or not
to be made. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[tuple]:
    return sorted((e.mode, e.status, tuple(sorted(p.country for p in e.participants)))
                  for e in events(text) if e.type == "CONSULT")


@pytest.mark.parametrize("text, expected", [
    ("칠레 외교장관은 다음 주 볼리비아를 방문할 예정이다.", [("visit", "planned", ("BOL", "CHL"))]),
    ("칠레 외교장관은 다음 주 볼리비아를 방문한다고 외교부가 밝혔다.", [("visit", "planned", ("BOL", "CHL"))]),
    ("케냐 대통령은 다음 달 탄자니아를 국빈 방문할 것이라고 대통령실이 밝혔다.", [("visit", "planned", ("KEN", "TZA"))]),
    # negative rows
    ("칠레 외교장관은 지난주 볼리비아를 방문했다.", [("visit", "occurred", ("BOL", "CHL"))]),
    ("칠레 대표단은 다음 주 볼리비아를 방문할 예정이다.", []),  # unnamed people said ahead: too loose
    ("칠레 외교장관은 다음 주 볼리비아를 방문할 예정이었으나 이를 취소했다.", []),
    ("칠레 외교장관은 다음 주 볼리비아를 방문하지 않기로 했다.", []),
])
def test_a_korean_visit_said_ahead_is_the_visit_planned(text, expected):
    assert consults(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ghanaian foreign minister visited Togo on Monday.", [("visit", "occurred", ("GHA", "TGO"))]),
    ("The Ghanaian foreign minister will visit Togo next week.", []),  # the lead's AGREE planned (open: see module)
])
def test_english_visits(text, expected):
    assert consults(text) == expected


def test_english_will_visit_keeps_its_agree():
    assert [(e.type, e.status) for e in events("The Ghanaian foreign minister will visit Togo next week.")] == [
        ("AGREE", "planned")]


@pytest.mark.parametrize("text", [
    "칠레 외교장관은 10일 산티아고에서 볼리비아 외교장관과 회담했다. 볼리비아 외교장관은 다음 달 칠레를 다시 방문할 예정이다.",
    "Chilean Foreign Minister Tomas Arce met Bolivian Foreign Minister Rosa Quispe in Santiago on Tuesday. "
    "Arce and Quispe will meet again in La Paz next month.",
])
def test_a_plan_for_a_later_month_is_not_the_meeting_held(text):
    """pipeline/consolidate.plan_after_held (plans55): a plan whose month lies after the held day is its own event."""
    assert sorted(e.status for e in events(text) if e.type == "CONSULT") == ["occurred", "planned"]
