"""actors54 (issues 13, 14): who acts on whom where the attackers name no state, English rows (the Korean twins are
in tests/lang/ko/test_actors54.py). Our own sentences, real states, invented towns and people."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import check_class_row

PUB = "2026-03-12"

# (sentence, type, acting (country, sector) pairs among the actors, receiving pairs exactly): acting None means no
# occurred event of the type; receiving None is not judged
ROWS = {
    # 'X came under attack from <armed people of no state>': X's state's group on X (lang/en/act_drawn_disapproval
    # .armed_under_attack leaves it to act_weapon_agents.under_attack)
    "under_attack_from_stateless_armed_people_is_force_suffered": [
        ("Guinean soldiers came under attack from militants.", "ASSAULT", {("GIN", "REB")}, {("GIN", "MIL")}),
        ("Beninese villagers came under attack from gunmen.", "ASSAULT", {("BEN", "UAF")}, {("BEN", "CVL")}),
        ("Guinean soldiers came under attack from Malian rebels.", "ASSAULT", {("MLI", "REB")}, {("GIN", "MIL")}),
        # negative rows: no source named; a source that is no one armed stays unread as force
        ("Guinean soldiers came under attack.", "ASSAULT", None, None),
        ("The Guinean budget came under attack from economists.", "ASSAULT", None, None),
    ],
    # an office suffering a formal charge in the passive ('legal' ACCUSE: impeach, indict) with a 'by' agent is the
    # charged side with its office's sector, as an office suffering force is (lang/en/act_harmed_offices)
    "an_office_charged_in_the_passive_receives_with_its_sector": [
        ("The Ecuadorian president was impeached by parliament.", "ACCUSE", {("ECU", "LEG")}, {("ECU", "GOV")}),
        ("The Ecuadorian president was impeached by lawmakers on Friday.", "ACCUSE", {("ECU", "LEG")},
         {("ECU", "GOV")}),
        ("The Ecuadorian interior minister was indicted by prosecutors.", "ACCUSE", {("ECU", "JUD")},
         {("ECU", "GOV")}),
        ("The Ecuadorian president was impeached by the Ecuadorian parliament.", "ACCUSE",
         {("ECU", "LEG")}, {("ECU", "GOV")}),
        # negative rows: no agent named; a judgment that is no formal charge
        ("The Ecuadorian president was impeached.", "ACCUSE", None, None),
        ("The Ecuadorian president was criticized by lawmakers.", "ACCUSE", None, None),
    ],
    # a bare site an armed group of one state attacks is that state's, with the site's sector
    # (lang/en/act_armed_sites.armed_doers_site); the Korean twins are read ('기지를', '장터를': tests/lang/ko)
    "a_bare_site_of_a_states_armed_group_is_that_states": [
        ("Guinean rebels attacked a village.", "ASSAULT", {("GIN", "REB")}, {("GIN", "CVL")}),
        ("Guinean rebels attacked a base.", "ASSAULT", {("GIN", "REB")}, {("GIN", "MIL")}),
        ("Guinean rebels attacked a crowded market on Sunday.", "ASSAULT", {("GIN", "REB")}, {("GIN", "CVL")}),
        ("Guinean militants attacked the bank.", "ASSAULT", {("GIN", "REB")}, {("GIN", "BUS")}),
        # negative rows: a place or a state's word names the site's state; a state's own troops are no domestic group
        ("Guinean rebels attacked a village near Kankan.", "ASSAULT", {("GIN", "REB")}, {("GIN", "CVL")}),
        ("Guinean rebels attacked a Liberian village.", "ASSAULT", {("GIN", "REB")}, {("LBR", "CVL")}),
        ("Guinean troops attacked a village.", "ASSAULT", {("GIN", "MIL")}, set()),
        # another state named in the sentence: the village may be either's (pipeline armed_site_elsewhere)
        ("Liberia said Guinean rebels shelled a village.", "ASSAULT", {("GIN", "REB")}, set()),
    ],
    # the offices or people of two states struck by armed people of no state, no place named: whose the doers are is
    # not told, so no event (pipeline/act_struck_holders.struck_several_states)
    "two_states_struck_by_stateless_armed_people_give_no_doer": [
        ("Gunmen shot the governor of Guinea and the governor of Liberia.", "ASSAULT", None, None),
        # negative rows: one state struck is that state's; armed people named with a state act as it
        ("Gunmen shot the governor of Guinea.", "ASSAULT", {("GIN", "UAF")}, {("GIN", "GOV")}),
        ("Liberian gunmen shot the governor of Guinea and the governor of Sierra Leone.", "ASSAULT",
         {("LBR", "UAF")}, {("GIN", "GOV"), ("SLE", "GOV")}),
    ],
}


@pytest.mark.parametrize("sentence, type_, acting, receiving", class_rows(ROWS))
def test_actors54_classes(sentence, type_, acting, receiving):
    check_class_row(sentence, PUB, type_, acting, receiving)


def test_killed_journalists_twin():
    """The English twin of the Korean topic row: the passive's subject is the harmed, with its own sector."""
    check_class_row("Two Ecuadorian journalists were killed by rebels.", PUB, "ASSAULT", {("ECU", "REB")},
                    {("ECU", "JRN")})
