"""(actors71) The sectors of the two parts of one state in a domestic act, in both languages.

A state's force its subject names with a word of no people list ('Eritrean army engineers', '육군 공병대가': MIL) acts as
that force on another part of its state (pipeline/act_side_entities.sided), as 'Eritrean soldiers' already did; a force word
only the object gives ('Eritrea arrested army engineers') names no acting part; so do people of no state body
the subject names ('Kenyan herders clashed with police': AGR). A unit or post of a state's force named
after that force's noun ('경찰 순찰대를', '육군 초소를') is that force (COP, MIL) of the state, as English 'a police
patrol' reads its people noun (lang/ko/act_military_sites.force_unit); a post no force word owns is none. Korean bare
nouns before the act's verbal noun ('[매복] 공격했다', '[기습] 공격했다') are its manner, and the object stands before
them (lang/ko/act_people_objects.compound_first). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events

# (sentence, type, acting sectors, receiving sectors): the first event of the type; None: no such event
ROWS = {
    "a_subject_force_acts_as_that_force": [
        ("Eritrean army engineers ambushed a police patrol near Keren on Monday.", "ASSAULT", ["MIL"], ["COP"]),
        ("Nigerien army mechanics fired on a police convoy near Zinder on Sunday.", "ASSAULT", ["MIL"], ["COP"]),
        ("에리트레아 육군 공병대가 경찰 순찰대를 매복 공격했다.", "ASSAULT", ["MIL"], ["COP"]),
        ("말리 육군 공병대가 경찰 검문소를 공격했다.", "ASSAULT", ["MIL"], ["COP"]),
    ],
    "subject_people_of_no_state_body_act_as_themselves": [
        ("Kenyan herders clashed with police in Marsabit on Monday.", "ASSAULT", ["AGR"], ["COP"]),
        ("Kenyan herders attacked a police post in Marsabit.", "ASSAULT", ["AGR"], ["COP"]),
        ("케냐 목축민들이 경찰 초소를 공격했다.", "ASSAULT", ["AGR"], ["COP"]),
    ],
    "a_force_only_the_object_names_does_not_act": [
        ("Eritrea arrested army engineers on Monday.", "COERCE", ["GOV"], ["MIL"]),
        ("에리트레아 정부는 육군 공병대원들을 체포했다.", "COERCE", ["GOV"], None),
        ("Eritrean army engineers built a bridge near a police station on Monday.", "ASSAULT", None, None),
    ],
    "a_force_unit_object_is_that_force": [
        ("에리트레아 탈영병들이 경찰 순찰대를 공격했다.", "ASSAULT", ["OPP"], ["COP"]),
        ("Eritrean deserters attacked a police patrol on Monday.", "ASSAULT", ["OPP"], ["COP"]),
        ("말리 반군이 육군 초소를 습격했다.", "ASSAULT", ["REB"], ["MIL"]),
        ("Malian rebels raided an army post near Gao.", "ASSAULT", ["REB"], ["MIL"]),
    ],
    "a_post_no_force_word_owns_is_no_force": [
        ("말리 반군이 초소를 습격했다.", "ASSAULT", ["REB"], ["MIL"]),  # koattack52: a guard post is the forces' site
        ("말리 반군이 세관 초소를 습격했다.", "ASSAULT", ["REB"], []),
    ],
    "a_manner_noun_before_the_act_noun_hides_no_object": [
        ("에리트레아 경찰이 시위대를 기습 공격했다.", "ASSAULT", ["COP"], ["CVL"]),
        ("말리 경찰이 육군 호송대를 매복 공격했다.", "ASSAULT", ["COP"], ["MIL"]),
        ("Malian police ambushed an army convoy near Mopti.", "ASSAULT", ["COP"], ["MIL"]),
        ("에리트레아 반군이 수도 외곽을 기습 공격했다.", "ASSAULT", ["REB"], []),
    ],
}


@pytest.mark.parametrize("sentence, kind, acting, receiving", class_rows(ROWS))
def test_domestic_force_sectors(sentence, kind, acting, receiving):
    found = [e for e in events(sentence) if e.type == kind]
    if acting is None:
        assert not found, [(e.type, [p.sector for p in e.participants]) for e in found]
        return
    assert found, [e.type for e in events(sentence)]
    assert [p.sector for p in found[0].participants] == acting
    if receiving is not None:
        assert [r.sector for r in found[0].recipients] == receiving
