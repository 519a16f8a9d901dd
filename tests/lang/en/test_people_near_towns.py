"""(ensubj46) People located near or outside a town ('villagers near Kidal', 'farmers outside Kaya') are of the
town's state, as people in it are (place_agents.agent_in_place_mentions); a town no list knows followed by a comma and a
state's name ('near Zorgho, Burkina Faso') is a town of that state. Korean '부르키나파소 조르고 인근 주민들' names the
state with the town already."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides


@pytest.mark.parametrize("text, state", [
    ("Militias attacked villagers near Kidal on Sunday.", "MLI"),
    ("Militias attacked herders outside Mopti, officials said.", "MLI"),
    ("Gunmen abducted farmers near Zorgho, Burkina Faso, on Friday.", "BFA"),
    ("Militias raided villagers in Tambacounda Ouest, Senegal.", "SEN"),
    ("무장세력이 부르키나파소 조르고 인근 주민들을 공격했다.", "BFA"),
])
def test_people_near_a_town_are_of_its_state(text, state):
    acting, receiving = sector_sides(text, "ASSAULT")
    assert {c for c, _ in acting} == {state} and {c for c, _ in receiving} == {state}, (acting, receiving)


# negative rows: a people noun with its own state keeps it; a person's name before a comma and a state is no town
@pytest.mark.parametrize("text, state", [
    ("Malian troops attacked Nigerien herders near Mopti.", "NER"),
])
def test_people_with_a_state_of_their_own_keep_it(text, state):
    acting, receiving = sector_sides(text, "ASSAULT")
    assert state in {c for c, _ in receiving}, (acting, receiving)


def test_a_town_comma_state_reads_the_state():
    from readout.lang.en.place_agents import comma_state
    assert comma_state("near Zorgho, Burkina Faso, on Friday", len("near Zorgho")) == "BFA"
    assert comma_state("near Zorgho, officials said", len("near Zorgho")) is None
    assert comma_state("near Zorgho and Kaya", len("near Zorgho")) is None
