"""(kopropose68) A meeting planned, then called off in the clause after a contrast, did not take place: its status is
cancelled, never planned nor occurred ('정상회담이 열릴 예정이었으나 취소됐다', 'The ... summit, which had been scheduled
for Monday, was cancelled'). Our own sentences, both languages, with rows that must not fire: the next clause cancels
something else, changes something else, or a meeting held before an agreement that failed."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consult_statuses(text: str) -> list[str]:
    return [e.status for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "수리남·파라과이 정상회담이 14일 열릴 예정이었으나 취소됐다.",
    "수리남·파라과이 외교장관 회담이 예정됐으나 무산됐다.",
    "수리남과 파라과이는 다음 주 정상회담을 열 예정이었지만 결국 이를 연기했다.",
    "The Suriname-Paraguay summit, which had been scheduled for Monday, was cancelled.",
])
def test_a_meeting_planned_then_called_off_is_cancelled(text):
    assert consult_statuses(text) == ["cancelled"], events(text)


@pytest.mark.parametrize("text, status", [
    ("수리남·파라과이 정상회담이 14일 열릴 예정이었으나 파라과이가 방문을 취소했다.", "planned"),
    ("수리남·파라과이 정상회담이 14일 열릴 예정이었으나 장소가 바뀌었다.", "planned"),
    ("수리남·파라과이 정상회담이 14일 열릴 예정이다.", "planned"),
    ("수리남·파라과이 정상회담이 열렸으나 합의는 무산됐다.", "occurred"),
    ("The Suriname-Paraguay summit, which had been scheduled for Monday, was held in Asuncion.", "occurred"),
])
def test_a_plan_not_called_off_keeps_its_status(text, status):
    assert consult_statuses(text) == [status], events(text)
