"""act_dates.clause_days reads an act's clause and returns its days and the one day the act takes from it; it changes
nothing on the event (pipeline/acts.added sets the day, in one place).

The stub language puts the whole sentence in one clause; dates are placed by their spans in it.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.base import ActHit
from readout.model import DateRef, Event, Span
from readout.pipeline.act_dates import ClauseDays, clause_days

MON, WED, FRI = date(2031, 3, 3), date(2031, 3, 5), date(2031, 3, 7)
SENT = Span(0, 100, "sentence")


class OneClause:
    """A language whose clause of any word is the sentence's first `end` characters."""

    def __init__(self, end: int = 100):
        self.end = end

    def clause(self, text, tokens, start, end):
        return 0, self.end


def day(value: date, at: int, **data) -> DateRef:
    return DateRef(Span(at, at + 5, "date", dict(data)), value, "day")


def event(kind: str = "COERCE", on: date | None = MON, basis: str | None = "text", status: str = "occurred") -> Event:
    return Event(type=kind, mode=None, status=status, participants=[], date=on, date_precision="day",
                 date_basis=basis)


HIT = ActHit(40, 48, "COERCE", None, "seize")

ROWS = [
    # (label, event, clause end, dates, expected)
    ("the claim's own day over the saying's", event(on=FRI), 100, [day(FRI, 10, said=True), day(MON, 30)],
     ClauseDays([MON], (MON, "day", "text"))),
    ("its clause's day over a closer one of the next clause", event(on=WED), 60, [day(MON, 30), day(WED, 70)],
     ClauseDays([MON], (MON, "day", "text"))),
    ("two days: one act a day, no one day", event(on=MON), 100, [day(MON, 10), day(WED, 30)],
     ClauseDays([MON, WED])),
    ("the day it already has", event(on=MON), 60, [day(MON, 30), day(WED, 70)], ClauseDays([MON])),
    ("a day of the story, not of the text, keeps its day", event(on=WED, basis="narrative"), 60,
     [day(MON, 30), day(WED, 70)], ClauseDays([MON])),
    ("a statement is dated by its report", event(kind="ACCUSE", on=WED), 60, [day(MON, 30), day(WED, 70)],
     ClauseDays([])),
    ("a plan is one plan", event(on=WED, status="planned"), 60, [day(MON, 30), day(WED, 70)], ClauseDays([])),
]


@pytest.mark.parametrize("label,ev,end,dates,expected", ROWS, ids=[r[0] for r in ROWS])
def test_clause_days_returns_the_day_and_leaves_the_event(label, ev, end, dates, expected):
    before = (ev.date, ev.date_precision, ev.date_basis)
    assert clause_days(ev, OneClause(end), "", None, SENT, HIT, dates) == expected
    assert (ev.date, ev.date_precision, ev.date_basis) == before
