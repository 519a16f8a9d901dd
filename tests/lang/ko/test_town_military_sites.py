"""(kodeed47, issue 14) A military site in a town belongs to the forces of the town's state: '[하르키우의] 군사 기지를',
'[아베셰의] 공군 기지를' (a known city in the genitive before a military site phrase, lang/ko/town_sites) receive as that
state's MIL, as English 'attacked a military base in Abeche' reads it. Negative rows: a city before no military site
('X의 시장을') gives its state no forces, and a word no gazetteer knows names no state.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sector_sides

ROWS = [  # (sentence, (country, sector) that must receive)
    ("러시아군이 5일 하르키우의 군사 기지를 공격했다.", ("UKR", "MIL")),
    ("러시아군이 5일 하르키우의 공군 기지를 공습했다.", ("UKR", "MIL")),
    ("수단 반군이 5일 아베셰의 군사 시설을 공격했다.", ("TCD", "MIL")),
    ("Sudanese rebels attacked a military base in Abeche on Monday.", ("TCD", "MIL")),
]


@pytest.mark.parametrize("sentence, side", ROWS)
def test_site_in_a_town_is_the_towns_states_forces(sentence, side):
    acting, receiving = sector_sides(sentence, "ASSAULT")
    assert side in receiving, (acting, receiving)


@pytest.mark.parametrize("sentence, side", [
    ("러시아군이 5일 하르키우의 시장을 공격했다.", ("UKR", "MIL")),  # a market, no forces' site
    ("수단 반군이 5일 오로바니의 군사 기지를 공격했다.", ("TCD", "MIL")),  # an invented word: no town known
])
def test_no_town_site_no_forces(sentence, side):
    for e in events(sentence):
        assert side not in {(r.country, r.sector) for r in e.recipients}
