"""enactors70: Phoenix codes THE_ISLAMIC_STATE (ISIS, ISIL, DAESH) IMGMUSISI: a transnational militarized group of
no state (IMG), so it reads no state of its own, and its long names ('... of Iraq and Syria', from the same block)
hold no state's side. Korean '이슬람국가' reads the same. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides as sides


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("Kenyan troops killed Islamic State militants near the Somali border.", "ASSAULT", {("KEN", "MIL")},
     {("IMG", "REB")}),
    ("ISIL fighters attacked Nigerien troops near Diffa.", "ASSAULT", {("IMG", "REB")}, {("NER", "MIL")}),
    ("Fighters of the Islamic State of Iraq and Syria attacked Kurdish forces near Kobani.", "ASSAULT",
     {("IMG", "REB")}, None),
    ("케냐군이 소말리아 국경 근처에서 이슬람국가 대원들을 사살했다.", "ASSAULT", {("KEN", "MIL")}, {("IMG", "REB")}),
    # negatives: a state's word before the group's name places it (enactors68), another group keeps its state
    ("Senegalese Islamic State militants ambushed Malian troops.", "ASSAULT", {("SEN", "REB")}, {("MLI", "MIL")}),
    ("Houthi fighters attacked Saudi border guards near Jizan.", "ASSAULT", {("YEM", "REB")}, None),
])
def test_islamic_state_is_of_no_state(text, kind, acting, receiving):
    got_acting, got_receiving = sides(text, kind)
    assert got_acting == acting
    if receiving is not None:
        assert got_receiving == receiving
