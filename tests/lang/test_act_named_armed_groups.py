"""(enarmed68) A listed armed group's name gives the group's sector (REB), never the agent noun inside it ('Army' of
'the Free Syrian Army' is no state's army): the group attacking its state's troops is two parts of one state, rebels
against the military (act_named_groups.armed_name_words, act_sides.people_subject). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def sectors(sentence: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants if p not in e.recipients},
             {(r.country, r.sector) for r in e.recipients})
            for e in events(sentence) if e.type == kind]


@pytest.mark.parametrize("sentence, country", [
    ("The Free Syrian Army attacked Syrian troops outside Idlib on Sunday.", "SYR"),
    ("Free Syrian Army fighters ambushed Syrian soldiers near the river.", "SYR"),  # a people noun after the name
    ("The Free Syrian Army killed four Syrian soldiers at a checkpoint.", "SYR"),
    ("The Kachin Independence Army attacked Myanmar troops near the border.", "MMR"),
    ("자유시리아군이 시리아 정부군을 공격했다.", "SYR"),  # the Korean name is one word: no agent noun inside it
])
def test_named_group_attacks_its_states_troops(sentence, country):
    assert sectors(sentence, "ASSAULT") == [({(country, "REB")}, {(country, "MIL")})]


@pytest.mark.parametrize("sentence, side", [
    ("The Syrian army attacked rebels near Homs on Sunday.", ({("SYR", "MIL")}, {("SYR", "REB")})),  # the state's army
    ("Myanmar soldiers attacked rebel positions in Kachin state.", None),  # no listed name: the soldiers act
    ("시리아 정부군이 반군을 공격했다.", ({("SYR", "MIL")}, {("SYR", "REB")})),
])
def test_state_forces_stay_forces(sentence, side):
    found = sectors(sentence, "ASSAULT")
    if side is not None:
        assert found == [side]
    assert all(all(sector != "REB" for _, sector in actors) for actors, _ in found)
