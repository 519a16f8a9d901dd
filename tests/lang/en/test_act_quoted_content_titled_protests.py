"""English acts of statements (koacts38): a demand's "that" clause in quotes ('demanded that B "reopen the border and
agree to talks"') is the demand's content, no act of its own; a protest voiced by an official whose title names a portfolio
('vice foreign minister for U.S. affairs') is the official's state's ACCUSE, not the portfolio's state's; the critic of a meeting ('condemned the visit of B to C') is no party of it. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

QUOTED_CONTENT = [
    ("Chile's foreign ministry demanded that Peru \"reopen the border and agree to talks.\"",
     [("REQUEST", {"CHL"}, {"PER"}, "occurred"), ("AGREE", None, None, None), ("SUPPORT", None, None, None)]),
    ("Chile demanded that Peru 'halt its provocations and respond to dialogue.'",
     [("REQUEST", {"CHL"}, {"PER"}, "occurred"), ("AGREE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", QUOTED_CONTENT)
def test_quoted_demand_content_is_no_act(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status in expected:
        assert_act(events, type_, actors, recipients, status)


TITLED_PROTESTS = [
    ("Chile's deputy foreign minister for Asian affairs sharply criticized Peru's seizure of the fishing boats.",
     [("ACCUSE", {"CHL"}, {"PER"}, "occurred")]),
    ("North Korea's vice foreign minister in charge of U.S. affairs denounced Japan's naval drills.",
     [("ACCUSE", {"PRK"}, {"JPN"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", TITLED_PROTESTS)
def test_titled_official_protest_is_the_state_s(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status in expected:
        assert_act(events, type_, actors, recipients, status)
        assert {e.country for e in next(e for e in events if e.type == type_).participants} == actors


JUDGED_MEETINGS = [
    "Bolivian Defense Minister Juan Perez condemned the visit of Colombian Defense Minister Mario Duque and Ecuadorian "
    "Defense Minister Rosa Ibarra to a border post.",
    "Bolivian Defense Minister Juan Perez slammed Colombian Defense Minister Mario Duque's visit to Chile.",
]


@pytest.mark.parametrize("text", JUDGED_MEETINGS)
def test_judge_of_a_meeting_is_no_party(text):
    events = extract_text(text, published=DAY).events
    assert any(e.type == "ACCUSE" and "BOL" in {p.country for p in e.participants} for e in events), events
    assert not [e for e in events if e.type == "CONSULT" and "BOL" in {p.country for p in e.participants}]


def test_welcome_of_a_visit_keeps_the_host():
    events = extract_text("Bolivian Defense Minister Juan Perez welcomed the visit of Colombian Defense Minister Mario "
                          "Duque to La Paz.", published=DAY).events
    assert any(e.type == "CONSULT" and {p.country for p in e.participants} == {"BOL", "COL"} for e in events)
