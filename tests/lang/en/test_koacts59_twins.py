"""(koacts59) English twins of tests/lang/ko/test_koacts59.py: forces' means striking a site, a deed that drew another
side's protest, a journey's destination as the talks' place, a visit noun that took
place (lang/en/taken_visits), a possibility raised, stateless rebels refusing. The
English readers are acts59's (lang/en/act_*): rows English does not read yet are strict xfails naming the fix's place.
Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import check_held_states, check_moded_row, check_no_act, events, sector_sides


def test_forces_means_striking_en():
    check_moded_row("Chilean jets struck a market in Tacna.", "ASSAULT", "aerial", {("CHL", "MIL")}, {("PER", "CVL")})


@pytest.mark.parametrize("text, protester, target", [
    ("Chile's shelling of the town drew a protest from Peru.", ("PER", "GOV"), ("CHL", "GOV")),
    ("Chile's nuclear test drew strong protests from Peru.", ("PER", "GOV"), ("CHL", "GOV")),
])
def test_drawn_protest_en(text, protester, target):
    acting, receiving = sector_sides(text, "ACCUSE")
    assert acting == {protester} and receiving == {target}
    assault = [e for e in events(text) if e.type == "ASSAULT"]
    assert all("PER" not in {p.country for p in e.participants} for e in assault)  # the deed stays its owner's


@pytest.mark.parametrize("text", [
    "Chile's foreign minister flew to Lima for talks with Peru's foreign minister.",
    "Chile's foreign minister left for Lima to hold talks with Peru's foreign minister.",  # acts59b
])
def test_journey_destination_is_the_talks_place_en(text):
    found = [e for e in events(text) if e.type == "CONSULT"]
    assert found and found[0].location is not None and found[0].location.name == "Lima"


@pytest.mark.parametrize("text, parties", [
    ("The Chilean president's visit to Peru took place on Monday.", {"CHL", "PER"}),
    ("The Chilean president's visit to Peru went ahead despite protests.", {"CHL", "PER"}),
    ("The Chilean president's visit to Peru was called off.", None),  # no visit held
])
def test_visit_noun_taken_place_en(text, parties):
    check_held_states(text, "CONSULT", parties)


@pytest.mark.parametrize("text", [
    "Analysts raised the possibility that Chile could attack Peru.",
    "Chile could attack Peru, analysts said.",  # acts59b: act_possible_deeds.trailed_possibility
])
def test_raised_possibility_is_no_act_en(text):
    check_no_act(text, "ASSAULT")


@pytest.mark.parametrize("text, acting, receiving", [
    ("LIMA (Reuters) - The rebels rejected Peru's ceasefire proposal.", {("PER", "REB")}, {("PER", "GOV")}),
    ("The rebels rejected Peru's ceasefire proposal.", None, None),  # no state for the group: not coded
])
def test_stateless_rebels_refusing_en(text, acting, receiving):
    if acting is None:
        check_no_act(text, "REJECT")
        return
    assert sector_sides(text, "REJECT") == (acting, receiving)
