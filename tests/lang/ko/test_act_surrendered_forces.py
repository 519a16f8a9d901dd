"""(kopar54, issue 15) Armed people surrendering to a state's forces: the rebels of that state act, its forces receive
(RETREAT disarm), as English 'The rebels surrendered to the army of X' reads (lang/ko/act_surrendered_forces.py)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def surrender(text: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(r.country, r.sector) for r in e.recipients})
            for e in events(text) if (e.type, e.mode) == ("RETREAT", "disarm")]


ROWS = [
    ("반군은 말리군에 항복했다.", {("MLI", "REB")}, {("MLI", "MIL")}),
    ("반군 200명이 나이지리아군에 투항했다.", {("NGA", "REB")}, {("NGA", "MIL")}),
    ("차드 반군은 정부군에 항복했다.", {("TCD", "REB")}, {("TCD", "MIL")}),
    ("무장세력은 니제르군에 투항했다.", {("NER", "REB")}, {("NER", "MIL")}),
]


@pytest.mark.parametrize("text,acting,receiving", ROWS)
def test_armed_people_surrender_to_the_states_forces(text, acting, receiving):
    assert surrender(text) == [(acting, receiving)]


def test_no_surrender_no_force_side():
    """A refusal by rebels is no surrender; rebels surrendering to no force named get no force side."""
    assert not surrender("반군은 정부와의 협상을 거부했다.")
    assert all(("MLI", "MIL") not in receiving for _, receiving in surrender("말리 반군은 항복했다."))


@pytest.mark.parametrize("text", ["The rebels surrendered to the army of Chad.", "Rebels in Niger surrendered to the army."])
def test_english_reads_the_same(text):
    found = [({p.sector for p in e.participants}, {r.sector for r in e.recipients})
             for e in events(text) if (e.type, e.mode) == ("RETREAT", "disarm")]
    assert found == [({"REB"}, {"MIL"})]
