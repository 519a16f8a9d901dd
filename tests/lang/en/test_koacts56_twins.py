"""(koacts56, issue 15) The English twins of tests/lang/ko/test_koacts56.py: a ban on protests (COERCE restrict), a
supply cut ordered (the orderer's COERCE), an agentless arrest placed at home (that state's), and an attack named by its bomb (explosives: en_acts_additions 'bomb
attack'). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row


ROWS = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("The Laotian government imposed a ban on protests.", "COERCE", "restrict", {("LAO", "GOV")}, set()),
    ("The Laotian government banned marches.", "COERCE", "restrict", {("LAO", "GOV")}, set()),
    ("The Laotian government allowed the protests.", "COERCE", None, None, None),
    ("The Bolivian president ordered the cutting of power supplies.", "COERCE", "withhold", {("BOL", "GOV")}, set()),
    ("The Bolivian president ordered an inquiry into the accident.", "COERCE", None, None, None),
    ("A bomb attack in Syria killed five villagers.", "ASSAULT", "explosives", set(), {("SYR", "CVL")}),
    ("An attack in Syria killed five villagers.", "ASSAULT", None, set(), {("SYR", "CVL")}),
    ("A Cuban teacher was arrested in Havana.", "COERCE", "arrest", {("CUB", "GOV")}, {("CUB", "EDU")}),
    ("A Cuban teacher was arrested in Cuba.", "COERCE", "arrest", {("CUB", "GOV")}, {("CUB", "EDU")}),
    ("A Cuban teacher was arrested in Madrid.", "COERCE", "arrest", {("ESP", "GOV")}, {("CUB", "EDU")}),
    ("A Cuban teacher was arrested.", "COERCE", None, None, None),
    ("Sri Lankan fishermen were released in India.", "RETREAT", "release", {("IND", "GOV")}, {("LKA", "AGR")}),
    ("Sri Lankan fishermen were released.", "RETREAT", None, None, None),
    # acts56b: a hotel, a bus station are public places a crowd gathers in (crowd_site_heads, a two-word head as a pair)
    ("A suicide bombing took place at a hotel in Mogadishu.", "ASSAULT", "suicide-attack", set(), {("SOM", "CVL")}),
    ("A suicide bombing took place at a bus station in Mombasa.", "ASSAULT", "suicide-attack", set(), {("KEN", "CVL")}),
    ("A car bombing took place at a restaurant in Basra.", "ASSAULT", "explosives", set(), {("IRQ", "CVL")}),
    ("A suicide bombing took place in a field near Mogadishu.", "ASSAULT", None, None, None),
    ("A Kenyan general criticized Mali.", "ACCUSE", "disapprove", {("KEN", "MIL")}, {("MLI", "GOV")}),
    ("Estonian authorities arrested a teacher on charges of spying for Russia.", "COERCE", "arrest", {("EST", "GOV")},
     {("EST", "EDU")}),
    ("A Syrian village was shelled by rebels.", "ASSAULT", "heavy-weapons", {("SYR", "REB")}, {("SYR", "CVL")}),
    # acts56b: a government's bare forces as a passive's agent are the harmed's state's (lang/en/act_bare_forces)
    ("A Syrian village was shelled by government forces.", "ASSAULT", "heavy-weapons", {("SYR", "MIL")},
     {("SYR", "CVL")}),
    ("A Yemeni town was shelled by government troops.", "ASSAULT", "heavy-weapons", {("YEM", "MIL")}, {("YEM", "CVL")}),
    ("A Syrian village was shelled by Turkish government forces.", "ASSAULT", "heavy-weapons", {("TUR", "MIL")},
     {("SYR", "CVL")}),
    ("A village was shelled by government forces.", "ASSAULT", None, None, None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_english_twins_third_round(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)
