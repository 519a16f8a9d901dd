"""Who acts and who receives in English when the voice is unnamed or the parties are asked for restraint:
- a quote opening the sentence whose frame names its speaker's body but no state ('"X should stop ...," ministry
  spokesperson Y said') is the voice the story just heard, else the dateline's state (act_quotes.unnamed_voices);
- 'called for restraint by X and Y', 'called for X and Y to ...': X and Y are asked, never the agents
  (act_answers.restrained_parties, joins_names);
- a verb coordinated after 'and again' ends the first act's phrase ('dismissed the statement ... and again blamed X':
  X is the blame's; en.yaml coordinated_verb_re), and a dismissed statement answers the side that just accused;
- a group qualifier is no region acting ('Gulf states urged ...': towns.group_noun) and a list of names opening a
  clause after a fronted phrase are all its subjects (clauses.in_name_list).

Formerly tests/lang/test_en_sides25.py; classes first read as "English act sides, second round (session 18, en25),
end to end on our own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

DAY = "2026-06-03"


def test_an_unnamed_spokesperson_after_a_deed_is_no_ones():
    # the act before was no statement: the spokesperson is not the voice of whoever shelled
    text = ('Angola fired shells across the river on Monday. "Luanda should stop the shelling," foreign ministry '
            "spokesperson Petrus Hamutenya said.")
    assert not any("AGO" in a for a, _ in sides(text, "REQUEST", DAY)), sides(text, "REQUEST", DAY)


@pytest.mark.parametrize("text, actor, asked", [
    ("Norway called for restraint by Sudan and Chad after the border clashes.", "NOR", {"SDN", "TCD"}),
    ("Ireland called for calm from Serbia and Kosovo on Tuesday.", "IRL", {"SRB", "XKX"}),
    ("The Vatican called for Eritrea and Ethiopia to return to talks.", "VAT", {"ERI", "ETH"}),
])
def test_those_asked_for_restraint_are_recipients(text, actor, asked):
    found = sides(text, "REQUEST", DAY)
    assert any(a == [actor] and asked <= set(r) for a, r in found), found


def test_restraint_at_talks_hosted_by_a_state_asks_no_host():
    # 'by' of a venue's host past a preposition names no one asked
    found = sides("Norway called for restraint at talks hosted by Chad.", "REQUEST", DAY)
    assert not any("TCD" in r for _, r in found), found


SIDES = {
    "an_unnamed_spokesperson_after_a_quote_is_the_storys_voice": [
        ('Namibia criticized Angola over the river dispute on Monday. "Luanda should stop inflaming the dispute," '
         "foreign ministry spokesperson Petrus Hamutenya told reporters.", "REQUEST", "NAM", "AGO"),
        ('Slovenia protested to Croatia over the fishing zone on Monday. "We urge Zagreb to respect the ruling," '
         "foreign ministry spokeswoman Mojca Zupan said.", "REQUEST", "SVN", "HRV"),
        ("WINDHOEK, June 3 (Reuters) - \"Luanda should stop inflaming the dispute,\" foreign ministry spokesperson "
         "Petrus Hamutenya told reporters.", "REQUEST", "NAM", "AGO"),
        ('Slovenia protested to Croatia over the fishing zone on Monday. "The zone is ours," foreign ministry '
         "spokeswoman Mojca Zupan said on Tuesday, urging Zagreb to respect the ruling.", "REQUEST", "SVN", "HRV"),
        ('Namibia criticized Angola over the river dispute on Monday. "Luanda should stop inflaming the dispute," '
         "government spokesperson Petrus Hamutenya said on X.", "REQUEST", "NAM", "AGO"),
    ],
    "the_second_verbs_object_is_the_second_acts": [
        ("Bolivia dismissed the report as propaganda and again blamed Chile for the shortages.",
         "ACCUSE", "BOL", "CHL"),
        ("Peru and Chile accused Bolivia of hoarding water on Monday. Bolivia dismissed the statement as \"cheap "
         "theatre\" and again blamed Chile for the drought.", "REJECT", "BOL", "PER"),
        ("Mali rejected the remarks as slander and later accused Niger of sheltering rebels.", "ACCUSE", "MLI", "NER"),
    ],
}


@pytest.mark.parametrize("text, kind, actor, recipient", class_rows(SIDES))
def test_the_act_has_its_sides(text, kind, actor, recipient):
    found = sides(text, kind, DAY)
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "Bolivia dismissed the report as propaganda and again blamed Chile for the shortages.",
    "Mali rejected the remarks as slander and later accused Niger of sheltering rebels.",
])
def test_a_dismissal_does_not_take_the_blamed_as_its_recipient(text):
    found = sides(text, "REJECT", DAY)
    assert not any(r & {"CHL", "NER"} for _, r in ((a, set(r)) for a, r in found)), found


@pytest.mark.parametrize("text, actors", [
    ("Gulf states, including Qatar and Oman, have urged Iran to return to negotiations.", {"QAT", "OMN"}),
    ("In a joint statement, Germany, France and Italy demanded that Serbia withdraw its troops.", {"DEU", "FRA", "ITA"}),
    ("The three Baltic states, Estonia, Latvia and Lithuania, condemned Belarus over the migrant push.",
     {"EST", "LVA", "LTU"}),
])
def test_a_group_acts_as_the_states_named_with_it(text, actors):
    found = sides(text, "REQUEST", DAY) + sides(text, "ACCUSE", DAY)
    assert any(set(a) == actors for a, _ in found), found


@pytest.mark.parametrize("text", [
    "Gulf states urged Iran to return to negotiations.",
    "Gulf states have urged Iran to show restraint.",
])
def test_a_group_naming_no_state_is_no_region_acting(text):
    found = sides(text, "REQUEST", DAY)
    assert not any("PNG" in a for a, _ in found), found


def test_the_datelines_state_beats_the_voice_just_heard():
    # filed from Windhoek: the unnamed ministry is Namibia's even after Angola's own appeal was reported
    text = ('WINDHOEK, June 3 (Reuters) - Angola urged Namibia on Monday to withdraw its patrols. "Luanda should stop '
            'inflaming the dispute," foreign ministry spokesperson Petrus Hamutenya told reporters.')
    found = sides(text, "REQUEST", DAY)
    assert any(a == ["NAM"] and "AGO" in r for a, r in found), found
    assert not any(a == ["AGO"] and "AGO" in r for a, r in found), found
