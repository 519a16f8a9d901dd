"""(kocrowd46, issue 14) Soldiers named by their role are the state's armed forces (MIL) in both languages: Korean
writes a military role as a stem and 병 ('의무병', '소총병', '보병', '저격병': agents.yaml soldier_role_stems_ko), English
as a role noun ('snipers', 'riflemen'). 병 is no person suffix: a disease or a bottle ('당뇨병', '물병') or a hospital
('병원') names no soldiers. Our own sentences."""
from __future__ import annotations

import pytest

from readout.lang.ko.agents import sector_of
from tests.conftest import class_rows
from tests.event_sides import sector_sides

ROWS = {
    "role_soldiers_act_as_the_states_forces": [
        ("니아메 북쪽에서 니제르 육군 의무병들이 마을을 습격했다.", "ASSAULT", {("NER", "MIL")}),
        ("니아메 북쪽에서 니제르 소총병들이 무장 단체 조직원 3명을 사살했다.", "ASSAULT", {("NER", "MIL")}),
        ("니아메 북쪽에서 니제르 보병들이 반군을 공격했다.", "ASSAULT", {("NER", "MIL")}),
        ("Nigerien snipers shot dead three militants north of Niamey.", "ASSAULT", {("NER", "MIL")}),
        ("Nigerien riflemen attacked a rebel camp north of Niamey.", "ASSAULT", {("NER", "MIL")}),
    ],
    "a_disease_word_names_no_soldiers": [
        ("니아메에서 당뇨병 환자들이 보험 축소에 항의하며 시위를 벌였다.", "PROTEST", {("NER", "CVL")}),
    ],
}


@pytest.mark.parametrize("sentence, kind, acting", class_rows(ROWS))
def test_role_soldiers(sentence, kind, acting):
    assert sector_sides(sentence, kind)[0] == acting


@pytest.mark.parametrize("noun, soldier", [
    ("의무병", True), ("소총병들", True), ("저격병", True), ("공병", True), ("포병", True),
    ("당뇨병", False), ("물병", False), ("병원", False), ("전염병", False), ("병", False),
])
def test_soldier_role_nouns(noun, soldier):
    assert (sector_of(noun) == "MIL") is soldier
