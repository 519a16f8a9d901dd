"""(towns48, issue 13) English twins of tests/lang/ko/test_town_site_places.py and test_locative_runs.py: a town's site struck names the town
as the place, no doer ('the air strike on a hospital in Kyiv'); a state's people before a locative town are not in
that state ('Chilean president ... in Bamako'). Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import events_of


def article(text: str):
    return extract_text(text, "towns48.txt", "2026-03-02")


@pytest.mark.parametrize("text", [
    "Sweden condemned the air strike on a Kyiv hospital on Tuesday.",
])
def test_a_towns_site_struck_names_no_doer(text):
    a = article(text)
    doers = {p.country for e in events_of(a, "ASSAULT") for p in e.participants}
    assert not doers & {"UKR", "SDN"}, [(e.type, [p.name for p in e.participants]) for e in a.events]


@pytest.mark.parametrize("text, place, not_place", [
    ("The Chilean president spoke in downtown Bamako on Wednesday.", "Bamako", "Chile"),
    ("Malian troops clashed with rebels near Bamako on Wednesday.", "Bamako", "Mali"),
])
def test_a_states_people_are_not_placed_in_their_state(text, place, not_place):
    got = {p.name for p in article(text).places if p.span.data.get("locative")}
    assert place in got and not_place not in got, got
