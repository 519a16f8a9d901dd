"""Force used on a crowd by a state's police or troops (domestic49): live rounds fired at protesters are gunfire
(firearms), and a second weapon joined to the first ('fired
tear gas and rubber bullets at students') keeps the people after 'at' as the target: the same state on both sides
(lang/en/act_targets.coordinated_object). Our own sentences (Korean: tests/lang/ko/test_act_aimed_people.py)."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (sentence, ASSAULT actors, ASSAULT recipients, mode)
    ("Police fired tear gas and rubber bullets at students in Quito on Monday.", {"ECU"}, {"ECU"}, "crowd-control"),
    ("Zimbabwean troops fired live rounds at protesters on Monday.", {"ZWE"}, {"ZWE"}, "firearms"),
    ("Riot police fired tear gas or stun grenades at crowds in Lilongwe.", {"MWI"}, {"MWI"}, "crowd-control"),
    # force58: a crowd-control weapon used, sprayed or dispersed with is the force itself, not a dispersal (COERCE)
    ("Gendarmes in Yaounde used water cannons against striking teachers on Thursday.", {"CMR"}, {"CMR"},
     "crowd-control"),
    ("Bolivian riot police sprayed hundreds of miners with pepper spray outside the ministry.", {"BOL"}, {"BOL"},
     "crowd-control"),
    # lead54: gendarmes are police (the Phoenix agents dictionary's gendarmerie: COP), with or without a participle
    ("Gendarmes fired tear gas at nurses in Dakar on Friday.", {"SEN"}, {"SEN"}, "crowd-control"),
    ("Police in Harare dispersed the students with tear gas and batons after they blocked a highway.", {"ZWE"},
     {"ZWE"}, "crowd-control"),
]


@pytest.mark.parametrize("text, actors, recipients, mode", ROWS)
def test_force_on_a_crowd_is_domestic(extract, text, actors, recipients, mode):
    e = first_of(extract(text).events, type="ASSAULT")
    assert ({p.country for p in e.participants}, {p.country for p in e.recipients}, e.mode) == \
        (actors, recipients, mode)


NEGATIVES = [  # (sentence, the type it must not be read as)
    ("The Ecuadorian navy fired warning shots at a Peruvian fishing boat.", "ASSAULT"),  # a warning, no attack
    ("Police in Lusaka dispersed the crowd peacefully after the rally ended.", "ASSAULT"),  # no weapon: no force
    ("Farmers in Ghana used pepper spray to protect their crops from pests.", "ASSAULT"),  # no crowd, no force
    # a weapon used on no one named tells the means of the dispersal, which its own reader codes (PLOVER's example)
    ("Paraguayan police used tear gas to break up a march near the congress in Asuncion.", "ASSAULT"),
]


@pytest.mark.parametrize("text, kind", NEGATIVES)
def test_no_crowd_force(extract, text, kind):
    assert not [e for e in extract(text).events if e.type == kind]


DISPERSED_WITH_WEAPONS = [  # (force59) the dispersal a crowd-control weapon was used for: (sentence, actors, recipients)
    ("Venezuelan riot officers used tear gas to disperse crowds outside the electoral council on Sunday.", {"VEN"}, {"VEN"}),
    ("Paraguayan police used water cannon and rubber bullets to disperse protesters near the congress.",
     {"PRY"}, {"PRY"}),
]


@pytest.mark.parametrize("text, actors, recipients", DISPERSED_WITH_WEAPONS)
def test_a_dispersal_with_crowd_weapons_is_force(extract, text, actors, recipients):
    first = first_of(extract(text).events, type="ASSAULT")
    assert first.mode == "crowd-control"
    assert {p.country for p in first.participants} == actors
    assert {p.country for p in first.recipients} == recipients
    assert first.status == "occurred"


def test_a_dispersal_with_no_weapon_stays_a_restriction(extract):
    text = "Paraguayan police dispersed a crowd of farmers outside the ministry in Asuncion on Monday."
    assert not [e for e in extract(text).events if e.type == "ASSAULT"]


RIOT_POLICE = [  # (force60) a riot noun modifying the police names their kind, no riot: (sentence, ASSAULT actors)
    ("Ecuadorian riot police fired rubber bullets at striking dockworkers in Guayaquil.", {"ECU"}),
    ("Honduran riot officers sprayed pepper spray on hundreds of nurses outside the ministry.", {"HND"}),
    ("Armed Gabonese riot police beat students with batons near the university.", {"GAB"}),
]


@pytest.mark.parametrize("text, actors", RIOT_POLICE)
def test_riot_police_are_no_riot(extract, text, actors):
    found = extract(text).events
    assert not [e for e in found if e.type == "PROTEST"], [(e.type, e.mode) for e in found]
    assert {p.country for e in found if e.type == "ASSAULT" for p in e.participants} == actors


CROWDS_STILL_RIOT = [  # the riot verb and noun, and a protest verb whose object is the police, keep their PROTEST
    "Angry crowds rioted in the Gabonese capital on Saturday after the vote count.",
    "Students in Quito protest police brutality after a teenager's death.",
]


@pytest.mark.parametrize("text", CROWDS_STILL_RIOT)
def test_a_crowd_riot_or_protest_stays(extract, text):
    assert [e for e in extract(text).events if e.type == "PROTEST"], [(e.type, e.mode) for e in extract(text).events]


DATED_DISPERSALS = [  # (force60) 'on Monday' after the purpose is a date, no one the weapon was aimed at
    ("Honduran riot officers used tear gas to disperse striking nurses in Tegucigalpa on Tuesday.", {"HND"}),
    ("Gabonese gendarmes employed water cannon to disperse a crowd of students on 4 March.", {"GAB"}),
]


@pytest.mark.parametrize("text, country", DATED_DISPERSALS)
def test_a_dated_dispersal_with_weapons_is_one_force(extract, text, country):
    found = extract(text).events
    force = [e for e in found if e.type == "ASSAULT"]
    assert len(force) == 1 and not [e for e in found if e.type == "COERCE"], [(e.type, e.mode) for e in found]
    assert {p.country for p in force[0].recipients} == country
