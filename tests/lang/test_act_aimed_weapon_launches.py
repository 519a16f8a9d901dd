"""Weapons launched AT a target ('launched rockets and drones at power stations', '발전소를 겨냥해 로켓과 드론을
발사했다') are an attack (PLOVER ASSAULT), not a show of force (MOBILIZE), also when the launch names more than one
weapon; weapons of different kinds launched together strike from the air (ASSAULT aerial). Every sentence here
is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2025, 6, 10)


@pytest.mark.parametrize("sentence, mode", [
    ("Belarus launched rockets and drones at power stations in Lithuania.", "aerial"),
    ("Belarus fired rockets and shells at a Lithuanian town.", "heavy-weapons"),
    ("벨라루스는 리투아니아의 발전소를 겨냥해 로켓과 드론을 발사했다.", None),
])
def test_a_launch_at_a_target_is_an_assault(sentence, mode):
    article = extract_text(sentence, published=DAY)
    (e,) = events_of(article, "ASSAULT")
    assert countries(e.participants) == {"BLR"} and (mode is None or e.mode == mode)
    assert not events_of(article, "MOBILIZE")


def test_weapons_launched_into_the_sea_stay_a_show_of_force():
    (e,) = events_of(extract_text("Belarus launched missiles and rockets into the sea.", published=DAY), "MOBILIZE")
    assert countries(e.participants) == {"BLR"}
