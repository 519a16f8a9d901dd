"""enarmed68b: a country name that is also a person's or a US state's ('Chad', 'Georgia') is vouched for as the state by
an armed agent linked to it by 'in', with a compass word or part between or none ('rebels in northern Chad', 'militants
in the south of Chad', 'troops in Chad'): no person or US state has rebels or troops in it (lang/en/located_agents
.vouching_agent); 'in the south of X' links the agent as 'in southern X' does (located_agent). Police or officials 'in'
such a name stay unvouched (a US state's police), and a person's name stays a person. Korean '차드 남부 반군' reads the
state already. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def sides(text: str, type_: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in events(text) if e.type == type_]


@pytest.mark.parametrize("text, actor, target", [
    ("Rebels in northern Chad attacked an army base at dawn.", ("TCD", "REB"), ("TCD", "MIL")),
    ("Militants in the south of Chad ambushed a police patrol at dawn.", ("TCD", "REB"), ("TCD", "COP")),
    ("Rebels in the east of Niger attacked an army base at dawn.", ("NER", "REB"), ("NER", "MIL")),
    ("차드 남부 반군이 정부군을 공격했다.", ("TCD", "REB"), ("TCD", "MIL")),
])
def test_armed_agent_in_a_guarded_state(text, actor, target):
    assert sides(text, "ASSAULT") == [({actor}, {target})]


@pytest.mark.parametrize("text, code", [
    ("Police in northern Georgia arrested two men at dawn.", "GEO"),
    ("Officials in Georgia praised the new highway plan.", "GEO"),
    ("Rebels in the hills thanked Chad Ramirez for the food.", "TCD"),
])
def test_no_state_without_an_armed_agent(text, code):
    assert code not in {p.country for e in events(text) for p in (*e.participants, *e.recipients)}
