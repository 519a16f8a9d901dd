"""meet50b (issue 13): counterparts met 'one after another' on a day are met that day, in both languages.

- 'A met his counterparts from B and C one after another on Monday': 'one after another' is a manner, no 'after'
  clause, so the day is the meetings' (lexicon `date_subordinate_before_re`, as `clause_bounds.boundary_re` since
  enmeet50); it had been read as a recalled clause's day and the meetings took the publication day.
- Guards: a real 'after' clause's day stays its own; the Korean '잇달아' twin is dated by its day.
Every sentence is our own (real states, invented occasions). Published on a Tuesday, 2026-03-10.
"""
from __future__ import annotations

import datetime

import pytest

from tests.event_sides import events

PUBLISHED = "2026-03-10"
MONDAY = datetime.date(2026, 3, 9)


def consult_days(text: str) -> list[tuple[frozenset[str], datetime.date | None]]:
    return sorted(((frozenset(p.country for p in e.participants), e.date)
                   for e in events(text, published=PUBLISHED) if e.type == "CONSULT"), key=lambda x: sorted(x[0]))


@pytest.mark.parametrize("text", [
    "The Guatemalan foreign minister met his counterparts from Honduras and El Salvador one after another on Monday.",
    "Guatemalan Foreign Minister Carlos Ramiro Martinez met his counterparts from Honduras and El Salvador one after "
    "the other in Antigua on Monday.",
    "과테말라 외교장관은 9일 안티구아에서 온두라스 외교장관, 엘살바도르 외교장관과 잇달아 회담했다.",
])
def test_one_after_another_keeps_the_day(text):
    found = consult_days(text)
    assert found == [(frozenset({"GTM", "HND"}), MONDAY), (frozenset({"GTM", "SLV"}), MONDAY)], found


def test_an_after_clause_keeps_its_own_day():
    text = ("The Guatemalan foreign minister met his Honduran counterpart on Monday, a day after Honduras closed "
            "a border crossing on Sunday.")
    found = consult_days(text)
    assert found == [(frozenset({"GTM", "HND"}), MONDAY)], found
