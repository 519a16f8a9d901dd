"""enfix49 (issues 13, 14, 15): English act readings still astray, one class each, with negative rows beside them:

- a site of trade an attack lands on ('shelled a market in X', 'a strike on a bazaar in X') is the place's civilians
  (CVL), a shop's, a mall's or a bank's premises its business (BUS), not its government (lang/en/act_site_sectors.py,
  pipeline/act_target_sectors.site_target_sector);

Every sentence is our own (invented wording; real states and capitals). Published on Thursday 2026-03-12.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sector_sides

PUB = "2026-03-12"

# (sentence, type, the receiving (country, sector) pairs)
SECTOR_ROWS = {
    "a_site_of_trade_struck_is_its_people": [
        ("Eritrea shelled a busy market in Mekele overnight.", "ASSAULT", {("ETH", "CVL")}),
        ("Eritrean drones struck two bazaars in the Ethiopian city of Mekele on Sunday.", "ASSAULT",
         {("ETH", "CVL")}),
        ("Eritrea shelled a large shopping mall in Mekele overnight.", "ASSAULT", {("ETH", "BUS")}),
        ("Eritrean artillery hit several shops near Mekele overnight.", "ASSAULT", {("ETH", "BUS")}),
        # negative rows: a state body's site stays the state's; people named at the site keep their own sector
        ("Eritrea shelled a ministry building in Mekele overnight.", "ASSAULT", {("ETH", "GOV")}),
        ("Eritrea shelled Ethiopian soldiers at a market near Mekele.", "ASSAULT", {("ETH", "MIL")}),
        ("Eritrea shelled Addis Ababa overnight.", "ASSAULT", {("ETH", "GOV")}),
    ],
}


@pytest.mark.parametrize("sentence, type_, receiving", class_rows(SECTOR_ROWS))
def test_fix49_sectors(sentence, type_, receiving):
    assert sector_sides(sentence, type_)[1] == receiving
