"""(plans54, issues 13/15) A planned deed set for a year ahead with no day or month ('next year', '내년') is dated by
that year, year precision, not by the report's day (pipeline/act_dates.year_ahead). Negative rows: a deed of a year
gone by keeps that year's window, a decision taken keeps its own day, a planned deed with a month ahead keeps the
month. Our own sentences, reported on 2026-03-12."""
from __future__ import annotations

from datetime import date

import pytest

from tests.event_sides import events

PUBLISHED = "2026-03-12"

AHEAD = [
    ("Chile will impose sanctions on Bolivia next year.", "SANCTION"),
    ("칠레는 내년 볼리비아에 제재를 부과할 예정이다.", "SANCTION"),
    ("Next year Uruguay plans to deploy troops to its border with Paraguay.", "MOBILIZE"),
    ("우루과이는 내년 파라과이 국경에 병력을 배치할 계획이다.", "MOBILIZE"),
    ("칠레와 볼리비아는 내년 연합훈련을 실시한다.", "COOPERATE"),  # plans56: joint drill
    ("가나는 내년에 토고 외교관들을 추방하기로 결정했다.", "SANCTION"),
]


def dated(text: str, kind: str) -> list[tuple[str, date | None, str | None]]:
    return [(e.status, e.date, e.date_precision) for e in events(text, PUBLISHED) if e.type == kind]


@pytest.mark.parametrize("text, kind", AHEAD)
def test_a_deed_planned_for_next_year_is_dated_by_that_year(text, kind):
    assert ("planned", date(2027, 1, 1), "year") in dated(text, kind), events(text, PUBLISHED)


@pytest.mark.parametrize("text, kind, status, value, precision", [
    ("Chile imposed sanctions on Bolivia last year.", "SANCTION", "occurred", date(2025, 1, 1), "month"),
    ("칠레는 지난해 볼리비아에 제재를 부과했다.", "SANCTION", "occurred", date(2025, 1, 1), "month"),
    ("칠레와 볼리비아는 내년에 연합훈련을 실시하기로 합의했다.", "AGREE", "occurred", date(2026, 3, 12), "day"),
    ("Chile will impose sanctions on Bolivia next month.", "SANCTION", "planned", date(2026, 4, 1), "month"),
    ("칠레는 다음 달 볼리비아에 제재를 부과할 예정이다.", "SANCTION", "planned", date(2026, 4, 1), "month"),
])
def test_other_times_keep_their_dates(text, kind, status, value, precision):
    assert (status, value, precision) in dated(text, kind), events(text, PUBLISHED)
