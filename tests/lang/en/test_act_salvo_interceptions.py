"""Drones shot down in numbers, named as weapons of attack, or as a pronoun for the salvo told are air defence, no
ASSAULT of the defender (modal46; lang/en/act_interceptions), with sentences of our own. A drone alone, or an aircraft,
shot down keeps its ASSAULT.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, attacker, defender", [
    ("Saudi air defences shot down most of the drones launched from Yemen on Sunday.", None, "SAU"),
    ("Azerbaijan launched rockets at Armenia on Monday. Armenia said it shot them down.", "AZE", "ARM"),
    ("Moldova said it intercepted them.", None, "MDA"),
    ("Romania shot down two kamikaze drones over its territory.", None, "ROU"),
])
def test_salvo_shot_down_is_no_assault_of_the_defender(text, attacker, defender):
    assaults = [e for e in read(text) if e.type == "ASSAULT"]
    assert all(defender not in {p.country for p in e.participants} for e in assaults), assaults
    if attacker is not None:
        assert any(attacker in {p.country for p in e.participants} for e in assaults), assaults


@pytest.mark.parametrize("text, actor, recipient", [
    ("Syria shot down a Turkish reconnaissance drone near the border.", "SYR", "TUR"),
    ("Georgia shot down a Russian fighter jet.", "GEO", "RUS"),
])
def test_aircraft_shot_down_stays_an_assault(text, actor, recipient):
    assert_act(read(text), "ASSAULT", {actor}, {recipient}, "occurred")
