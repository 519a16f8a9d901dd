"""A state's acts on its own people (pipeline/own_people.py) and its people's protests against it
(pipeline/act_own_government.py): police arrests, a court jailing or holding a party's leader or a general,
curfews, martial law, blocked platforms and bans with no foreign target named are COERCE X -> X, and their lifting is
CONCEDE X -> X; martial law declared while a neighbour is fought binds X's own districts, not the foe; citizens
rallying with no foreign state named protest their own government (PROTEST X -> X), an international body named only
as the topic no target; arson by protesters is a riot. Negatives: a seizure of a ship with no state named, a foreign
national's arrest or release, a foreign state's media blocked, a protest against a foreign state's deed. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows

OWN_STATE_COERCED = {  # (sentence, type, mode, actors, recipients): one table for both readers of a state's force on
    # its own people (own_people.own_people_coerced, own_people.own_people_held), both languages
    "police detaining demonstrators": [
        ("Police in Slovenia detained dozens of demonstrators on Sunday night, officials said.",
         "COERCE", "arrest", {"SVN"}, {"SVN"}),
        ("Riot police in Skopje detained dozens of Macedonian demonstrators near the government building on Sunday.",
         "COERCE", "arrest", {"MKD"}, {"MKD"}),
        ("세르비아 경찰은 11일 베오그라드 시청 앞에서 시위대 수십 명을 연행했다.", "COERCE", "arrest", {"SRB"}, {"SRB"}),
        ("(서울=연합뉴스) 페루에서 반정부 시위가 이어지고 있다. 경찰은 30일 시위대 수십 명을 체포했다고 밝혔다.",
         "COERCE", "arrest", {"PER"}, {"PER"}),
        ("(서울=연합뉴스) 페루에서 반정부 시위가 이어지고 있다. 육군은 약탈에 가담한 혐의로 수십 명을 체포했다고 밝혔다.",
         "COERCE", "arrest", {"PER"}, {"PER"}),
    ],
    "a court jailing an opposition leader": [
        ("A court in Harare jailed the Zimbabwean opposition leader for two years on Tuesday, his lawyers said.",
         "COERCE", "arrest", {"ZWE"}, {"ZWE"}),
        ("짐바브웨 하라레 법원은 11일 야당 대표에게 징역 2년을 선고하고 수감했다고 현지 언론이 전했다.",
         "COERCE", "arrest", {"ZWE"}, {"ZWE"}),
        ("On Friday, a judge in Lima ordered the Peruvian general held in pretrial detention for four months.",
         "COERCE", "arrest", {"PER"}, {"PER"}),
        ("페루 리마 법원은 지난 13일 전 육군 사령관에 대해 4개월간의 예방적 구금을 명령했다고 현지 언론이 보도했다.",
         "COERCE", "arrest", {"PER"}, {"PER"}),
    ],
    "arrested by police": [
        ("The Ecuadorian general was arrested by police on Tuesday evening, the interior minister said.",
         "COERCE", "arrest", {"ECU"}, {"ECU"}),
        ("Police arrested the Peruvian army chief on Wednesday evening, the interior minister told reporters.",
         "COERCE", "arrest", {"PER"}, {"PER"}),
        ("에콰도르 전 육군 사령관은 지난 12일 밤 경찰에 체포됐다고 내무부 장관이 밝혔다.",
         "COERCE", "arrest", {"ECU"}, {"ECU"}),
    ],
    "released in the passive": [
        ("Two Malian opposition leaders were released from prison on Tuesday under an amnesty law, their lawyers said.",
         "RETREAT", "release", {"MLI"}, {"MLI"}),
    ],
    "a ministry ordering a blackout": [
        ("Zimbabwe's interior ministry blocked access to mobile internet across the country on Monday.",
         "COERCE", "censor", {"ZWE"}, {"ZWE"}),
        ("The Kenyan government blocked access to social media platforms on Monday.", "COERCE", "censor", {"KEN"},
         {"KEN"}),
        ("짐바브웨 내무부는 10일 전국의 모바일 인터넷 접속을 차단했다.", "COERCE", "censor", {"ZWE"}, {"ZWE"}),
        ("페루 정부는 지난 4일 페이스북 등 20여 개 SNS 플랫폼의 접속을 차단했다고 현지 언론이 전했다.", "COERCE", "censor",
         {"PER"}, {"PER"}),
    ],
    "a curfew or martial law": [
        ("Bolivia's interior ministry imposed a curfew in the capital after clashes on Friday.", "COERCE", "curfew",
         {"BOL"}, {"BOL"}),
        ("Armenia declared martial law in five border districts as fighting with Azerbaijan continued.", "COERCE",
         "martial-law", {"ARM"}, {"ARM"}),
        ("아르메니아 정부는 아제르바이잔과의 교전이 이어지자 국경 지역 3개 군에 계엄령을 선포했다고 밝혔다.", "COERCE",
         "martial-law", {"ARM"}, {"ARM"}),
    ],
    "a measure at home lifted": [  # own_people.own_measure_undone: the manual's CONCEDE ('removing curfews'), X -> X
        ("Ecuador's president lifted the state of emergency in four coastal provinces on Sunday.", "CONCEDE", None,
         {"ECU"}, {"ECU"}),
        ("Authorities in Sri Lanka eased the nightly curfew in the capital on Tuesday.", "CONCEDE", None, {"LKA"},
         {"LKA"}),
        ("에콰도르 대통령은 12일 해안 4개 주에 선포했던 비상사태를 해제했다고 현지 언론이 전했다.", "CONCEDE", None, {"ECU"},
         {"ECU"}),
        ("스리랑카 정부는 11일 수도 콜롬보의 야간 통행금지령을 완화했다고 현지 언론이 전했다.", "CONCEDE", None, {"LKA"}, {"LKA"}),
        ("The Bangladeshi government lifted its ban on the messaging app on Wednesday.", "CONCEDE", None, {"BGD"},
         {"BGD"}),
        ("방글라데시 정부는 13일 메신저 앱에 대한 접속 차단 조치를 철회했다고 밝혔다.", "CONCEDE", None, {"BGD"}, {"BGD"}),
    ],
    "a foreign national is the target": [
        ("Police arrested two Chinese nationals in Manila on Monday, officials said.", "COERCE", "arrest", {"PHL"},
         {"CHN"}),
        ("Serbian police detained two Russian nationals in Belgrade on Sunday, officials said.", "COERCE", "arrest",
         {"SRB"}, {"RUS"}),
        ("세르비아 경찰은 11일 베오그라드에서 러시아 국적자 2명을 체포했다고 밝혔다.", "COERCE", "arrest", {"SRB"}, {"RUS"}),
        ("Chinese police detained two Japanese nationals on Monday, officials in Tokyo said.", "COERCE", "arrest",
         {"CHN"}, {"JPN"}),
        ("Iran released a French citizen on Tuesday after two years in prison, the ministry said.", "RETREAT",
         "release", {"IRN"}, {"FRA"}),
    ],
    "a foreign state is the target": [
        ("짐바브웨 내무부는 10일 영국 언론 웹사이트 접속을 차단했다.", "COERCE", "censor", {"ZWE"}, {"GBR"}),
    ],
}


@pytest.mark.parametrize("text, type_, mode, actors, recipients", class_rows(OWN_STATE_COERCED))
def test_state_coerces_its_own_people(extract, text, type_, mode, actors, recipients):
    assert_act(extract(text).events, type_, actors, recipients, "occurred", mode=mode)


@pytest.mark.parametrize("text", [
    "Ecuador's president lifted the state of emergency in four coastal provinces on Sunday.",
    "The army eased the curfew in the northern towns of Sri Lanka on Tuesday.",
    "칠레 정부는 3일 새벽 전국에 선포했던 계엄령을 해제했다고 현지 언론이 전했다.",
])
def test_lifted_curfew_or_martial_law_is_a_concession(extract, text):
    """A curfew, martial law or a state of emergency lifted is the manual's CONCEDE ('removing curfews'; the
    crosswalk's CAMEO 0813/0814 rows say RETREAT, the manual and the PLOVER project's coded sentences CONCEDE), in both
    languages."""
    assert [e.type for e in extract(text).events if e.type in ("RETREAT", "CONCEDE")] == ["CONCEDE"]


@pytest.mark.parametrize("text", [
    "Iran's navy seized an oil tanker in the Gulf on Monday, state media said.",
    "Japan's coast guard seized a fishing boat near the islands on Monday.",
    "이란 해군이 걸프 해역에서 유조선 한 척을 나포했다고 국영 매체가 5일 전했다.",
])
def test_seizure_with_no_state_named_is_not_domestic(extract, text):
    found = [e for e in extract(text).events if e.type == "COERCE"]
    assert all(not e.recipients for e in found), [(e.mode, [p.country for p in e.recipients]) for e in found]


PROTESTS = {  # (sentence, actors, recipients, mode)
    "against their own government": [
        ("Thousands of protesters gathered outside parliament in Belgrade on Thursday.", {"SRB"}, {"SRB"}, "demo"),
        ("Tens of thousands protested in Bratislava over the EU talks on Friday.", {"SVK"}, {"SVK"}, "demo"),
    ],
    "arson in unrest": [
        ("페루 수도 리마에서 반정부 시위대가 30일 의회 건물과 대법원 청사에 불을 질렀다고 현지 언론이 전했다.", {"PER"},
         {"PER"}, "riot"),
    ],
    "held by no one named": [
        ("라오스 비엔티안 도심에서는 주말 동안 물가 폭등에 항의하는 집회가 열렸다.", {"LAO"},
         {"LAO"}, "demo"),
        ("세르비아에서는 지난 주말 언론 통제에 항의하는 시위가 벌어졌다고 현지 언론이 전했다.", {"SRB"}, {"SRB"}, "demo"),
        ("A rally was held in Belgrade on Friday against the new media law, organisers said.", {"SRB"}, {"SRB"}, "demo"),
    ],
    "arson after another clause": [
        ("페루 수도 리마에서는 30일 시위 참가자들이 경찰서 두 곳에 불을 질렀다고 현지 언론이 전했다.", {"PER"}, {"PER"}, "riot"),
        ("수도 리마에서는 시위대가 통행금지령을 무시하고 거리로 몰려나와 의회 건물에 불을 질렀다고 현지 언론이 전했다.", {"PER"},
         {"PER"}, "riot"),
    ],
    "protesters under a home desk": [
        ("(서울=연합뉴스) 페루에서 반정부 시위가 격화하고 있다. 분노한 시위대는 30일 의회 건물과 대법원에 불을 질렀다.", {"PER"},
         {"PER"}, "riot"),
    ],
    "a foreign state's deed": [
        ("몰도바 키시너우 중앙광장에서는 5일 대학생 수백 명이 러시아와 벨라루스의 가스 협정에 반대하는 시위를 벌였다.",
         {"MDA"}, {"RUS", "BLR"}, "demo"),
        ("Thousands rallied in Amman on Friday against Israel's strikes on Gaza.", {"JOR"}, {"ISR"}, "demo"),
        ("Thousands marched in the capital of Moldova against Russia's deal with Belarus on Sunday.", {"MDA"},
         {"RUS", "BLR"}, "demo"),
        ("Hundreds protested in Vilnius against the EU's new migration pact on Monday.", {"LTU"}, {"EUR"}, "demo"),
    ],
}


@pytest.mark.parametrize("text, actors, recipients, mode", class_rows(PROTESTS))
def test_people_protest_their_own_government(extract, text, actors, recipients, mode):
    assert_act(extract(text).events, "PROTEST", actors, recipients, "occurred", mode=mode)


@pytest.mark.parametrize("text", [
    "A rally against Chinese fishing was held on Saturday, organisers said.",
    "지난 주말에는 일본의 오염수 방류 결정에 항의하는 집회가 곳곳에서 열렸다고 주최 측이 밝혔다.",
    "미국 대사관 앞에서는 이날 관세 부과에 항의하는 시위가 열렸다고 경찰이 밝혔다.",
    "Authorities in Peru imposed a curfew in the town of Juliaca after a demonstration over the election results.",
])
def test_protest_placed_in_no_state_has_no_people(extract, text):
    """A country word that is no place (what the rally is against, a post's owner) makes no one its protesters."""
    assert not [e for e in extract(text).events if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "미얀마 반군이 30일 북부 샨주의 마을 여러 곳에 불을 질렀다고 현지 언론이 보도했다.",
    "미얀마 군이 30일 북부 샨주의 마을 여러 곳에 불을 질렀다고 현지 언론이 보도했다.",
])
def test_arson_by_no_people_is_no_riot(extract, text):
    """'불을 지르다' is a riot of people only: rebels' or troops' arson is no protest (act_own_government.forces_rioting)."""
    assert not [e for e in extract(text).events if e.type == "PROTEST"]
