"""(plans55b, issues 13/15) A planned meeting whose clause names a year after the report's is dated by that year:
'will hold talks in 2029', '2029년 회담을 열 예정이다' stayed undated while a planned deed took its year (plans54/55).
Sentences of our own; published 2026-03-12."""
from __future__ import annotations

import pytest

from tests.event_sides import events

AHEAD = [  # (sentence, year)
    ("Ecuador and Bolivia will hold talks in 2029.", 2029),
    ("Ecuador and Bolivia will hold talks next year.", 2027),
    ("에콰도르와 볼리비아는 2029년 회담을 열 예정이다.", 2029),
    ("에콰도르와 볼리비아는 내년 회담을 열 예정이다.", 2027),
]


@pytest.mark.parametrize("sentence, year", AHEAD)
def test_a_meeting_planned_for_a_year_ahead_is_dated_by_it(sentence, year):
    found = [e for e in events(sentence) if e.type == "CONSULT"]
    assert found and found[0].status == "planned", [(e.type, e.status) for e in events(sentence)]
    assert found[0].date is not None and found[0].date.year == year and found[0].date_precision == "year", \
        (found[0].date, found[0].date_precision)


UNDATED = [  # a year behind the report's, in a background clause: the plan stays undated
    "Ecuador and Bolivia, which have quarrelled over water since 2019, will hold talks.",
    "에콰도르와 볼리비아는 2019년 이후 처음으로 회담을 열 예정이다.",
]


@pytest.mark.parametrize("sentence", UNDATED)
def test_a_year_behind_dates_no_planned_meeting(sentence):
    found = [e for e in events(sentence) if e.type == "CONSULT"]
    assert found and found[0].status == "planned"
    assert found[0].date is None or found[0].date_precision != "year", (found[0].date, found[0].date_precision)


def test_a_month_ahead_keeps_its_month():
    found = [e for e in events("Ecuador and Bolivia will hold talks in May 2029.") if e.type == "CONSULT"]
    assert found and found[0].date_precision == "month" and found[0].date.year == 2029
