"""koattack51b (issues 13, 14): the Korean attacks and harm classes of the fifty-first session's second round, with
their English twins where the class exists in English. Our own sentences (Togo, Ghana, Chad, Phnom Penh ... not the
eval's towns or people).

1. A state's forces written in one word that kiwi cuts into the name and a bound noun ('토고군에 의해': 토고/NNP +
   군/NNB) are the forces (MIL), not the state's government: the bound noun headed no agent, so the agent was lost
   (lang/ko/act_passive_agents.agent_head, fused_forces_sector).
2. Korean's other order, the agent before the subject ('토고군에 의해 가나 경찰관 2명이 살해됐다', '무장괴한들에 의해 차드
   경찰관 2명이 살해됐다'): the agent's reach is counted past the subject (act_passive_agents.subject_length), and the
   harmed subject is the one after a stateless agent too (act_harm_subjects.passive_subject).
3. '우리 군은 전투기를 출격시켰다' under a dateline abroad is the writer's state's deployment, not the dateline's state's:
   the scrambles reader's bare force (`home_subject`) now asks koattack51's own_state_owner (lang/ko/act_scrambles).
   Korean only: English copy has no first person for its state.
4. A bare state force arresting people of the one state the sentence names is that state's force, and an office holder
   arrested is the office's side: '경찰이 가봉 총리를 체포했다' gave nothing where 'Police arrested the Gabonese prime
   minister' gives GAB COP -> GAB GOV (pipeline/act_actor_defaults.own_forces_of_people; lang/ko/act_hit_domestic asks
   act_organs.office_sector for COERCE too).
5. A state's forces clashing with an armed group of no state: '가봉 정부군이 반군과 충돌했다' gave no event (the clash
   stood only with a troop word of the list, and its partner only as police or people): any armed noun of the agents
   table makes the clash armed (lang/ko/act_clashes.armed_run) and the group is the other side, of the forces' state
   (lang/ko/act_clash_sides.clash_partner), as 'Gabonese troops clashed with rebels' reads.
6. A site of trade struck in a town the gazetteer lacks ('니코폴의 장터를') is no site of the attacker's own state
   (lang/ko/act_struck_places.unknown_owner, asked by act_hit_domestic), as struck_settlement keeps an unknown town's
   village.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, sector_sides

ROWS = {  # (sentence, acting (state, sector) pairs, receiving (state, sector) pairs)
    "fused_forces_agent_ko": [
        ("가나 경찰관 2명이 토고군에 의해 살해됐다.", {("TGO", "MIL")}, {("GHA", "COP")}),
        ("차드 주민 3명이 카메룬군에 의해 살해됐다.", {("CMR", "MIL")}, {("TCD", "CVL")}),
    ],
    "agent_first_ko": [
        ("토고군에 의해 가나 경찰관 2명이 살해됐다.", {("TGO", "MIL")}, {("GHA", "COP")}),
        ("무장괴한들에 의해 차드 경찰관 2명이 살해됐다.", {("TCD", "UAF")}, {("TCD", "COP")}),
        ("반군에 의해 니제르 주민 5명이 살해됐다.", {("NER", "REB")}, {("NER", "CVL")}),
    ],
    "clash_partner": [
        ("가봉 정부군이 반군과 충돌했다.", {("GAB", "MIL")}, {("GAB", "REB")}),
        ("가봉 정부군이 무장괴한들과 충돌했다.", {("GAB", "MIL")}, {("GAB", "UAF")}),
        ("가봉군이 반군과 충돌했다.", {("GAB", "MIL")}, {("GAB", "REB")}),
        ("Gabonese troops clashed with rebels.", {("GAB", "MIL")}, {("GAB", "REB")}),
        ("가봉 목축민들이 경찰과 충돌했다.", {("GAB", "AGR")}, {("GAB", "COP")}),  # kocrowd46's reading stands
    ],
    "forces_agent_en": [
        ("Two Ghanaian police officers were killed by Togolese troops.", {("TGO", "MIL")}, {("GHA", "COP")}),
        ("Two Chadian police officers were killed by gunmen.", {("TCD", "UAF")}, {("TCD", "COP")}),
    ],
}


@pytest.mark.parametrize("text, acting, receiving", class_rows(ROWS))
def test_harmed_sides(text, acting, receiving):
    got_acting, got_receiving = sector_sides(text, "ASSAULT")
    assert acting <= got_acting
    assert got_receiving == receiving


ARRESTS = [  # (sentence, acting pairs, receiving pairs): COERCE
    ("경찰이 가봉 총리를 체포했다.", {("GAB", "COP")}, {("GAB", "GOV")}),
    ("경찰은 가봉 시위대 20명을 연행했다.", {("GAB", "COP")}, {("GAB", "CVL")}),
    ("가봉 경찰이 전 총리를 체포했다.", {("GAB", "COP")}, {("GAB", "GOV")}),
    ("가봉 경찰이 야당 대표를 체포했다.", {("GAB", "COP")}, {("GAB", "OPP")}),  # a party's side: as before
    ("Police arrested the Gabonese prime minister.", {("GAB", "COP")}, {("GAB", "GOV")}),
    ("Police arrested Gabon's opposition leader.", {("GAB", "COP")}, {("GAB", "OPP")}),  # gave nothing before
]


@pytest.mark.parametrize("text, acting, receiving", ARRESTS)
def test_arrest_sides(text, acting, receiving):
    got_acting, got_receiving = sector_sides(text, "COERCE")
    assert acting <= got_acting
    assert got_receiving == receiving


@pytest.mark.parametrize("text", [
    "경찰이 시위대를 체포했다.",  # no state named: no one's police
    "경찰이 가봉 총리와 토고 장관을 체포했다.",  # two states named: whose police is not told
])
def test_arrest_without_one_state_reads_none(text):
    assert not [e for e in events(text) if e.type == "COERCE"]


@pytest.mark.parametrize("text, receiving", [
    ("러시아군은 도르미야크의 장터를 공습했다.", set()),  # a town the gazetteer lacks: not Russia's own people
    ("러시아군은 도르미야크의 병원을 공습했다.", set()),  # as struck_settlement's unknown town already read
    ("러시아군은 헤르손의 장터를 공습했다.", {("UKR", "CVL")}),  # a known town: its state's people
    ("러시아군은 장터를 공습했다.", {("RUS", "CVL")}),  # no owner named: the attacker's own, as before
])
def test_site_of_unknown_town(text, receiving):
    assert sector_sides(text, "ASSAULT")[1] == receiving


@pytest.mark.parametrize("text", [
    "양측 의견이 반군 문제로 충돌했다.",  # views clash: no force
    "반군 지도자와 정부가 협상 조건을 놓고 충돌했다.",  # a quarrel over terms
])
def test_clash_of_views_reads_none(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, state", [
    ("(프놈펜=연합뉴스) 우리 군은 초계기를 출격시켰다.", "KOR"),  # the writer's forces, wherever the story is filed
    ("(하노이=연합뉴스) 우리 군이 전투기를 출격시켰다.", "KOR"),
    ("(프놈펜=연합뉴스) 공군은 전투기를 출격시켰다.", "KHM"),  # a bare force: the dateline's state, as before
])
def test_scrambled_own_forces(text, state):
    found = [e for e in events(text) if e.type == "MOBILIZE"]
    assert found and [p.country for p in found[0].participants] == [state]
