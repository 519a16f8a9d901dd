"""(acts56b, issue 15) The site an attacker noun's verb struck keeps its kind: 'A suicide bomber struck a market in X'
is X's civilians' (CVL), not X's government's, as 'Rebels struck a market in X' reads (lang/en/act_fire_aims
.attack_victims carries the verb's `site_sector`, `site_place` to the noun's act). Korean twin in the same table.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides

ROWS = [  # (sentence, receiving (country, sector) sides of the ASSAULT)
    ("A suicide bomber struck a market in Herat.", {("AFG", "CVL")}),
    ("Suicide bombers attacked a hotel in Kabul.", {("AFG", "CVL")}),
    ("Suicide bombers attacked an army post in Herat.", {("AFG", "MIL")}),
    ("Rebels struck a market in Herat.", {("AFG", "CVL")}),
    ("자살폭탄 테러범이 헤라트의 시장을 공격했다.", {("AFG", "CVL")}),
]


@pytest.mark.parametrize("text,receiving", ROWS)
def test_struck_site_kind_kept(text, receiving):
    assert sector_sides(text, "ASSAULT")[1] == receiving
