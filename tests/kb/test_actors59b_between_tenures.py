"""(actors59b, issue 14) A person named on a day between two listed tenures, covered by none, is of the nearest
earlier tenure's state where that was a state's office, else of no state (kb/resolve.between_tenures): the last
tenure, which stood for every such day before, names a post not yet held. Days covered, before every tenure or after
every one keep their reading."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from readout.kb.knowledge import Knowledge
from readout.kb.resolve import OUT_OF_OFFICE, between_tenures

NATIONAL = SimpleNamespace(office="prime_minister", country="AAA", from_=date(2010, 1, 1), to=date(2014, 6, 30))
BODY = SimpleNamespace(office="un_official", country="UNO", from_=date(2015, 1, 1), to=date(2019, 12, 31))
AGAIN = SimpleNamespace(office="president", country="AAA", from_=date(2022, 1, 1), to=None)


def invented(*offices) -> SimpleNamespace:
    return SimpleNamespace(offices=list(offices), tenure_country=lambda t: t.country)


@pytest.mark.parametrize("day, held", [
    (date(2014, 9, 1), [NATIONAL]),  # after a state's office, before a body's post: the state's
    (date(2021, 3, 1), [OUT_OF_OFFICE]),  # after a body's post, before a state's office: no one's
    (date(2012, 3, 1), []),  # covered: the covering tenure decides, as before
    (date(2008, 3, 1), []),  # before every tenure: before_every_tenure decides
    (date(2026, 3, 1), []),  # after the last began: the last
    (None, []),
])
def test_a_day_between_tenures(day, held):
    assert between_tenures(invented(AGAIN, BODY, NATIONAL), day) == held


@pytest.mark.parametrize("name, day, country", [
    ("Mark Rutte", date(2024, 8, 1), "NLD"),  # between his premiership and NATO: the Netherlands', not NATO's
    ("Michelle Bachelet", date(2018, 6, 1), "CHL"),  # between her presidency and the UN post: Chile's
    ("Donald Tusk", date(2021, 6, 1), None),  # between the European Council and Poland's premiership: no state's
    ("Donald Tusk", date(2018, 6, 1), "EUR"),  # covered days keep their reading
    ("Donald Tusk", date(2025, 6, 1), "POL"),
])
def test_a_person_between_tenures(name, day, country):
    assert Knowledge.load().resolver.resolve(name, day=day).country == country
