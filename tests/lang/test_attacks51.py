"""koattack51 (issues 13, 14): the Korean attacks and harm classes of the fifty-first session, with their English twins
where the class exists in English. Our own sentences (Mali, Niger, Kharkiv ... not the eval's towns or people).

1. Office holders harmed keep their office's sector: '반군이 말리 총리를 공격했다', '말리 총리가 반군에 의해 살해됐다',
   'The Malian prime minister was killed by rebels': Mali's government (GOV), not civilians (lang/ko/act_organs.
   harmed_people_sector, lang/en/act_agent_attackers.harmed_office, `HARMED_SECTORS` in readout/sectors.py).
2. A state's soldiers or police a stateless armed group harmed in the passive keep their sector: '말리 군인 3명이
   반군에 의해 살해됐다' MIL, not CVL (lang/ko/act_harm_subjects.stateless_agent_passives).
3. A site struck near a town is the town's state's, its people's sector: '하르키우 인근의 시장을 포격했다' (no event: the
   market read as the economy's), '하르키우 근처의 장터를' (the attacker's own state received it), as 'shelled a market
   near Kharkiv' (lang/ko/market_sites.genitive_name_before, read by act_context.abstract_target and
   act_struck_places.owned_start).
4. '우리 군' is the writer's state's forces, not bare forces the story's state takes: '우리 군이 북한 해주의 마을을
   공격했다' gave North Korea attacking South Korea (lang/ko/act_clause_subjects.own_state_owner). Korean only: English
   copy has no first person for its state.
5. A leader leaving office with a coup as the means, or under armed men, is the soldiers' coup, not a resignation:
   '기니 대통령이 군부 쿠데타로 물러났다' (ko_acts `ousted_verb`: 물러나다, 하야하다; lang/ko/act_passive_coups).
6. Headlines with no particles: a state's forces named in two words before an armed group ('칠레 정부군 반군 거점 공습')
   are the doer, not the state's rebels (agent_chains.agent_chain); a state's forces kiwi keeps as one morpheme
   ('태국군') open the headline as '가나군' does (act_headline_hits.fused_forces); a village after them is the struck
   people's (act_headline_objects.headline_settlement), as 'Thai troops shell Myanmar village' reads.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sector_sides

ROWS = {  # (sentence, acting (state, sector) pairs, receiving (state, sector) pairs)
    "office_struck_ko": [
        ("반군이 말리 총리를 공격했다.", {("MLI", "REB")}, {("MLI", "GOV")}),
        ("무장괴한들이 니제르 국방장관을 납치했다.", {("NER", "UAF")}, {("NER", "GOV")}),
        ("반군이 말리 의원 2명을 살해했다.", {("MLI", "REB")}, {("MLI", "LEG")}),
    ],
    "office_passive_ko": [
        ("니제르 총리가 반군에 의해 살해됐다.", {("NER", "REB")}, {("NER", "GOV")}),
        ("말리 외무장관이 무장괴한들에 의해 납치됐다.", {("MLI", "UAF")}, {("MLI", "GOV")}),
    ],
    "office_passive_en": [
        ("The Nigerien prime minister was killed by rebels.", {("NER", "REB")}, {("NER", "GOV")}),
        ("Mali's foreign minister was abducted by gunmen.", {("MLI", "UAF")}, {("MLI", "GOV")}),
    ],
    "office_harm_cause": [  # lang/*/act_harm_causes.harmed_sector, through the same HARMED_SECTORS
        ("반군의 공격으로 차드 관리 2명이 숨졌다.", {("TCD", "REB")}, {("TCD", "GOV")}),
        ("Two Chadian officials died in an attack by rebels.", {("TCD", "REB")}, {("TCD", "GOV")}),
    ],
    "forces_passive_ko": [
        ("말리 군인 3명이 반군에 의해 살해됐다.", {("MLI", "REB")}, {("MLI", "MIL")}),
        ("차드 경찰관 2명이 무장괴한들에 의해 살해됐다.", {("TCD", "UAF")}, {("TCD", "COP")}),
        ("말리 정부군 병사 4명이 반군에 의해 숨졌다.", {("MLI", "REB")}, {("MLI", "MIL")}),
    ],
    "forces_passive_en": [
        ("Three Malian soldiers were killed by rebels.", {("MLI", "REB")}, {("MLI", "MIL")}),
    ],
    "site_near_town_ko": [
        ("러시아군이 하르키우 인근의 시장을 포격했다.", {("RUS", "MIL")}, {("UKR", "CVL")}),
        ("러시아군은 오데사 근처의 장터를 공습했다.", {("RUS", "MIL")}, {("UKR", "CVL")}),
        ("반군이 카노 부근의 쇼핑몰을 공격했다.", {("NGA", "REB")}, {("NGA", "BUS")}),
        ("러시아군은 하르키우 인근의 모스크를 공습했다.", {("RUS", "MIL")}, {("UKR", "REL")}),
    ],
    "site_near_town_en": [
        ("Russian troops shelled a market near Sumy.", {("RUS", "MIL")}, {("UKR", "CVL")}),
    ],
    "own_state_forces_ko": [
        ("우리 군이 북한 해주의 마을을 공격했다.", {("KOR", "MIL")}, {("PRK", "CVL")}),
        ("우리 해군이 북한 남포의 마을을 포격했다.", {("KOR", "MIL")}, {("PRK", "CVL")}),
    ],
    "coup_leaving_ko": [
        ("기니 대통령이 군부 쿠데타로 물러났다.", {("GIN", "MIL")}, {("GIN", "GOV")}),
        ("부르키나파소 대통령이 쿠데타로 하야했다.", {("BFA", "MIL")}, {("BFA", "GOV")}),
        ("차드 대통령이 군부에 의해 물러났다.", {("TCD", "MIL")}, {("TCD", "GOV")}),
    ],
    "headline_ko": [
        ("볼리비아 정부군 반군 거점 공습", {("BOL", "MIL")}, {("BOL", "REB")}),
        ("태국군 미얀마 마을 포격", {("THA", "MIL")}, {("MMR", "CVL")}),
        ("태국군, 캄보디아 마을 포격", {("THA", "MIL")}, {("KHM", "CVL")}),
    ],
    "headline_en": [
        ("Thai troops shell Cambodian village", {("THA", "MIL")}, {("KHM", "CVL")}),
        ("Bolivian troops strike rebel base", {("BOL", "MIL")}, {("BOL", "REB")}),
    ],
    "people_stay_people": [  # guards: civilians, students and a struck market are no office
        ("말리 주민 5명이 반군에 의해 살해됐다.", {("MLI", "REB")}, {("MLI", "CVL")}),
        ("반군이 차드 주민 6명을 살해했다.", {("TCD", "REB")}, {("TCD", "CVL")}),
        ("러시아군은 하르키우의 시장을 공습했다.", {("RUS", "MIL")}, {("UKR", "CVL")}),
        ("Five Malian villagers were killed by gunmen.", {("MLI", "UAF")}, {("MLI", "CVL")}),
    ],
}


@pytest.mark.parametrize("text, acting, receiving", class_rows(ROWS))
def test_harmed_sides(text, acting, receiving):
    got_acting, got_receiving = sector_sides(text, "ASSAULT")
    assert acting <= got_acting
    assert got_receiving == receiving


@pytest.mark.parametrize("text", [
    "하르키우 인근의 시장은 러시아를 비난했다.",  # the mayor's subject: no attack at all
    "러시아군이 하르키우 인근의 시장 불안을 조장했다.",  # no force word
])
def test_no_attack_read(text):
    from tests.event_sides import events

    assert not [e for e in events(text) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "기니 대통령이 건강 문제로 물러났다.",  # no coup: the resignation stands
    "차드 총리가 의회의 불신임으로 물러났다.",
])
def test_leaving_without_coup_stays_retreat(text):
    from tests.event_sides import events

    found = events(text)
    assert [e.type for e in found] == ["RETREAT"]
