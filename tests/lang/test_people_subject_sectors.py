"""(kocrowd46, issue 14) A Korean people subject keeps its noun's own sector, as English does: farmers AGR, workers
LAB, students EDU acting at home ('농민들이 시위를 벌였다', 'farmers protested'), and the government they act on stays
the receiving side (lang/ko/act_clause_subjects.people_subject, OWN_PEOPLE_SECTORS). Negative rows: residents and
citizens, whose nouns name no sector of their own, stay CVL. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sector_sides

ROWS = {
    "a_people_noun_keeps_its_sector": [
        ("다카르에서 9일 세네갈 농민들이 수입 쌀 관세 인하에 항의하는 시위를 벌였다.", "PROTEST",
         {("SEN", "AGR")}, {("SEN", "GOV")}),
        ("다카르에서 9일 세네갈 노동자들이 임금 동결에 반대하며 파업을 벌였다.", "PROTEST",
         {("SEN", "LAB")}, {("SEN", "GOV")}),
        ("다카르에서 9일 세네갈 농민들이 정부를 비난했다.", "ACCUSE", {("SEN", "AGR")}, {("SEN", "GOV")}),
        ("Senegalese farmers protested against cuts to rice tariffs in Dakar on Friday.", "PROTEST",
         {("SEN", "AGR")}, {("SEN", "GOV")}),
    ],
    "people_of_no_sector_stay_cvl": [
        ("다카르에서 9일 세네갈 주민들이 수도 요금 인상에 항의하는 시위를 벌였다.", "PROTEST",
         {("SEN", "CVL")}, {("SEN", "GOV")}),
    ],
}


@pytest.mark.parametrize("sentence, kind, acting, receiving", class_rows(ROWS))
def test_people_subject_sectors(sentence, kind, acting, receiving):
    assert sector_sides(sentence, kind) == (acting, receiving)
