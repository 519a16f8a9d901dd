"""(koacts57, issues 13/15) English twins of tests/lang/ko/test_koacts57.py: a refused demand owned by a part of the
refusing state (lang/en/act_refused_demands), a visit judged ('criticized the visit', koclause56, kept). Every
sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events

SIDES = lambda parts: {(p.country, p.sector) for p in parts}  # noqa: E731


def first_of(text: str, kind: str):
    """The first event of `kind` in `text`, or None."""
    return next((e for e in events(text) if e.type == kind), None)


@pytest.mark.parametrize("text,acting,receiving,mode", [
    ("Kenya's government rejected the opposition's demand to rerun the vote.", ("KEN", "GOV"), {("KEN", "OPP")},
     "change"),
    ("Ghana's government rejected the union's demand to raise wages.", ("GHA", "GOV"), {("GHA", "LAB")}, "change"),
    ("Malawi's president rejected the opposition's calls to step down.", ("MWI", "GOV"), {("MWI", "OPP")}, "change"),
    # guard row: a state owner as before
    ("Zambia's government rejected Uganda's demand to release the prisoners.", ("ZMB", "GOV"), {("UGA", "GOV")},
     "yield"),
])
def test_refused_demand_owned_at_home_en(text, acting, receiving, mode):
    e = first_of(text, "REJECT")
    assert e is not None, [x.type for x in events(text)]
    assert acting in SIDES(e.participants)
    assert SIDES(e.recipients) == receiving
    assert e.mode == mode


def test_visit_judged_en():
    e = first_of("Tanzania's president visited Kenya. Uganda criticized the visit.", "ACCUSE")
    assert e is not None and {p.country for p in e.recipients} == {"TZA", "KEN"}


@pytest.mark.parametrize("text,receiving", [
    ("Pakistan released the fishermen India had detained last month.", {("PAK", "AGR")}),
    ("Sri Lanka released the fishermen India detained in March.", {("LKA", "AGR")}),
    # guard rows: a demonym names the people's state; a name after a title is the person's
    ("Sri Lanka released the Indian fishermen.", {("IND", "AGR")}),
    ("Sri Lanka released opposition leader Ranil Perera on Monday.", {("LKA", "OPP")}),
])
def test_released_people_not_their_captor_en(text, receiving):
    e = first_of(text, "RETREAT")
    assert e is not None and e.mode == "release", [x.type for x in events(text)]
    assert SIDES(e.recipients) == receiving


@pytest.mark.parametrize("text,receiving", [
    ("Boko Haram attacked a market in Maiduguri. Nigeria accused the group of terrorism.", {("NGA", "REB")}),
    ("Boko Haram attacked a market in Maiduguri. Nigeria accused the group of the attack.", {("NGA", "REB")}),
])
def test_group_accused_of_a_crime_en(text, receiving):
    """'the group of [a crime or a deed]' is the group the story named (group_back_re), not 'a group of people'."""
    e = first_of(text, "ACCUSE")
    assert e is not None and SIDES(e.recipients) == receiving
