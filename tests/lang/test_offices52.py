"""kooffices52 (issues 13, 14): Korean offices, armed groups and their victims, with English twins where the class
exists in English. Our own sentences (Niger, Ghana, Sudan, Benin, Gabon ...; no town or person of the eval's).

1. An armed group of no state striking a named state's village or base ('무장괴한들이 니제르 마을을 습격했다',
   '반군이 말리 기지를 공격했다'): the settlement or site stands for its people or forces, and its state is where the
   group operates (lang/ko/act_struck_places.struck_settlement, pipeline/act_actor_defaults.foes_home); a guarded
   state name ('말리', '차드') before a village or a base names the state (lexicon ko `guarded_state_context`).
2. A judge arrested or harmed ('베냉 경찰이 판사를 체포했다') is the judiciary's (JUD), as English 'arrested a judge':
   act_people_objects.domestic_object takes a title the office table gives the JUD sector (`judiciary_title`).
3. With it, police named bare arresting a named state's judge ('경찰이 가봉 판사를 체포했다') are that state's police
   (pipeline/act_actor_defaults.own_forces_of_people, koattack51b), as '…총리를' was.
4. A bare agency head's title as the object after another state's name ('가봉 경찰이 검찰총장을 체포했다') is no holder
   of the home state's agency (lang/ko/title_bodies.acted_on_abroad); English 'the prosecutor general' reads the
   office's sector, JUD (agents.yaml over Phoenix's GOV).
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, sector_sides

ROWS = {  # (sentence, acting (state, sector) pairs, receiving (state, sector) pairs)
    "stateless_group_struck_settlement_ko": [
        ("무장괴한들이 니제르 마을을 습격했다.", {("NER", "UAF")}, {("NER", "CVL")}),
        ("무장괴한들이 가나 마을을 습격했다.", {("GHA", "UAF")}, {("GHA", "CVL")}),
        ("반군이 말리 마을을 공격했다.", {("MLI", "REB")}, {("MLI", "CVL")}),  # a guarded name before a village
        ("무장괴한들이 차드 마을을 습격했다.", {("TCD", "UAF")}, {("TCD", "CVL")}),
        ("반군이 말리 기지를 공격했다.", {("MLI", "REB")}, {("MLI", "MIL")}),  # a base: the state's forces
        ("반군이 부르키나파소 기지를 공격했다.", {("BFA", "REB")}, {("BFA", "MIL")}),  # as before
        ("차드군이 차드 마을을 습격했다.", {("TCD", "MIL")}, {("TCD", "CVL")}),  # a state's own forces, as before
    ],
    "stateless_group_struck_settlement_en": [
        ("Gunmen raided a Nigerien village.", {("NER", "UAF")}, {("NER", "CVL")}),
        ("Rebels stormed a Chadian army base.", {("TCD", "REB")}, {("TCD", "MIL")}),
    ],
}

COERCE_ROWS = {
    "judge_arrested_ko": [
        ("베냉 경찰이 판사를 체포했다.", {("BEN", "COP")}, {("BEN", "JUD")}),
        ("토고 경찰이 재판관 2명을 체포했다.", {("TGO", "COP")}, {("TGO", "JUD")}),
        ("베냉 군부는 대법관을 구금했다.", {("BEN", "MIL")}, {("BEN", "JUD")}),  # kiwi: 대/XPN + 법관, joined
        ("베냉 경찰이 총리를 체포했다.", {("BEN", "COP")}, {("BEN", "GOV")}),  # an office of government, as before
        ("베냉 경찰이 국방장관을 체포했다.", {("BEN", "COP")}, {("BEN", "GOV")}),  # plover51's reading stands
        ("베냉 경찰이 언론인을 체포했다.", {("BEN", "COP")}, {("BEN", "JRN")}),  # people, as before
    ],
    "judge_arrested_en": [
        ("Beninese police arrested a judge.", {("BEN", "COP")}, {("BEN", "JUD")}),
    ],
    "bare_police_named_judge_ko": [
        ("경찰이 가봉 판사를 체포했다.", {("GAB", "COP")}, {("GAB", "JUD")}),
        ("경찰이 가봉 총리를 체포했다.", {("GAB", "COP")}, {("GAB", "GOV")}),  # koattack51b's row stands
    ],
    "bare_police_named_judge_en": [
        ("Police arrested a Gabonese judge.", {("GAB", "COP")}, {("GAB", "JUD")}),
    ],
    "home_agency_title_abroad_ko": [
        ("가봉 경찰이 검찰총장을 체포했다.", {("GAB", "COP")}, {("GAB", "JUD")}),
        ("한국 경찰이 검찰총장을 체포했다.", {("KOR", "COP")}, {("KOR", "JUD")}),  # the home state named: its own
    ],
    "prosecutor_general_en": [
        ("Gabonese police arrested the prosecutor general.", {("GAB", "COP")}, {("GAB", "JUD")}),
    ],
}


@pytest.mark.parametrize("text, acting, receiving", class_rows(COERCE_ROWS))
def test_arrest_sides(text, acting, receiving):
    got_acting, got_receiving = sector_sides(text, "COERCE")
    assert acting <= got_acting
    assert got_receiving == receiving


def test_judge_harmed_is_the_judiciary():
    assert sector_sides("무장괴한들이 가나 판사를 살해했다.", "ASSAULT")[1] == {("GHA", "JUD")}


@pytest.mark.parametrize("text, acting, receiving", class_rows(ROWS))
def test_attack_sides(text, acting, receiving):
    got_acting, got_receiving = sector_sides(text, "ASSAULT")
    assert acting <= got_acting
    assert got_receiving == receiving


@pytest.mark.parametrize("text", [
    "무장괴한들이 마을을 습격했다.",  # no state named: no side
    "그는 외교 수단 마련을 촉구했다.",  # the ordinary word '수단' (means) names no state
])
def test_no_state_named_gives_no_assault(text):
    assert not [e for e in events(text) if e.type == "ASSAULT" and e.participants]
