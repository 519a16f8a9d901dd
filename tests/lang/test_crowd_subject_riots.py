"""(kocrowd46, issue 13) Only a crowd's attack on property is its riot, in both languages: the subject must name a
crowd (Korean cue crowd_noun read by lang/ko/act_crowd_riots.crowd_subject; English `crowd_nouns`), so protesters, a
crowd, rioters or students attacking a building or a vehicle is PROTEST riot, while traders, farmers or rebels attacking
the same property stay ASSAULT. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_crowd_noun_subject_riots": [
        ("아순시온에서 4일 폭도들이 세무서 건물을 공격했다.", "PROTEST", {"PRY"}, None, OCC, "riot"),
        ("아순시온에서 4일 분노한 군중이 파출소를 습격했다.", "PROTEST", {"PRY"}, None, OCC, "riot"),
        ("아순시온에서 4일 시위자들이 순찰차를 공격했다.", "PROTEST", {"PRY"}, None, OCC, "riot"),
        ("아순시온에서 4일 시위대 수백 명이 시청을 습격했다.", "PROTEST", {"PRY"}, None, OCC, "riot"),
        ("A crowd in Asuncion attacked a police station on Monday.", "PROTEST", {"PRY"}, None, OCC, "riot"),
    ],
    "other_people_or_armed_subjects_stay_assault": [
        ("아순시온에서 4일 상인들이 세무서 건물을 공격했다.", "ASSAULT", {"PRY"}, None, OCC, None),
        ("아순시온에서 4일 농민들이 시청을 습격했다.", "ASSAULT", {"PRY"}, None, OCC, None),
        ("아순시온에서 4일 반군이 시청을 공격했다.", "ASSAULT", {"PRY"}, None, OCC, None),
        ("Paraguayan traders attacked a police station in Asuncion on Monday.", "ASSAULT", {"PRY"}, None, OCC,
         None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_crowd_subject_riots(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)


@pytest.mark.parametrize("sentence", [row[0] for row in ROWS["other_people_or_armed_subjects_stay_assault"]])
def test_no_riot_without_a_crowd(sentence):
    found = events(sentence)
    assert not [e for e in found if e.type == "PROTEST" and e.mode == "riot"], found
