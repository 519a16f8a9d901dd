"""(enriot46, issue 13) Rioters, a mob and looters are a crowd, in both languages: their attack on property no one
named owns is PROTEST riot against their own state, as protesters' is, not ASSAULT by an armed opposition and not
nothing. English: the nouns are people nouns (`domestic_actors`) and crowd nouns (`crowd_nouns`), with the Phoenix
agents dictionary's sectors (RIOTER OPP, MOB CVL) except LOOTER, coded CVL (readout/data/agents.yaml) since a crowd's
looting is no armed opposition's force. Korean: '폭도들' is a crowd noun (lang/ko cue crowd_noun). Negative rows:
rioters attacking people, rebels or gunmen attacking a station, stay ASSAULT. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_crowd_noun_attacking_property_riots": [
        ("Rioters in Accra attacked a police station before dawn.", "PROTEST", {"GHA"}, {"GHA"}, OCC, "riot"),
        ("An angry mob attacked a police station in Dakar late on Sunday.", "PROTEST", {"SEN"}, {"SEN"}, OCC,
         "riot"),
        ("A mob in Accra attacked the district courthouse.", "PROTEST", {"GHA"}, {"GHA"}, OCC, "riot"),
        ("Looters in Dakar attacked a police station and two shops.", "PROTEST", {"SEN"}, {"SEN"}, OCC, "riot"),
        ("Looters stormed a warehouse in Accra overnight.", "PROTEST", {"GHA"}, {"GHA"}, OCC, "riot"),
        ("성난 폭도들이 아크라의 경찰서를 공격했다.", "PROTEST", {"GHA"}, {"GHA"}, OCC, "riot"),
    ],
    "people_attacked_or_an_armed_side_is_no_riot": [
        ("Rioters attacked police officers in Accra before dawn.", "ASSAULT", {"GHA"}, None, OCC, None),
        ("Rebels in Dakar attacked a police station late on Sunday.", "ASSAULT", {"SEN"}, None, OCC, None),
        ("Gunmen attacked a police station in Accra before dawn.", "ASSAULT", {"GHA"}, None, OCC, None),
        ("아크라에서 폭도들이 경찰관들을 공격했다.", "ASSAULT", {"GHA"}, None, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_crowd_noun_riots(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)


@pytest.mark.parametrize("sentence", [row[0] for row in ROWS["a_crowd_noun_attacking_property_riots"]])
def test_the_riot_is_the_one_event(sentence):
    """The riot is the crowd's one act: no ASSAULT beside it."""
    found = events(sentence)
    assert not [e for e in found if e.type == "ASSAULT"], found


@pytest.mark.parametrize("sentence", [row[0] for row in ROWS["people_attacked_or_an_armed_side_is_no_riot"]])
def test_no_riot_where_people_are_attacked_or_an_armed_side_attacks(sentence):
    found = events(sentence)
    assert not [e for e in found if e.type == "PROTEST" and e.mode == "riot"], found
