"""(kotwins49, issues 13-15) Korean twins of classes English reads since enfix49, one section each, with rows that must
not fire:
1. refugees and captives repatriated are released (RETREAT) with the 로 state receiving; migrants stay deported
   (ko_acts.yaml: 난민 + 송환하다, @captive_noun + 송환하다 target 로).
2. a site of trade an attack lands on is its people's: a market CVL, a shop, mall or bank BUS (cues crowd_site_noun,
   business_site_noun; lang/ko/act_trade_sites, pipeline/act_target_sectors.site_target_sector).
3. police or a state's soldiers aimed at in a dative or an aiming phrase receive the attack: COP, MIL
   (lang/ko/act_aimed_forces, asked last in act_military_sites.struck_force).
4. a headline's bare object run before its act noun that names an armed group is the act's object
   (lang/ko/act_headline_objects).
5. an armed group a state's backing describes ('러시아가 지원하는 반군을') is of its own land, not the backer's
   (lang/ko/act_backed_objects marks backer_object, read by pipeline/act_backed_targets).
Our own sentences (real states and cities, invented wording)."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


def typed(text: str) -> list[tuple[str, str | None, set, set]]:
    return [(e.type, getattr(e, "mode", None), {p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in events(text)]


def receivers(text: str, kind: str = "ASSAULT") -> list[set]:
    return [{(r.country, r.sector) for r in e.recipients} for e in events(text) if e.type == kind]


# 1. repatriation: refugees and captives released to the 로 state, migrants deported -----------------------------------

@pytest.mark.parametrize("text, found", [
    ("우간다는 포로들을 르완다로 송환했다.", ("RETREAT", "release", {"UGA"}, {"RWA"})),
    ("탄자니아는 난민 300명을 부룬디로 송환했다.", ("RETREAT", "release", {"TZA"}, {"BDI"})),
    ("Tanzania repatriated three hundred refugees to Burundi on Tuesday.", ("RETREAT", "release", {"TZA"}, {"BDI"})),
    # negative rows: migrants repatriated and refugees expelled stay deported
    ("탄자니아는 이주민 300명을 부룬디로 송환했다.", ("COERCE", "deport", {"TZA"}, {"BDI"})),
    ("탄자니아는 난민들을 부룬디로 추방했다.", ("COERCE", "deport", {"TZA"}, {"BDI"})),
])
def test_repatriated_refugees_and_captives_are_released_to_the_state_named(text, found):
    assert typed(text) == [found], typed(text)


# 2. sites of trade struck: markets CVL, shops, malls and banks BUS ---------------------------------------------------

@pytest.mark.parametrize("text, received", [
    ("무장괴한들이 몸바사의 쇼핑몰을 공격했다.", {("KEN", "BUS")}),
    ("반군이 아부자의 은행을 습격했다.", {("NGA", "BUS")}),
    ("무장괴한들이 몸바사의 상점을 공격했다.", {("KEN", "BUS")}),
    ("러시아군은 오데사의 시장을 공습했다.", {("UKR", "CVL")}),
    ("러시아군은 오데사의 쇼핑센터를 공습했다.", {("UKR", "BUS")}),
    ("Russian jets bombed a crowded market in Odesa.", {("UKR", "CVL")}),
    ("Russian jets bombed a shopping mall in Odesa.", {("UKR", "BUS")}),
    # negative rows: a military site keeps its forces; a ministry stays the state's
    ("러시아군은 오데사의 군 기지를 공습했다.", {("UKR", "MIL")}),
    ("Russian jets bombed a ministry building in Odesa.", {("UKR", "GOV")}),
])
def test_a_site_of_trade_struck_is_its_people(text, received):
    assert receivers(text) == [received], receivers(text)


@pytest.mark.parametrize("text", [
    "투기 세력이 채권 시장을 공격했다.",  # the economy's market: no force used
    "반군이 몸바사의 은행을 방문했다.",  # no attack
])
def test_no_site_attack_without_force(text):
    assert receivers(text) == [], receivers(text)


# 3. police or soldiers aimed at ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, received", [
    ("무장괴한들이 몸바사에서 경찰관들에게 총격을 가했다.", {("KEN", "COP")}),
    ("무장괴한들이 몸바사에서 군인들을 향해 총을 쐈다.", {("KEN", "MIL")}),
    ("반군이 말리 군인들에게 총격을 가했다.", {("MLI", "MIL")}),
    ("Gunmen opened fire on police officers in Mombasa on Monday.", {("KEN", "COP")}),
])
def test_police_or_soldiers_aimed_at_receive_the_attack(text, received):
    assert receivers(text) == [received], receivers(text)


@pytest.mark.parametrize("text", [
    "무장괴한들이 몸바사에서 경찰관들에게 돈을 요구했다.",  # no attack
    "무장괴한들이 몸바사에서 반군 병사들에게 총격을 가했다.",  # an armed group's fighters: no state's forces
])
def test_no_state_force_aimed_at_without_an_attack_or_a_state(text):
    found = receivers(text)
    assert not {s for r in found for _c, s in r} & {"COP", "MIL"}, found


# 4. a headline's bare object -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, received", [
    ("차드군, 반군 기지 공습", {("TCD", "REB")}),
    ("차드군 반군 은신처 포격", {("TCD", "REB")}),
    ("토고군, 민병대 거점 공습", {("TGO", "REB")}),
    ("러시아, 우크라이나 반군 진지 공습", {("UKR", "REB")}),
])
def test_a_headlines_bare_armed_object_receives(text, received):
    assert receivers(text) == [received], receivers(text)


@pytest.mark.parametrize("text", [
    "차드군, 국경 초소 공습",  # no armed group named: no group's side
    "차드 반군, 정부군 기지 공습",  # the state's own forces: no rebels received
])
def test_a_headlines_object_of_no_armed_group_gives_no_group(text):
    found = receivers(text)
    assert not {s for r in found for _c, s in r} & {"REB"}, found


# 5. a backed armed group is of its own land ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, found", [
    ("소말리아 남부에서 교전이 계속됐다. 칠레는 러시아가 지원하는 반군을 규탄했다.", "ACCUSE", [(["CHL"], ["SOM"])]),
    ("소말리아 남부에서 교전이 계속됐다. 칠레는 이란이 후원한 민병대를 비난했다.", "ACCUSE", [(["CHL"], ["SOM"])]),
    ("소말리아 남부에서 교전이 계속됐다. 칠레는 미국이 지원하는 반군을 지지했다.", "SUPPORT", [(["CHL"], ["SOM"])]),
    ("Fighting went on in southern Somalia. Chile condemned the Russia-backed rebels.", "ACCUSE", [(["CHL"], ["SOM"])]),
    # negative rows: a story naming no land keeps the backer; a backed government, or the backer named as the
    # object, stays the target
    ("칠레는 러시아가 지원하는 반군을 규탄했다.", "ACCUSE", [(["CHL"], ["RUS"])]),
    ("소말리아 남부에서 교전이 계속됐다. 칠레는 러시아가 지원하는 정부를 비난했다.", "ACCUSE", [(["CHL"], ["RUS"])]),
    ("소말리아 남부에서 교전이 계속됐다. 칠레는 반군을 지원하는 러시아를 비난했다.", "ACCUSE", [(["CHL"], ["RUS"])]),
])
def test_a_backed_armed_group_is_of_its_own_land(text, kind, found):
    assert sides(text, kind) == found, sides(text, kind)


def test_the_backed_group_keeps_its_sector():
    found = [{(r.country, r.sector) for r in e.recipients}
             for e in events("소말리아 남부에서 교전이 계속됐다. 칠레는 러시아가 지원하는 반군을 규탄했다.")
             if e.type == "ACCUSE"]
    assert found == [{("SOM", "REB")}], found
