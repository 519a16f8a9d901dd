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
