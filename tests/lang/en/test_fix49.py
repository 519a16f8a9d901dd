"""enfix49 (issues 13, 14, 15): English act readings still astray, one class each, with negative rows beside them:

- a site of trade an attack lands on ('shelled a market in X', 'a strike on a bazaar in X') is the place's civilians
  (CVL), a shop's, a mall's or a bank's premises its business (BUS), not its government (lang/en/act_site_sectors.py,
  pipeline/act_target_sectors.site_target_sector);
- a noun act's 'by' agent ends at the next finite verb ('A cyberattack by X's hackers hit banks in Y': X acts, Y's
  banks (BUS) receive) (lang/en/act_agent_ends.py);
- an armed group's target placed in another state ('struck rebel positions near Y's town') is that state's group
  (REB), not its government (pipeline/act_target_sectors.outside_target_sector);
- migrants repatriated are deported (COERCE deport, the manual's individual deportations); captives and refugees
  repatriated stay released (RETREAT, the manual's 'repatriation of refugees') (scripts/data/en_acts_additions.yaml);
- an act's object that is an armed group after a backer's compound ('condemned the Russia-backed rebels in X') aims at
  the group of its own land, not at the backer (lang/en/act_backed_targets.py, pipeline/act_backed_targets.py);
- a body's noun before ', which' ('The bloc, which sent troops to X') is the relative's antecedent, the body the
  story named (lang/en/body_antecedents.py).

Every sentence is our own (invented wording; real states and capitals). Published on Thursday 2026-03-12.
"""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events, first_of, sector_sides

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
    "an_armed_group_placed_abroad_is_of_the_place": [
        ("Chadian troops struck rebel positions in Niger on Friday.", "ASSAULT", {("NER", "REB")}),
        ("Chadian troops shelled rebel positions near Niamey on Friday.", "ASSAULT", {("NER", "REB")}),
        ("Chad's envoy to Niger said its troops struck rebel positions near Niamey.", "ASSAULT", {("NER", "REB")}),
        # negative rows: people of no armed group placed abroad are the place's state's, never REB (its army's
        # positions its forces, MIL, since victims49 and entwins49); a group at home stays the actor's
        ("Chadian troops struck army positions in Niger on Friday.", "ASSAULT", {("NER", "MIL")}),
        ("Chadian police arrested six rebels in Ndjamena on Friday.", "COERCE", {("TCD", "REB")}),
    ],
    "a_by_agent_ends_at_the_next_verb": [
        ("A cyberattack by Chinese hackers hit banks in Taiwan on Friday.", "COERCE", {("TWN", "BUS")}),
        ("A cyberattack by hackers in Iran hit banks in Qatar on Friday.", "COERCE", {("QAT", "BUS")}),
        ("An attack by Malian soldiers struck a village in Niger on Friday.", "ASSAULT", {("NER", "CVL")}),
        # negative rows: a site of the state stays its government's; an agent with no verb after it stays whole
        ("A cyberattack by Chinese hackers hit the ministry in Taipei on Friday.", "COERCE", {("TWN", "GOV")}),
        ("Niger condemned an attack by the Malian border guard force on Friday.", "ACCUSE", {("MLI", "MIL")}),
    ],
}


@pytest.mark.parametrize("sentence, type_, receiving", class_rows(SECTOR_ROWS))
def test_fix49_sectors(sentence, type_, receiving):
    assert sector_sides(sentence, type_)[1] == receiving


# (sentence, type, actors, recipients): actors None means no event of the type; recipients None is not judged
ROWS = {
    "migrants_repatriated_are_deported": [
        ("Hungary repatriated sixty migrants to Moldova on Monday.", "COERCE", {"HUN"}, {"MDA"}),
        ("Hungary repatriated sixty migrants to Moldova on Monday.", "RETREAT", None, None),
        ("Hungary repatriated dozens of asylum seekers to Tunisia last week.", "COERCE", {"HUN"}, {"TUN"}),
        ("헝가리는 9일 이주민 60명을 몰도바로 송환했다.", "COERCE", {"HUN"}, {"MDA"}),
        # negative rows: captives and refugees repatriated are released (RETREAT), as the manual codes them
        ("Hungary repatriated nine prisoners of war to Moldova on Monday.", "RETREAT", {"HUN"}, {"MDA"}),
        ("Hungary repatriated nine prisoners of war to Moldova on Monday.", "COERCE", None, None),
        ("Kenya repatriated four hundred refugees to Burundi this week.", "RETREAT", {"KEN"}, {"BDI"}),
        ("Kenya repatriated four hundred refugees to Burundi this week.", "COERCE", None, None),
        ("헝가리는 9일 몰도바 포로 9명을 송환했다.", "RETREAT", {"HUN"}, {"MDA"}),
    ],
    "a_body_noun_before_which_is_its_antecedent": [
        ("The European Union met in Brussels. The bloc, which sent troops to Gabon, said it would stay.", "MOBILIZE",
         {"EUR"}, None),
        ("NATO ministers met in Oslo. The military alliance, which sent troops to Latvia last year, will stay.",
         "MOBILIZE", {"IGO"}, None),
        # negative rows: a group noun that is no body, or a body the story never named, gives the act no body
        ("Farmers met in Lyon. The group, which sent trucks to Paris, said it would stay.", "MOBILIZE", None, None),
        ("Ministers met in Oslo. The bloc, which sent troops to Gabon, said it would stay.", "MOBILIZE", None, None),
    ],
    "a_backed_group_is_of_its_own_land": [
        ("Peru condemned the Iran-backed militias in Iraq on Friday.", "ACCUSE", {"PER"}, {"IRQ"}),
        ("Heavy fighting went on in Mali. Peru condemned the Russia-backed fighters on Friday.", "ACCUSE", {"PER"},
         {"MLI"}),
        ("Peru praised the U.S.-backed rebels in Syria on Friday.", "SUPPORT", {"PER"}, {"SYR"}),
        # negative rows: a backed group the story places nowhere keeps its backer; a government backed is no group;
        # the backer named as the object itself stays the target
        ("Peru condemned the Iran-backed militias on Friday.", "ACCUSE", {"PER"}, {"IRN"}),
        ("Peru condemned the Iran-backed government in Iraq on Friday.", "ACCUSE", {"PER"}, {"IRN"}),
        ("Peru condemned Iran for arming militias in Iraq on Friday.", "ACCUSE", {"PER"}, {"IRN"}),
    ],
}


@pytest.mark.parametrize("sentence, type_, actors, recipients", class_rows(ROWS))
def test_fix49_classes(sentence, type_, actors, recipients):
    assert_act(events(sentence, PUB), type_, actors or set(), recipients, None if actors is None else "occurred")


@pytest.mark.parametrize("sentence, type_, acting", [
    ("A cyberattack by Chinese hackers hit banks in Taiwan on Friday.", "COERCE", {"CHN"}),
    ("An attack by Malian soldiers struck a village in Niger on Friday.", "ASSAULT", {"MLI"}),
    # negative row: a 'by' agent that is the whole subject keeps its words
    ("Niger condemned an attack by the Malian border guard force on Friday.", "ACCUSE", {"NER"}),
])
def test_fix49_by_agent_doers(sentence, type_, acting):
    first = first_of(events(sentence, PUB), type=type_)
    receiving = {r.country for r in first.recipients}
    assert {p.country for p in first.participants} - receiving == acting
