"""(enattack70) A crowd attacking property no one named owns riots, in both languages (riot69 extended): a people
subject that is no armed side attacking a bare site ('the presidential palace', 'a police station', 'state buildings',
'the offices of the electoral commission'; '대통령궁을', '경찰서를', '정부 청사를') is PROTEST riot against its own state,
not ASSAULT. Our own sentences; negative rows: people attacked ('police officers', '경찰관들을'), a site a foreign state
or a named company owns ('the Swiss consulate', '스위스 영사관 건물을'), an armed side attacking a site, and in English a
subject with no crowd's noun ('traders').

A crowd's attack on property is its riot in both languages (koriot70, issue 13; riot69 for English).

The manual's riot is a crowd's violence against property: a plain verb of attack whose subject names people who are no
armed side and no state's executive, and whose object is a building or a vehicle, is PROTEST riot, not ASSAULT
(Korean lang/ko/act_crowd_riots.property_attack, cues crowd_attack_verb and property_site_noun; English
lang/en/act_riots.property_attack). Negative rows: a crowd's attack on people, and an attack on the same property by
rebels or police, stay ASSAULT. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_crowd_attacking_an_unowned_site_riots": [
        ("Angry Zambian protesters attacked the presidential palace late on Thursday.", "PROTEST", {"ZMB"}, {"ZMB"},
         OCC, "riot"),
        ("Demonstrators attacked a police station in Lusaka on Thursday.", "PROTEST", {"ZMB"}, {"ZMB"}, OCC, "riot"),
        ("Students in Lusaka attacked the offices of the electoral commission overnight.", "PROTEST", {"ZMB"},
         {"ZMB"}, OCC, "riot"),
        ("Jobless youths attacked state buildings in Lusaka on Thursday.", "PROTEST", {"ZMB"}, {"ZMB"}, OCC, "riot"),
        ("잠비아 시위대가 13일 대통령궁을 공격했다.", "PROTEST", {"ZMB"}, {"ZMB"}, OCC, "riot"),
        ("루사카에서 13일 시위대가 경찰서를 습격했다.", "PROTEST", {"ZMB"}, {"ZMB"}, OCC, "riot"),
        ("루사카에서 13일 성난 주민들이 정부 청사를 공격했다.", "PROTEST", {"ZMB"}, {"ZMB"}, OCC, "riot"),
    ],
    "people_attacked_or_an_owned_site_is_no_riot": [
        ("Angry Zambian protesters attacked police officers in Lusaka late on Thursday.", "ASSAULT", {"ZMB"}, None,
         OCC, None),
        ("Demonstrators attacked the Swiss consulate in Lusaka on Thursday.", "ASSAULT", {"ZMB"}, {"CHE"}, OCC, None),
        ("Zambian rebels attacked a police station near the border on Thursday.", "ASSAULT", {"ZMB"}, None, OCC,
         None),
        # no crowd's noun in the subject: people of a trade or a people attacking a site is force
        ("Zambian traders attacked the presidential palace on Thursday.", "ASSAULT", {"ZMB"}, None, OCC, None),
        ("루사카에서 13일 시위대가 경찰관들을 공격했다.", "ASSAULT", {"ZMB"}, None, OCC, None),
        ("루사카에서 13일 시위대가 스위스 영사관 건물을 공격했다.", "ASSAULT", {"ZMB"}, {"CHE"}, OCC, None),
        ("루사카에서 13일 반군이 경찰서를 공격했다.", "ASSAULT", {"ZMB"}, None, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_crowd_property_riots(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)


@pytest.mark.parametrize("sentence", [
    "Demonstrators attacked a police station in Lusaka on Thursday.",
    "루사카에서 13일 시위대가 경찰서를 습격했다.",
])
def test_the_riot_is_one_event(sentence):
    """The riot is the crowd's one act: no ASSAULT beside it, and no second PROTEST for the protest noun."""
    found = events(sentence)
    assert not [e for e in found if e.type == "ASSAULT"], found
    assert len([e for e in found if e.type == "PROTEST"]) == 1, found


@pytest.mark.parametrize("sentence", [row[0] for row in ROWS["people_attacked_or_an_owned_site_is_no_riot"]])
def test_no_riot_where_people_or_an_owned_site_are_attacked(sentence):
    found = events(sentence)
    assert not [e for e in found if e.type == "PROTEST" and e.mode == "riot"], found


def kinds(text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.mode) for e in events(text)}


@pytest.mark.parametrize("text", [
    "몰도바 수도 키시너우에서 성난 시위대가 정부 청사를 공격했다.",
    "몰도바에서 학생들이 경찰 차량들을 공격했다.",
    "몰도바에서 시위대가 경찰서를 습격했다.",
    "몰도바에서 시위대가 경찰서에 불을 질렀다.",
    "Angry protesters in Chisinau attacked government buildings on Friday.",
    "Students in Moldova attacked police vehicles.",
])
def test_crowd_attacking_property_riots(text: str) -> None:
    found = kinds(text)
    assert ("PROTEST", "riot") in found and not any(t == "ASSAULT" for t, _ in found), found


@pytest.mark.parametrize("text", [
    "몰도바에서 시위대가 경찰관들을 공격했다.",  # people attacked: force, no riot
    "몰도바에서 반군이 정부 청사를 공격했다.",  # an armed side's attack on a building stays force
    "몰도바 경찰이 야당 당사를 습격했다.",
    "Protesters in Moldova attacked police officers.",
    "Rebels in Moldova attacked government buildings.",
])
def test_attack_on_people_or_by_armed_side_stays_force(text: str) -> None:
    found = kinds(text)
    assert any(t == "ASSAULT" for t, _ in found) and ("PROTEST", "riot") not in found, found
