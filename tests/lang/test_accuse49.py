"""enaccuse49 (issue 15): the day of a plan told in a second clause, in both languages: a plan a clause after 'and
said' tells keeps its own weekday, not the day of the first clause's judging; a day is a saying's only next to the
saying word."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.en.dates import find_dates as en_dates
from tests.event_sides import events

PUBLISHED = "2026-03-12"  # a Thursday: the Friday before is the 6th, the Monday after that the 9th
REPORT = date(2026, 3, 12)


def plan_days(text: str) -> list[tuple[str, date]]:
    return [(e.status, e.date) for e in events(text, PUBLISHED) if e.type == "SANCTION"]


@pytest.mark.parametrize("text, day", [
    # a plan told in a clause after 'and said' takes its own weekday, not the judging's Friday
    ("Uruguay on Friday condemned Paraguay and said it would recall its ambassador on Monday.", date(2026, 3, 16)),
    ("On Friday Uruguay condemned Paraguay, said it would recall its ambassador on Monday.", date(2026, 3, 16)),
    ("우루과이는 금요일 파라과이를 비난하고 월요일 대사를 소환하겠다고 밝혔다.", date(2026, 3, 9)),
    # negative: a plan with no day of its own keeps the day of its saying
    ("Uruguay on Friday condemned Paraguay and said it would recall its ambassador.", date(2026, 3, 6)),
])
def test_a_plan_in_a_second_clause_takes_its_own_weekday(text, day):
    assert plan_days(text) == [("planned", day)]


@pytest.mark.parametrize("text, reporting", [
    # a saying word far before the day, at the start of the reading window, is no saying of that day
    ("Uruguay on Friday condemned Paraguay and said it would recall its ambassador on Monday.", False),
    ("The ministry in Montevideo said it would send its own ambassador home on Monday.", False),
    # negative: a day right after the saying word, or right before it, is the saying's
    ("Uruguay condemned Paraguay and said on Monday that it would recall its ambassador.", True),
    ("The Uruguayan foreign ministry in Montevideo said on Monday it would recall its envoy.", True),
])
def test_a_day_is_the_saying_s_only_next_to_the_saying_word(text, reporting):
    monday = [d for d in en_dates(text, 0, REPORT, 300) if d.value and d.value.weekday() == 0]
    assert [d.reporting for d in monday] == [reporting]
