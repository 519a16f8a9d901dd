"""enattack52 (issues 13, 14): English attacks, third round. The harmed a demonym-named armed group of no state ('by
Malian rebels') killed are of that group's state unless their own words name another, and so is one of a state's
forces such a group attacks ('Malian rebels killed a soldier'); coordinated demonyms share the
head noun after them ('US and Dutch forces': both MIL); a town after an attack noun's 'on' ('launched strikes on X')
is the town attacked, while 'protests on Sunday' and 'sanctions on Iran' keep their readings. Our own sentences
(Korean twins: tests/lang/ko/test_attacks52.py)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

ROWS = {  # (sentence, acting (state, sector) pairs that must be among the actors, receiving pairs exactly)
    "named_armed_agent": [  # the passive's subject suffered it; no state word of its own: the agent's state's
        ("A soldier was killed by Malian rebels near Mopti.", {("MLI", "REB")}, {("MLI", "MIL")}),
        ("A policeman was killed by Chadian rebels.", {("TCD", "REB")}, {("TCD", "COP")}),
        ("Two farmers were shot dead by Somali militants on Tuesday.", {("SOM", "REB")}, {("SOM", "AGR")}),
    ],
    "armed_doers_one_of_forces": [  # the active: one of a state's forces attacked by an armed group of no state
        ("Malian rebels killed a soldier on Monday.", {("MLI", "REB")}, {("MLI", "MIL")}),
        ("Somali militants shot a policeman in Baidoa.", {("SOM", "REB")}, {("SOM", "COP")}),
    ],
    "shared_head": [  # one head noun after coordinated demonyms
        ("US and Dutch forces struck an airfield on Monday.", {("USA", "MIL"), ("NLD", "MIL")}, set()),
        ("French and Belgian troops attacked a rebel camp in Mali.", {("FRA", "MIL"), ("BEL", "MIL")},
         {("MLI", "REB")}),
    ],
    "attack_noun_on": [  # the town after an attack noun's 'on' is the town struck
        ("Israel launched strikes on Nablus.", {("ISR", "GOV")}, {("PSE", "GOV")}),
        ("Russia launched air strikes on Lviv.", {("RUS", "GOV")}, {("UKR", "GOV")}),
        ("Malian rebels launched an attack on Kidal on Monday.", {("MLI", "REB")}, {("MLI", "GOV")}),
    ],
    "public_works_struck": [  # a bridge, a dam, a power station: the state's works, as an airport is
        ("Congolese rebels blew up a bridge near Bukavu.", {("COD", "REB")}, {("COD", "GOV")}),
        ("Afghan insurgents bombed a power station near Kandahar.", {("AFG", "REB")}, {("AFG", "GOV")}),
    ],
}

KEPT = [  # (sentence, acting pairs among the actors, receiving pairs)
    ("Two Nigerien soldiers were killed by Malian rebels.", {("MLI", "REB")}, {("NER", "MIL")}),  # their own state
    ("Two soldiers were killed by Turkish forces on Monday.", {("TUR", "MIL")}, set()),  # a state's forces: not theirs
    ("Turkish troops shot a soldier.", {("TUR", "MIL")}, set()),  # the active: no state of his named
    ("Malian rebels killed a Nigerien soldier.", {("MLI", "REB")}, {("NER", "MIL")}),
]


def pairs(entities) -> set[tuple[str, str]]:
    return {(e.country, e.sector) for e in entities}


@pytest.mark.parametrize("text, acting, receiving", class_rows(ROWS) + KEPT)
def test_attack_sides(text, acting, receiving):
    first = first_of(events(text), type="ASSAULT")
    assert acting <= pairs(first.participants), pairs(first.participants)
    assert pairs(first.recipients) == receiving


def test_protest_day_is_no_town():
    """'held protests on Sunday in X': the protest noun's 'on' names a day; the town after 'in' is where."""
    first = first_of(events("Thousands of people held protests on Sunday in Lviv."), type="PROTEST")
    assert pairs(first.participants) == {("UKR", "CVL")}
    assert not [e for e in events("Thousands of people held protests on Sunday in Lviv.") if e.type == "ASSAULT"]


def test_sanctions_on_a_state_stay():
    """'imposed sanctions on Iran': a sanction noun's 'on' names the state sanctioned, no town attacked."""
    found = [e for e in events("The EU imposed sanctions on Iran.") if e.type == "SANCTION"]
    assert found and pairs(found[0].recipients) == {("IRN", "GOV")}


def test_blown_up_line_is_destroyed():
    """'blew up a power line': the lexicon's objects of 'blow up' name a line of the state's works, mode destroy."""
    found = [e for e in events("Congolese rebels blew up a power line near Bukavu.") if e.type == "ASSAULT"]
    assert found and found[0].mode == "destroy"
    assert pairs(found[0].recipients) == {("COD", "GOV")}
