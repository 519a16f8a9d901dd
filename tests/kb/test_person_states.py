"""kb/heads.py person_state: the one state of the known people a name, surname or Hangul form names
(followers' side: 'Haftar's forces', '마두로 지지자들')."""
from __future__ import annotations

import pytest

from readout.kb.heads import person_state


@pytest.mark.parametrize("name, state", [
    ("Haftar", ("LBY", "MIL")),  # curated, a commander
    ("Khalifa Haftar", ("LBY", "MIL")),
    ("하프타르", ("LBY", "MIL")),
    ("Maduro", ("VEN", "MIL")),
    ("Dagalo", ("SDN", "REB")),  # the world table says rebel
    ("Assad", ("SYR", "MIL")),  # curated: named by his own name though a world-table body is called 'ASSAD'
    ("Putin", ("RUS", "MIL")),
])
def test_a_known_persons_state(name, state):
    assert person_state(name) == state


@pytest.mark.parametrize("name", [
    "Government", "Syria", "Syrian", "rebels", "Nobody Atall",
    "Coalition",  # the last word of a group's row ('Syrian National Coalition')
    "Fatah",  # a listed body's name, though also a minister's surname in the world table
    "Front",  # a group's head word
])
def test_an_agent_noun_a_country_form_or_an_unknown_name_is_no_person(name):
    assert person_state(name) is None
