"""(kodeed47, issue 13) An agent noun made of a crowd's deed noun and a person suffix names a crowd: '약탈자들이',
'약탈범들이', '방화범들이', '난동꾼들이' (riot_deed_noun + deed_agent_suffix, lang/ko/act_deed_agents) are people (CVL) who
riot when they attack property, as English 'looters' are. Negative rows: a suffix after no riot deed ('정치범'), a
deed agent of another kind ('테러범' keeps its table's armed sector), and an attack on people, which stays ASSAULT.
"""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

ROWS = {
    "a_deed_agent_riots_on_property": [
        ("약탈자들이 4일 리마의 세무서 건물을 공격했다.", "PROTEST", {"PER"}, None, OCC, "riot"),
        ("리마에서 4일 약탈범들이 파출소를 습격했다.", "PROTEST", {"PER"}, None, OCC, "riot"),
        ("리마에서 4일 방화범들이 시청을 공격했다.", "PROTEST", {"PER"}, None, OCC, "riot"),
        ("리마에서 4일 난동꾼들이 순찰차를 습격했다.", "PROTEST", {"PER"}, None, OCC, "riot"),
        ("Looters attacked a tax office in Lima on Monday.", "PROTEST", {"PER"}, None, OCC, "riot"),
    ],
    "other_agents_or_people_struck_stay_assault": [
        ("리마에서 4일 약탈자들이 경찰관들을 습격했다.", "ASSAULT", {"PER"}, None, OCC, None),
        ("리마에서 4일 테러범들이 시청을 공격했다.", "ASSAULT", {"PER"}, None, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, type_, actors, recipients, status, mode", class_rows(ROWS))
def test_deed_agent_crowd(sentence, type_, actors, recipients, status, mode):
    assert_act(events(sentence), type_, actors, recipients, status, mode)


@pytest.mark.parametrize("sentence", [
    "리마에서 4일 정치범들이 시청을 공격했다.",  # 정치: no deed of a riot
    "리마에서 4일 테러범들이 시청을 공격했다.",
])
def test_no_riot_without_a_riot_deed_agent(sentence):
    assert not [e for e in events(sentence) if e.type == "PROTEST"]


LOOTING = [  # (sentence, type (None: no PROTEST riot), acting state)
    ("리마에서 4일 시위대가 상점들을 약탈했다.", "PROTEST", "PER"),
    ("리마에서 4일 약탈자들이 세무서 건물을 약탈했다.", "PROTEST", "PER"),
    ("Protesters looted shops in Lima on Monday.", "PROTEST", "PER"),
]


@pytest.mark.parametrize("sentence, type_, state", LOOTING)
def test_a_crowds_looting_is_its_riot(sentence, type_, state):
    assert_act(events(sentence), type_, {state}, None, OCC, "riot")


def test_troops_looting_is_no_riot():
    assert not [e for e in events("러시아군이 4일 우크라이나 마을을 약탈했다.") if e.type == "PROTEST"]
