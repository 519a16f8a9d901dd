"""(enfix47) Armed people's victims in a state whose name is also a given name: after a locative ('in Chad', 'in northern
Chad', 'across eastern Jordan') a guarded state name whose other readings are no place (countries.yaml `placed`) is the
state's land, as an unguarded name is, with no other state named in the sentence; and attackers named by their attack
noun ('Suicide bombers attacked ...') hit a military site's forces (MIL), as 'Militants attacked ...' does. Korean
'차드' is no given name: its rows read already."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides, sides

IN_THE_LAND = [
    ("Militants attacked an army base in Chad on Saturday.", {("TCD", "REB")}, {("TCD", "MIL")}),
    ("Gunmen killed nine herders in eastern Chad.", {("TCD", "UAF")}, None),
    ("Militants shelled an army checkpoint in northern Jordan overnight.", {("JOR", "REB")}, {("JOR", "MIL")}),
    ("Suicide bombers attacked an army post in northern Chad.", {("TCD", "REB")}, {("TCD", "MIL")}),
    ("Suicide bombers attacked a military outpost in eastern Mali.", {("MLI", "REB")}, {("MLI", "MIL")}),
    ("무장세력이 차드 북부의 군 기지를 공격했다.", {("TCD", "REB")}, {("TCD", "MIL")}),
]


@pytest.mark.parametrize("text, acting, receiving", IN_THE_LAND)
def test_armed_people_act_in_the_named_land(text, acting, receiving):
    actors, receivers = sector_sides(text, "ASSAULT")
    assert actors == acting, (actors, receivers)
    if receiving is not None:
        assert receivers == receiving, receivers


# negative rows: the name touched by a capitalized word (a lake, a person), a name with no locative, and a US state
# or region (not `placed`) read no state
NO_STATE = [
    "Gunmen ambushed a convoy near Lake Chad on Friday.",
    "Gunmen attacked fishermen on an island in Lake Chad.",
    "Gunmen attacked a farm owned by Chad Miller in Texas.",
    "Gunmen attacked the home of a man named Chad in Ohio.",
    "Gunmen attacked a bank in Georgia on Friday.",
]


@pytest.mark.parametrize("text", NO_STATE)
def test_no_placed_state(text):
    found = sides(text, "ASSAULT")
    assert not any({"TCD", "GEO"} & (set(a) | set(r)) for a, r in found), found
