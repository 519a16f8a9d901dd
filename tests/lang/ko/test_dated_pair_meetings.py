"""(planned47, issue 13) A date between a pair's genitive and the meeting word ('A와 B의 [내달] 정상회담', 'A, B의 [오는
15일] 회담') is the meeting's day: the pair still names the meeting's parties, as 'A와 B의 정상회담' does
(lang/ko/meeting_lists.date_skipped, `reading_meetings.paired_before_meeting`, `meeting_roles.owner_before`).
Negative rows: a date before another noun ('A와 B의 내달 선거') gives no meeting. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("토고와 베냉의 내달 정상회담이 로메에서 열린다.", "planned", {"TGO", "BEN"}),
    ("토고와 베냉의 오는 15일 정상회담이 취소됐다.", "cancelled", {"TGO", "BEN"}),
    ("토고, 베냉의 다음 달 회담이 로메에서 열린다.", "planned", {"TGO", "BEN"}),
    ("말리와 니제르의 다음 주 외교장관회담이 바마코에서 열린다.", "planned", {"MLI", "NER"}),
]


def consults(text: str) -> list[tuple[str | None, set[str]]]:
    return [(e.status, countries(e.participants)) for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, status, parties", ROWS)
def test_dated_pair_holds_the_meeting(text, status, parties):
    assert (status, parties) in consults(text), events(text)


@pytest.mark.parametrize("text", [
    "토고와 베냉의 내달 선거가 열린다.",
    "말리와 니제르의 다음 주 국경 개방이 논의된다.",
])
def test_dated_pair_before_another_noun(text):
    assert not consults(text), events(text)
