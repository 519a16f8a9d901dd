"""enactors70: those who left a state's body are no part of it: Phoenix codes ARMY_DESERTER, NAVY_DESERTER,
MILITARY_DEFECTOR [~OPP]; a deserter or defector noun after any state body's word takes its own sector
(lang/en/agents.leaver_heads, read off the agent table), and a domestic act whose acting words name a part no state
body speaks for keeps that part (pipeline/act_side_entities.sided: NON_STATE_SECTORS), not the government. Korean '탈영병'
reads the same. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides as sides


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("Eritrean army deserters ambushed a police patrol near Asmara.", "ASSAULT", {("ERI", "OPP")}, {("ERI", "COP")}),
    ("Venezuelan army defectors accused Colombia of harboring spies.", "ACCUSE", {("VEN", "OPP")},
     {("COL", "GOV")}),
    ("Gabonese police deserters accused Cameroon of harboring spies.", "ACCUSE", {("GAB", "OPP")}, {("CMR", "GOV")}),
    ("Eritrean deserters ambushed a police patrol near Asmara.", "ASSAULT", {("ERI", "OPP")}, {("ERI", "COP")}),
    ("Eritrean activists attacked a police station near Asmara.", "ASSAULT", {("ERI", "OPP")}, {("ERI", "COP")}),
    ("에리트레아 탈영병들이 아스마라 인근에서 경찰 순찰대를 공격했다.", "ASSAULT", {("ERI", "OPP")}, None),
    # negatives: the body's own people keep its sector
    ("Eritrean army officers ambushed Sudanese police near the border.", "ASSAULT", {("ERI", "MIL")}, None),
    ("Venezuelan military officers accused Colombia of harboring spies.", "ACCUSE", {("VEN", "MIL")},
     {("COL", "GOV")}),
])
def test_leavers_are_no_part_of_the_body(text, kind, acting, receiving):
    got_acting, got_receiving = sides(text, kind)
    assert got_acting == acting
    if receiving is not None:
        assert got_receiving == receiving
