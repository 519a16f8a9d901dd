"""actors54b (issues 13, 14): sides and actors, second round, Korean rows (the English twins are in
tests/lang/en/test_actors54b.py). Our own sentences, real states, invented towns and people."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import check_class_row

PUB = "2026-03-12"

# (sentence, type, acting (country, sector) pairs among the actors, receiving pairs exactly): acting None means no
# occurred event of the type; receiving None is not judged
ROWS = {
    # a state's forces written in one word ('수단군', kiwi: one NNP) or with a bound head ('니제르 군/NNB') suffering
    # force from armed people of no state are that state's forces (lang/ko/act_organs.first_sector_in)
    "a_states_joined_forces_word_suffering_force_is_its_military": [
        ("수단군은 반군의 공격을 받았다.", "ASSAULT", {("SDN", "REB")}, {("SDN", "MIL")}),
        ("부룬디군이 무장괴한들에 의해 공격당했다.", "ASSAULT", {("BDI", "UAF")}, {("BDI", "MIL")}),
        ("니제르군은 반군의 공격을 받았다.", "ASSAULT", {("NER", "REB")}, {("NER", "MIL")}),
        ("무장괴한들이 부룬디군을 공격했다.", "ASSAULT", {("BDI", "UAF")}, {("BDI", "MIL")}),
        # guard rows: the state's people and its government keep their sectors
        ("수단 주민들은 반군의 공격을 받았다.", "ASSAULT", {("SDN", "REB")}, {("SDN", "CVL")}),
        ("수단 정부는 반군의 공격을 받았다.", "ASSAULT", {("SDN", "REB")}, {("SDN", "GOV")}),
    ],
    # the Korean twins of the English office charged in the passive (read so since actors54; guard rows)
    "an_office_charged_by_a_bare_body_is_its_own_states": [
        ("파라과이 대통령이 의회에 의해 탄핵됐다.", "ACCUSE", {("PRY", "LEG")}, {("PRY", "GOV")}),
        ("파라과이의 대통령은 의회에 의해 탄핵됐다.", "ACCUSE", {("PRY", "LEG")}, {("PRY", "GOV")}),
    ],
    # a coordinated object of force with one head noun ('A 대통령과 B 대통령을') is one target of both states
    # (lang/ko/act_coordinated_targets): two states struck by armed people of no state, no place named, give no doer
    # (as English 'Gunmen shot the governor of X and the governor of Y'); armed people of a state strike both
    "a_coordinated_object_of_force_is_one_target": [
        ("무장괴한들이 기니 주지사와 라이베리아 주지사를 저격했다.", "ASSAULT", None, None),
        ("무장괴한들이 기니 군인들과 라이베리아 군인들을 공격했다.", "ASSAULT", None, None),
        ("시에라리온 무장괴한들이 기니 대통령과 라이베리아 대통령을 저격했다.", "ASSAULT", {("SLE", "UAF")},
         {("GIN", "GOV"), ("LBR", "GOV")}),
        # guard rows: one state struck; a different head before 과/와 is no coordinated object
        ("무장괴한들이 기니 대통령을 저격했다.", "ASSAULT", {("GIN", "UAF")}, {("GIN", "GOV")}),
        ("러시아군은 벨라루스군과 함께 우크라이나군을 공격했다.", "ASSAULT", {("RUS", "MIL"), ("BLR", "MIL")},
         {("UKR", "MIL")}),
    ],
}


@pytest.mark.parametrize("sentence, type_, acting, receiving", class_rows(ROWS))
def test_actors54b_classes(sentence, type_, acting, receiving):
    check_class_row(sentence, PUB, type_, acting, receiving)
