"""(kocrowd46, issue 14) Armed people as the object of a state's force keep their own sector in both languages: gangs
(CRM) and gunmen (UAF) are read as the Phoenix agents dictionary codes them, as rebels (REB) were (koarmed71), not as
the actor's civilians (lang/ko/act_armed_targets.armed_object, OBJECT_ARMED_SECTORS; English domestic_actors). Negative
rows: protesters or villagers arrested stay CVL. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sector_sides

ROWS = {
    "gangs_are_crm": [
        ("포르토프랭스 경찰이 8일 도심의 갱단을 소탕했다.", "ASSAULT", {("HTI", "CRM")}),
        ("아이티 경찰은 8일 포르토프랭스에서 갱단원 6명을 체포했다.", "COERCE", {("HTI", "CRM")}),
        ("Haitian police arrested six gang members in Port-au-Prince on Tuesday.", "COERCE", {("HTI", "CRM")}),
        ("Haitian police raided gangs in Port-au-Prince on Tuesday.", "ASSAULT", {("HTI", "CRM")}),
    ],
    "gunmen_are_uaf": [
        ("아이티 경찰은 8일 포르토프랭스에서 무장 괴한들을 사살했다.", "ASSAULT", {("HTI", "UAF")}),
        ("아이티 경찰은 8일 포르토프랭스에서 무장괴한 2명을 사살했다.", "ASSAULT", {("HTI", "UAF")}),
        ("Haitian police shot dead two gunmen in Port-au-Prince on Tuesday.", "ASSAULT", {("HTI", "UAF")}),
        # the table's phrase before the head noun wins over the noun's own sector ('armed gangs' UAF, not 'gangs' CRM)
        ("Haitian police raided armed gangs in Port-au-Prince on Tuesday.", "ASSAULT", {("HTI", "UAF")}),
    ],
    "unarmed_people_stay_cvl": [
        ("아이티 경찰은 8일 포르토프랭스에서 시위대 6명을 체포했다.", "COERCE", {("HTI", "CVL")}),
        ("Haitian police arrested six protesters in Port-au-Prince on Tuesday.", "COERCE", {("HTI", "CVL")}),
    ],
}


@pytest.mark.parametrize("sentence, kind, receiving", class_rows(ROWS))
def test_armed_group_objects(sentence, kind, receiving):
    assert sector_sides(sentence, kind)[1] == receiving
