"""(enarmed68) An agent linked to a state by 'in' keeps its sector across a compass word before the state's name:
'rebels in northern Mali' are Mali's rebels (REB), as 'rebels in Mali' are, not its government
(located_agents.LINK_BEFORE_RE). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def sectors(sentence: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants if p not in e.recipients},
             {(r.country, r.sector) for r in e.recipients})
            for e in events(sentence) if e.type == kind]


@pytest.mark.parametrize("sentence, country", [
    ("Rebels in northern Sudan attacked an army post on Sunday.", "SDN"),
    ("Insurgents in eastern Niger attacked an army post near the border.", "NER"),
    ("Rebels in north-western Sudan attacked a police station.", "SDN"),
    ("Rebels in Sudan attacked an army post on Sunday.", "SDN"),  # no compass word: the link the reader knew
    ("수단 북부의 반군이 군 초소를 공격했다.", "SDN"),
])
def test_rebels_in_a_region_of_a_state(sentence, country):
    found = sectors(sentence, "ASSAULT")
    assert found and all((country, "REB") in actors for actors, _ in found)


@pytest.mark.parametrize("sentence, country", [
    ("Sudanese troops in northern Sudan attacked a rebel camp.", "SDN"),  # the adjective owns the agent
    ("Officials in northern Sudan met aid groups on Sunday.", "SDN"),
])
def test_owned_or_state_agents_stay(sentence, country):
    for kind in ("ASSAULT", "CONSULT"):
        assert all((country, "REB") not in actors for actors, _ in sectors(sentence, kind))


def test_compass_place_after_the_object_is_the_acts():
    """'attacked policemen in eastern Niger': the phrase after the object says where; the police are attacked there,
    and the gunmen take the state of the place, not the police's sector."""
    assert sectors("Gunmen attacked policemen in eastern Niger.", "ASSAULT") == [({("NER", "UAF")}, {("NER", "COP")})]
