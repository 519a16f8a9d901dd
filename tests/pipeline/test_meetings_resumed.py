"""consult15: 'agreed to resume negotiations' / '협상을 재개하기로 합의했다' yields a CONSULT that is planned, with no day
unless one is given: a verb of resuming governs the meeting noun as 'hold' does (en light_verb_before_re), so the
talks to be resumed are the clause's planned meeting, never a held one."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2026, 3, 10)


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed to resume negotiations on their maritime border.",
    "Chile and Peru agreed to restart talks.",
    "칠레와 페루는 해상 국경에 관한 협상을 재개하기로 합의했다.",
])
def test_resumed_talks_are_planned(extract, text):
    found = events_of(extract(text, published=DAY), "CONSULT")
    assert found and all(e.status == "planned" and e.date is None for e in found), \
        [(e.status, e.date) for e in found]


def test_resumed_talks_with_a_day_occurred(extract):
    found = events_of(extract("Chile and Peru resumed negotiations on Monday.", published=DAY), "CONSULT")
    assert [(e.status, e.date) for e in found] == [("occurred", date(2026, 3, 9))]
