"""actors54b (issues 13, 14): sides and actors, second round, English rows (the Korean twins are in
tests/lang/ko/test_actors54b.py). Our own sentences, real states, invented towns and people."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import check_class_row

PUB = "2026-03-12"

# (sentence, type, acting (country, sector) pairs among the actors, receiving pairs exactly): acting None means no
# occurred event of the type; receiving None is not judged
ROWS = {
    # a word of intensity between 'under' and the attack noun is the same suffered force
    # (lang/en/act_weapon_agents.under_token, `under_attack_modifiers`)
    "an_attack_under_which_with_a_word_of_intensity_is_force_suffered": [
        ("Sudanese soldiers came under heavy attack from militants.", "ASSAULT", {("SDN", "REB")}, {("SDN", "MIL")}),
        ("Burundian villagers came under fierce attack from gunmen.", "ASSAULT", {("BDI", "UAF")},
         {("BDI", "CVL")}),
        ("Sudanese soldiers came under sustained attack from Chadian rebels.", "ASSAULT", {("TCD", "REB")},
         {("SDN", "MIL")}),
        # negative rows: no source named; a source of no armed people; a word that is no intensity between
        ("Sudanese soldiers came under heavy attack.", "ASSAULT", None, None),
        ("The Sudanese budget came under heavy attack from economists.", "ASSAULT", None, None),
    ],
    # an office of the one state named, charged in the passive by a body of no state named, is that state's body's
    # domestic act, however the owner is written (pipeline/act_struck_holders.charged_office_state)
    "an_office_charged_by_a_bare_body_is_its_own_states": [
        ("Paraguay's president was impeached by lawmakers.", "ACCUSE", {("PRY", "LEG")}, {("PRY", "GOV")}),
        ("The president of Paraguay was impeached by parliament.", "ACCUSE", {("PRY", "LEG")}, {("PRY", "GOV")}),
        ("Paraguay's defence minister was indicted by prosecutors.", "ACCUSE", {("PRY", "JUD")}, {("PRY", "GOV")}),
        ("The Paraguayan president was impeached by lawmakers.", "ACCUSE", {("PRY", "LEG")}, {("PRY", "GOV")}),
        # negative rows: no agent; a judgment that is no formal charge
        ("Paraguay's president was impeached.", "ACCUSE", None, None),
        ("Paraguay's president was criticized by lawmakers.", "ACCUSE", None, None),
    ],
    # the English twins of the Korean coordinated object (read so since actors54; guard rows)
    "a_coordinated_object_of_force_is_one_target": [
        ("Gunmen shot the president of Guinea and the president of Liberia.", "ASSAULT", None, None),
        ("Sierra Leonean gunmen shot the president of Guinea and the president of Liberia.", "ASSAULT",
         {("SLE", "UAF")}, {("GIN", "GOV"), ("LBR", "GOV")}),
    ],
}


@pytest.mark.parametrize("sentence, type_, acting, receiving", class_rows(ROWS))
def test_actors54b_classes(sentence, type_, acting, receiving):
    check_class_row(sentence, PUB, type_, acting, receiving)
