"""(doerless49, issues 13, 14) A place names where an attack happened, never who did it: an attack no words name a doer
of keeps its receiving side (the place's state, with the struck sector) and has no acting side, in both languages
('the bombing of a hospital in X', 'X의 병원 공습으로 주민이 숨졌다'); the official reporting it ('the mayor of X said')
is no doer either, and a condemnation of it stays. Victims of another state than the place's are struck by the place's
side, as the PLOVER gold codes them. Our own sentences; negative rows: an attack whose doer is named (a force noun, an
owner, an agent), a state striking its own rebels, a named armed group acting in the place's state."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import events, first_of

# (sentence, type, acting states (exactly), receiving states (exactly))
ROWS = {
    "a_place_names_no_doer": [
        ("Norway condemned the bombing of a hospital in Kyiv on Monday.", "ASSAULT", set(), {"UKR"}),
        ("The shelling of a school in Khartoum killed six pupils on Monday.", "ASSAULT", set(), {"SDN"}),
        ("The shelling of a school in Ukraine killed six pupils on Monday.", "ASSAULT", set(), {"UKR"}),
        ("A bomb exploded outside a bank in Lagos, killing four guards.", "ASSAULT", set(), {"NGA"}),
        ("하르키우의 병원 공습으로 주민 12명이 숨졌다.", "ASSAULT", set(), {"UKR"}),
        ("하르툼의 학교 포격으로 학생 6명이 숨졌다.", "ASSAULT", set(), {"SDN"}),
    ],
    "the_reporting_official_is_no_doer": [
        ("The mayor of Lviv said the shelling killed two people on Sunday.", "ASSAULT", set(), {"UKR"}),
        ("The governor of Kherson said an air strike killed three residents.", "ASSAULT", set(), {"UKR"}),
    ],
    "the_condemnation_stays": [
        ("Norway condemned the bombing of a hospital in Kyiv on Monday.", "ACCUSE", {"NOR"}, {"UKR"}),
    ],
    "a_named_doer_acts": [
        ("Russian forces shelled a school in Kharkiv on Monday.", "ASSAULT", {"RUS"}, {"UKR"}),
        ("Russia's shelling of a school in Kharkiv killed six pupils.", "ASSAULT", {"RUS"}, {"UKR"}),
        ("러시아군이 하르키우의 학교를 포격했다.", "ASSAULT", {"RUS"}, {"UKR"}),
        ("러시아군의 공격으로 하르키우 주민 5명이 숨졌다.", "ASSAULT", {"RUS"}, {"UKR"}),
    ],
    "a_state_striking_its_own_rebels_acts": [
        ("Kenyan troops bombed rebel camps in northern Kenya on Friday.", "ASSAULT", {"KEN"}, {"KEN"}),
    ],
    "a_named_group_acts_for_the_place": [
        ("반군의 공격으로 하르툼 주민 4명이 숨졌다.", "ASSAULT", {"SDN"}, {"SDN"}),
    ],
    "foreign_victims_are_struck_by_the_place": [
        ("A roadside bomb near the town of Tikrit killed two French soldiers on Monday.", "ASSAULT", {"IRQ"}, {"FRA"}),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients", class_rows(ROWS))
def test_doerless_attacks(sentence, kind, actors, recipients):
    first = first_of(events(sentence), type=kind)
    assert (countries(first.participants), countries(first.recipients)) == (actors, recipients)


def test_a_state_striking_its_own_rebels_in_korean_acts():
    found = [e for e in events("케냐군은 케냐 북부의 반군 기지를 폭격했다.") if e.type == "ASSAULT"]
    assert found and countries(found[0].participants) == {"KEN"}


# (sentence): armed people of no state acting on a bare government's forces, no state named anywhere: the writer's
# state is no default ('정부' read as the home government names whose government only in a story about the home state)
NO_STATE = {
    "no_state_named_no_attack": [
        "반군이 정부 군인들을 공격했다.",
        "무장괴한들이 정부 경찰관들을 공격했다.",
        "Rebels attacked government soldiers on Tuesday.",
    ],
}


@pytest.mark.parametrize("sentence", class_rows(NO_STATE))
def test_no_state_named_is_no_doer(sentence):
    assert not [e for e in events(sentence) if e.type == "ASSAULT"], \
        [(e.type, countries(e.participants), countries(e.recipients)) for e in events(sentence)]


@pytest.mark.parametrize("sentence, actors", [
    ("반군이 말리 군인들을 공격했다.", {"MLI"}),
    ("무장괴한들이 케냐 경찰관들을 공격했다.", {"KEN"}),
    ("말리 정부는 북부 지역에 비상사태를 선포했다. 반군이 정부 군인들을 공격했다.", {"MLI"}),
])
def test_a_named_or_story_state_is_the_armed_peoples(sentence, actors):
    found = [e for e in events(sentence) if e.type == "ASSAULT"]
    assert found and countries(found[0].participants) == actors
