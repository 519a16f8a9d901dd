"""(enarmed68) A pair entry's object noun must head the object, not modify the noun after it: 'attacked government
forces' is an attack on the forces (ASSAULT, the agents table's 'government forces': MIL), no criticism of the
government (the CAMEO pair attack + government, ACCUSE); 'attacked the government' stays that criticism
(act_window.modifier_of_head, cue held_site_heads; act_sides.people_span). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def typed(sentence: str) -> list[tuple[str, set, set]]:
    return [(e.type, {(p.country, p.sector) for p in e.participants if p not in e.recipients},
             {(r.country, r.sector) for r in e.recipients}) for e in events(sentence)]


@pytest.mark.parametrize("sentence, country", [
    ("Chadian rebels attacked government forces near the lake on Friday.", "TCD"),
    ("Syrian rebels attacked government troops outside the town of Hama.", "SYR"),
    ("시리아 반군이 정부군을 공격했다.", "SYR"),  # one Korean noun: no modifier to misread
])
def test_attack_on_government_forces(sentence, country):
    found = typed(sentence)
    assert ("ASSAULT", {(country, "REB")}, {(country, "MIL")}) in found
    assert not any(kind == "ACCUSE" for kind, _, _ in found)


@pytest.mark.parametrize("sentence, country, actor", [
    ("Chile's opposition leader attacked the government over fuel prices.", "CHL", "OPP"),  # the head itself
    ("Kenyan lawmakers attacked the government for the new tax.", "KEN", "LEG"),
    ("칠레 야당 대표는 정부를 맹비난했다.", "CHL", "OPP"),
])
def test_attack_on_the_government_is_criticism(sentence, country, actor):
    found = typed(sentence)
    assert ("ACCUSE", {(country, actor)}, {(country, "GOV")}) in found
    assert not any(kind == "ASSAULT" for kind, _, _ in found)
