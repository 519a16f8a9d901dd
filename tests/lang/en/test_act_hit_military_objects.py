"""Force that hits military objects is an attack (hit35), with sentences of our own.

'hit more than 20 military positions', 'hit rebel camps': ASSAULT (CAMEO 190 lists HIT among physical conflict;
entry hit + positions, camps ... as strike has; not a bare 'target', which CAMEO's 'hit the mock target' (MOBILIZE, a
weapons test) names); the plain verb stays a headline criticism ('hit out at X': ACCUSE) and
no attack is read from an economic blow. Korean '목표물 20여 곳을 타격했다' is an attack already (guard row).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 2, 9)


def types(text: str) -> dict[str, tuple[set[str], set[str]]]:
    return {e.type: ({p.country for p in e.participants}, {p.country for p in e.recipients})
            for e in extract_text(text, published=DAY).events}


@pytest.mark.parametrize("text", [
    "Colombian warplanes hit more than 20 military positions in Venezuela on Friday.",
    "Colombian jets hit rebel camps in Venezuela on Friday.",
    "콜롬비아 전투기들이 5일 베네수엘라 내 목표물 20여 곳을 타격했다.",
])
def test_hitting_military_objects_is_an_attack(text):
    assert types(text).get("ASSAULT") == ({"COL"}, {"VEN"})


@pytest.mark.parametrize("text, kind", [
    ("Venezuela's president hit out at Colombia.", "ACCUSE"),
    ("The new tariffs hit Colombian exporters hard.", None),
    ("The Colombian navy hit the mock target in a missile test on Friday.", "MOBILIZE"),
])
def test_other_hits_are_no_attack(text, kind):
    found = types(text)
    assert "ASSAULT" not in found
    assert kind is None or kind in found
