"""(kofix49, issues 13, 14) Korean actors and people objects, with English twins where the class exists in both:
1. a place an armed group holds ('반군 거점을') is the group's; a state's forces joined in its word ('가나군') before an
   armed group's noun end their chain (lang/ko/act_armed_targets.held_site_nouns, agent_chains.joined_forces_before_group).
2. '시장' after a place's genitive is the town's market unless it is the subject (lang/ko/market_sites).
3. a crowd of civilians or the faithful aimed at in a dative ('통근자들에게 총격을') receives the attack
   (lang/ko/act_attacked_sites.aimed_crowd).
4. a titled name kiwi cut at a final 와/과 ('타피와 모요는') is one name (lang/ko/joined_name_syllables).
5. a foreign capital before the home state's bare body word names the body's owner ('카불의 국방부'), and a struck
   place's span reaches its genitive owner (lang/ko/capital_bodies, act_struck_places.owned_start).
Our own sentences (real states and cities, invented people); every rule has rows that must not fire."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sector_sides, sides


def receivers(text: str, kind: str = "ASSAULT") -> list[set]:
    return [{(r.country, r.sector) for r in e.recipients} for e in events(text) if e.type == kind]


def actors(text: str, kind: str = "ASSAULT") -> list[set]:
    return [{(p.country, p.sector) for p in e.participants} for e in events(text) if e.type == kind]


# 1. an armed group's held place; a state's joined forces before an armed group -------------------------------------

@pytest.mark.parametrize("text, actor, received", [
    ("가나군은 반군 거점을 공격했다.", ("GHA", "MIL"), ("GHA", "REB")),
    ("말리군은 반군 진지를 공습했다.", ("MLI", "MIL"), ("MLI", "REB")),
    ("차드군은 민병대 은신처를 습격했다.", ("TCD", "MIL"), ("TCD", "REB")),
    ("토고군은 반군 근거지를 공격했다.", ("TGO", "MIL"), ("TGO", "REB")),
    ("Ghana's army attacked a rebel hideout near the border on Friday.", ("GHA", "MIL"), ("GHA", "REB")),
])
def test_a_place_an_armed_group_holds_is_the_group(text, actor, received):
    found = sector_sides(text, "ASSAULT")
    assert actor in found[0] and received in found[1], found


@pytest.mark.parametrize("text, received", [
    ("가나군은 토고 국경 거점을 공격했다.", ("GHA", "REB")),  # a state's post: no rebels
    ("가나군은 반군 지도자를 만났다.", ("GHA", "REB")),  # no attack
])
def test_other_held_places_are_no_group(text, received):
    assert all(received not in r for r in receivers(text)), receivers(text)


@pytest.mark.parametrize("text, actor", [
    ("말리군 반군 기지 공습", ("MLI", "MIL")),
    ("니제르군 반군 진지 포격", ("NER", "MIL")),
])
def test_joined_forces_before_an_armed_group_end_the_chain(text, actor):
    assert [actor] == [a for found in actors(text) for a in found], actors(text)


@pytest.mark.parametrize("text, actor", [
    ("가나군 대변인은 반군을 비난했다.", ("GHA", "MIL")),  # the forces' spokesperson keeps the chain
    ("말리 반군은 가나군을 공격했다.", ("MLI", "REB")),  # a state's rebels, no joined forces
])
def test_other_chains_keep_their_reading(text, actor):
    found = [a for kind in ("ACCUSE", "ASSAULT") for acting in actors(text, kind) for a in acting]
    assert actor in found, found


# 2. '시장': a mayor after a place, a market after a place's genitive -------------------------------------------------

@pytest.mark.parametrize("text, received", [
    ("반군이 라고스의 시장을 공격했다.", ("NGA", "CVL")),
    ("무장괴한들이 카노의 시장을 습격했다.", ("NGA", "CVL")),
    ("무장괴한들이 나이로비의 시장을 공격했다.", ("KEN", "CVL")),
])
def test_a_market_after_a_places_genitive_is_the_towns_people(text, received):
    assert receivers(text) == [{received}], receivers(text)


@pytest.mark.parametrize("text, actor, received", [
    ("리마 시장은 칠레 정부를 비판했다.", "PER", "CHL"),
    ("라고스의 시장은 반군을 비난했다.", "NGA", "NGA"),
    ("Lima's mayor criticized the Chilean government.", "PER", "CHL"),
])
def test_a_mayor_after_a_place_or_as_the_subject_stays_the_office(text, actor, received):
    assert sides(text, "ACCUSE") == [([actor], [received])], sides(text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "투기 세력이 주식 시장을 공격했다.",  # the economy's market: no force used
    "반군이 라고스 시장을 만났다.",
])
def test_no_market_attack_without_a_place_or_an_attack(text):
    assert receivers(text) == [], receivers(text)


# 3. a crowd aimed at in a dative -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, received", [
    ("무장괴한들이 나이로비에서 통근자들에게 총격을 가했다.", ("KEN", "CVL")),
    ("무장세력이 페샤와르 인근에서 순례자들에게 총격을 가했다.", ("PAK", "REL")),
    ("무장괴한들이 키토에서 승객들에게 총격을 가했다.", ("ECU", "CVL")),
    ("무장괴한들이 나이로비에서 통근자들을 향해 총을 쐈다.", ("KEN", "CVL")),
    ("Gunmen opened fire on commuters in Nairobi on Monday.", ("KEN", "CVL")),
])
def test_a_crowd_aimed_at_receives_the_attack(text, received):
    assert receivers(text) == [{received}], receivers(text)


@pytest.mark.parametrize("text", [
    "무장괴한들이 나이로비에서 통근자들에게 돈을 요구했다.",  # no attack
    "무장괴한들이 나이로비에서 통근자들에게 경고했다.",
])
def test_a_crowd_addressed_without_force_is_no_attack(text):
    assert receivers(text) == [], receivers(text)


def test_force_people_aimed_at_are_no_civilians():
    found = receivers("무장괴한들이 나이로비에서 경찰관들에게 총격을 가했다.")
    assert not {s for r in found for _c, s in r} & {"CVL", "REL"}, found


# 4. a titled name cut at 와/과 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("짐바브웨 야당 지도자 타피와 모요는 정부를 비판했다.", "ZWE"),
    ("케냐 야당 대표 은다와 오루오치는 정부를 비난했다.", "KEN"),
])
def test_a_titled_name_ending_in_wa_is_one_name(text, actor):
    found = sides(text, "ACCUSE")
    assert found and found[0] == ([actor], [actor]), found


@pytest.mark.parametrize("text, found", [
    ("페루와 칠레는 회담을 열었다.", ["PER", "CHL"]),
    ("짐바브웨 야당 지도자 모요와 케냐 외무장관 오티에노는 회담을 열었다.", ["ZWE", "KEN"]),
])
def test_a_state_after_wa_opens_another_conjunct(text, found):
    met = sides(text, "CONSULT")
    assert met and sorted(met[0][0]) == sorted(found), met


def test_the_name_mention_takes_both_pieces():
    from readout.lang.ko.mentions import find_mentions
    from readout.lang.ko.sentences import split
    text = "짐바브웨 야당 지도자 타피와 모요는 정부를 비판했다."
    (_span, toks), = split(text, 0)
    found = [m for m in find_mentions(text, toks) if m.title]
    assert [(m.surface, m.role) for m in found] == [("타피와 모요", "subject")]


# 5. a capital's genitive owns a ministry -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, received", [
    ("무장세력이 카불의 국방부를 공격했다.", ("AFG", "GOV")),
    ("반군이 다마스쿠스의 국방부를 공격했다.", ("SYR", "GOV")),
    ("반군이 시리아의 국방부를 공격했다.", ("SYR", "GOV")),
    ("무장세력이 카불 국방부를 공격했다.", ("AFG", "GOV")),
    ("Militants attacked the defence ministry in Kabul on Sunday.", ("AFG", "GOV")),
])
def test_a_capitals_ministry_is_its_states(text, received):
    found = receivers(text)
    assert found == [{received}], found
    assert all(a[0] != "KOR" and a[1] != "GOV" for acting in actors(text) for a in acting), actors(text)


@pytest.mark.parametrize("text, received", [
    ("무장세력이 서울의 국방부를 공격했다.", {("KOR", "GOV")}),  # the home capital: the home state's own
    ("무장세력이 국방부를 공격했다.", {("KOR", "MIL")}),  # bare: the home state's, as before
])
def test_the_home_ministry_stays_home(text, received):
    assert receivers(text) == [received], receivers(text)


def test_a_capital_before_the_home_body_is_no_home_mention():
    from readout.lang.ko.language import find_countries
    from readout.lang.ko.sentences import split
    text = "무장세력이 카불의 국방부를 공격했다."
    (_span, toks), = split(text, 0)
    assert all("KOR" not in m.codes for m in find_countries(text, 0, toks))
