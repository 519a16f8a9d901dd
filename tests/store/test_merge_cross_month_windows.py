"""dates62: a record dated by a window of days kept as its first day's month ('앞서 ... 비난한 바 있다', 'had
accused': the week up to the story's day, 28 August to 4 September, kept as August) and another outlet's stated day
inside the window but in the next month are one event's dates (store/merge_dates.window_evidence compares days, not
months); a day past the window's end is not, nor is a whole other month (records.days_within then refines the
record to that day: tests/test_records.py)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.settings import Settings
from readout.store.merge_dates import DateKind, date_evidence
from readout.store.merge_members import Member

WINDOW = (date(2026, 8, 28), date(2026, 9, 4))


def member(key: str, day: date, precision: str, basis: str, window=None) -> Member:
    return Member(key=key, doc_id=key, type="ACCUSE", date=day, precision=precision, basis=basis, place=None,
                  parties={"cty_chl"}, recipients={"cty_bol"}, published=date(2026, 9, 5), window=window)


@pytest.mark.parametrize("other, kind", [
    (member("b", date(2026, 9, 2), "day", "text"), DateKind.IN_WINDOW),  # next month, inside the window
    (member("b", date(2026, 8, 29), "day", "text"), DateKind.IN_WINDOW),  # the window's own month
    # negatives: past the window's end, or a window's month-mate well before it
    (member("b", date(2026, 9, 12), "day", "text"), DateKind.OUT_OF_WINDOW),
    (member("b", date(2026, 8, 3), "day", "text"), DateKind.OUT_OF_WINDOW),
])
def test_a_stated_day_inside_a_cross_month_window_agrees(other, kind):
    windowed = member("a", date(2026, 8, 1), "month", "narrative", WINDOW)
    assert date_evidence(windowed, other, Settings()).kind == kind
    assert date_evidence(other, windowed, Settings()).kind == kind
