"""(actors59, issue 14) A person named on a day before every tenure the knowledge base lists for him is of his first
listed office's state (kb/resolve.before_every_tenure), not of the post he took last; other days keep their reading
(the tenure covering the day, else the last one)."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from readout.kb.knowledge import Knowledge
from readout.kb.resolve import before_every_tenure

FIRST = SimpleNamespace(office="prime_minister", from_=date(2015, 1, 1))
LAST = SimpleNamespace(office="eu_council_president", from_=date(2024, 12, 1))


@pytest.mark.parametrize("day, held", [
    (date(2006, 5, 1), [FIRST]),  # before every tenure: the first
    (date(2019, 5, 1), []),  # a tenure began before the day: the covering or last one decides, as before
    (date(2026, 3, 1), []),
    (None, []),
])
def test_a_day_before_every_tenure_takes_the_first(day, held):
    assert before_every_tenure(SimpleNamespace(offices=[LAST, FIRST]), day) == held


@pytest.mark.parametrize("name, day, country", [
    ("Antonio Costa", date(2006, 5, 1), "PRT"),  # before his first listed office (PM): Portugal's, not the EU's
    ("Antonio Costa", date(2019, 5, 1), "PRT"),
    ("Antonio Costa", date(2026, 3, 1), "EUR"),
    ("Kaja Kallas", date(2018, 5, 1), "EST"),
])
def test_a_person_before_his_first_office_is_of_its_state(name, day, country):
    assert Knowledge.load().resolver.resolve(name, day=day).country == country


@pytest.mark.parametrize("roles, day, code", [
    ("AAA GOV 2005-01-01..2011-06-30", date(2010, 6, 2), "AAA"),  # a dated role covering the day
    ("AAA GOV 2005-01-01..2011-06-30", date(2012, 6, 2), None),  # ended: no role in force
    ("AAA ELI ..", date(2010, 6, 2), None),  # an elite role says nothing of the day
    (None, date(2010, 6, 2), None),
])
def test_the_role_in_force(roles, day, code):
    from readout.kb.leaders import parse_role, role_in_force

    person = tuple(parse_role(r) for r in roles.split(";")) if roles else ()
    role = role_in_force(person, day)
    assert (role.code if role else None) == code


@pytest.mark.parametrize("day, country", [
    (date(2010, 6, 2), "SDN"),  # two rows of one name disagree: the one holding a role that day decides
    (date(2015, 6, 2), "SSD"),
])
def test_rows_of_one_name_that_disagree_ask_the_role_in_force(day, country):
    from readout.kb.leaders import leader

    assert leader("Salva Kiir", day, titled=False)[0] == country
