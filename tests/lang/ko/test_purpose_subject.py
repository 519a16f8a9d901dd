"""(force59) A subject (이/가) before a purpose clause is the main clause's too: Korean gives a clause in -려고, -려,
-러 the subject of the clause it leads into ('경찰이 [시위대를 해산하려고] 최루탄을 쐈다': the police fired), and the
'also did' of 'V-기도 했다' names no second subject (lang/ko/clauses.purpose_of, act_clause_subjects.people_subject). A travel ban a
measure puts on a person ('출국금지 조치를 내렸다') is COERCE restrict (ko_acts.yaml). Our own sentences."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

FIRED = [  # (sentence, type, actors, recipients)
    ("칠레 경찰이 항만 노동자들을 해산하려고 물대포를 쐈다.", "ASSAULT", {"CHL"}, {"CHL"}),
    ("케냐 경찰이 도로를 막은 학생들을 해산하려 고무탄을 쏘기도 했다.", "ASSAULT", {"KEN"}, {"KEN"}),
    ("말리 정부군이 북부 거점을 되찾으려고 반군 진지를 포격했다.", "ASSAULT", {"MLI"}, {"MLI"}),  # kofix49: the rebels'
    # post is the rebels' (MLI REB), as '반군을 포격했다' is
    ("페루 경찰이 시위를 막으려고 야당 대표를 체포하기도 했다.", "COERCE", {"PER"}, {"PER"}),
]

# a story's bare police named with no state: the people subject of the state its places name
PLACED = "가나 수도 아크라에서 12일 물가 인상에 항의하는 시위가 열렸다. 의사당 앞에서는 경찰이 군중을 해산하려 최루탄을 쏘기도 했다."


@pytest.mark.parametrize("text, kind, actors, recipients", FIRED)
def test_the_subject_before_a_purpose_clause_acts(extract, text, kind, actors, recipients):
    first = first_of(extract(text).events, type=kind)
    assert {p.country for p in first.participants} == actors
    assert {p.country for p in first.recipients} == recipients


def test_bare_police_before_a_purpose_clause_take_the_story_state(extract):
    found = [e for e in extract(PLACED).events if e.type == "ASSAULT"]
    assert found and {p.country for p in found[0].participants} == {"GHA"}
    assert found[0].mode == "crowd-control"


def test_an_intent_clause_of_its_own_keeps_its_subject(extract):
    """'A가 공격하려고 하자 B는 ...': -려고 하다 is A's intent in a clause of its own (-자); B alone agrees."""
    text = "북한이 도발하려고 하자 한국 정부는 미국과 공조하기로 했다."
    for e in extract(text).events:
        if e.type in ("AGREE", "COOPERATE", "CONSULT"):
            assert "PRK" not in {p.country for p in e.participants}


TRAVEL_BANS = [  # (force59) a travel ban a measure puts on a person: COERCE restrict on the person, no SANCTION
    "에콰도르 법무부는 지난 9일 전직 장관에 대해 출국금지 조치를 내렸다.",
    "에콰도르 정부는 지난 9일 야당 대표에게 출국금지 조치를 취했다.",
]


@pytest.mark.parametrize("text", TRAVEL_BANS)
def test_a_travel_ban_measure_restricts_the_person(extract, text):
    events = extract(text).events
    found = [e for e in events if e.type == "COERCE"]
    assert found and found[0].mode == "restrict", [(e.type, e.mode) for e in events]
    assert {p.country for p in found[0].participants} == {"ECU"}
    assert not [e for e in events if e.type == "SANCTION"]


def test_an_import_ban_measure_stays_a_sanction(extract):
    events = extract("에콰도르 정부는 지난 9일 페루산 수산물에 대해 수입 금지 조치를 내렸다.").events
    assert [e for e in events if e.type == "SANCTION"], [(e.type, e.mode) for e in events]
