"""(koattack50, issue 14) A state named bare as the owner of the people or place an attack struck takes the target's
sector (pipeline/act_target_sectors.outside_target_sector): '[미얀마의] 마을을 공격했다' hits Myanmar's villagers, CVL, as
'attacked a Myanmar village' reads; a town of that state between them too. Negative rows: a military site keeps MIL,
a palace GOV.
"""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides

ROWS = [  # (sentence, receiving (country, sector))
    ("태국군이 5일 미얀마의 마을을 공격했다.", ("MMR", "CVL")),
    ("한국군이 5일 미얀마 미야와디의 마을을 포격했다.", ("MMR", "CVL")),
    ("Thai troops attacked a Myanmar village on Monday.", ("MMR", "CVL")),
    ("태국군이 5일 미얀마의 군 기지를 공격했다.", ("MMR", "MIL")),
    ("러시아군이 5일 우크라이나의 대통령궁을 공격했다.", ("UKR", "GOV")),
]


@pytest.mark.parametrize("sentence, receiving", ROWS)
def test_owner_of_the_struck_takes_its_sector(sentence, receiving):
    assert sector_sides(sentence, "ASSAULT")[1] == {receiving}
