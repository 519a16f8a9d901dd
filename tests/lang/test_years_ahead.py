"""plans55 (issues 13/15): a bare year after the report's ('in 2028', '2028년에') dates a plan by that year (year
precision), in both languages, as 'next year' / '내년' do; a bare year behind the report's stays as before (a
background's year, undated), and a year with its month or day keeps the finer date. Reports of 2026-03-12; every
sentence is our own (lang/en/dates.relative_dates, lang/ko/dates.relative_dates: `year_ahead`). Open: a meeting
planned for a bare year ('will hold talks in 2027', '2027년 회담을 열 예정이다') stays undated (the meeting builder's
dating, pipeline/meeting_build, takes no year-precision plan)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def dated(text: str, kind: str) -> list[tuple]:
    return [(e.status, str(e.date), e.date_precision) for e in events(text) if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("Uruguay will impose sanctions on Paraguay in 2029.", "SANCTION", [("planned", "2029-01-01", "year")]),
    ("우루과이는 2029년에 파라과이에 제재를 부과할 계획이다.", "SANCTION", [("planned", "2029-01-01", "year")]),
    ("Ecuador will sever diplomatic ties with Colombia in 2027.", "SANCTION", [("planned", "2027-01-01", "year")]),
    # guard rows: a finer date with its year, the relative year
    ("우루과이는 2029년 3월 파라과이에 제재를 부과할 계획이다.", "SANCTION", [("planned", "2029-03-01", "month")]),
    ("Uruguay will impose sanctions on Paraguay next year.", "SANCTION", [("planned", "2027-01-01", "year")]),
])
def test_a_year_ahead_dates_the_plan(text, kind, expected):
    assert dated(text, kind) == expected


@pytest.mark.parametrize("text", [
    "Ecuador and Colombia held talks on Tuesday, their first since 2019.",
    "에콰도르와 콜롬비아는 10일 회담했다. 양국은 2019년 이후 처음 만났다.",
])
def test_a_year_behind_is_no_date_of_the_meeting(text):
    assert [d for _s, d, _p in dated(text, "CONSULT")] == ["2026-03-10"]
