"""Meetings whose English parties are a state's forces or ministries ('Thai police met their Malaysian
counterparts'): a country word before police, troops, a ministry ... is the state as a meeting party, with the
group's sector (lexicon/en.yaml `state_group_re`; pipeline/states.py), as for officials and delegations.
Every sentence here is our own."""
from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2021, 3, 10)


def meetings(text: str):
    return events_of(extract_text(text, published=DAY), "CONSULT")


@pytest.mark.parametrize("text, parties, sectors", [
    ("Chilean police met their Peruvian counterparts in Lima on Tuesday.", {"CHL", "PER"}, {"CHL": "COP"}),
    ("Kenyan troops held talks with Ugandan troops near the border on Monday.", {"KEN", "UGA"},
     {"KEN": "MIL", "UGA": "MIL"}),
    ("The Chilean foreign ministry held talks with Peruvian officials on Monday.", {"CHL", "PER"}, {"PER": "GOV"}),
    ("The Kenyan navy met the Tanzanian coast guard in Mombasa on Friday.", {"KEN", "TZA"}, {}),
])
def test_forces_and_ministries_meet_as_their_states(text, parties, sectors):
    (e,) = meetings(text)
    assert countries(e.participants) == parties and e.status == "occurred"
    got = {p.country: p.sector for p in e.participants}
    assert all(got[c] == s for c, s in sectors.items())


@pytest.mark.parametrize("text", [
    "Russian troops met fierce resistance near the river on Monday.",  # one state: no meeting of two
    "Chilean police will meet Peruvian police next month.",  # a plan of unnamed parties: too loose
    "Chilean police arrested Peruvian fishermen on Monday.",  # no meeting word
])
def test_no_meeting_of_forces(text):
    assert not [e for e in meetings(text) if any(p.kind == "country" for p in e.participants)]


# negotiations about a meeting to come ('in talks to arrange a summit') are no meeting of their own: the
# prepared meeting is read, planned, with its own parties
@pytest.mark.parametrize("text", [
    "Chile and Peru are in talks to arrange a summit between President Gabriel Boric and President Dina Boluarte.",
    "Chile and Peru are in discussions on holding a meeting between President Gabriel Boric and President Dina Boluarte next month.",
])
def test_negotiations_preparing_a_meeting_are_no_meeting(text):
    found = events_of(extract_text(text, published=date(2024, 3, 10)), "CONSULT")
    assert found and all(e.status == "planned" for e in found)


def test_talks_held_stay_held():
    (e,) = meetings("Chilean and Peruvian officials held talks in Lima on Monday.")
    assert e.status == "occurred"


@pytest.mark.parametrize("text", [
    "Chile renewed its efforts to resume talks with Peru.",
    "Chile backed Peru's efforts to hold talks with Bolivia.",
    "Chile made a fresh bid to restart talks with Peru.",
])
def test_a_meeting_named_as_the_goal_of_efforts_is_none(text):
    assert not meetings(text)
