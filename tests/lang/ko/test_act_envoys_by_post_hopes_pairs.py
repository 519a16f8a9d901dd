"""Korean acts: envoys named by post, hopes of a named side, procedures set going, intolerance, agreements per pair.
Each row is a sentence we wrote for the test (not a batch's, not the eval's), read through the whole pipeline: what
it states (type, acting and receiving states, status; status None: no such event).

Formerly tests/lang/test_ko_act_classes35.py; classes first read as "The Korean act classes of session 35
(ko-acts35)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 5, 22)


def events(text: str):
    return extract_text(text, published=PUB).events


# 1. An envoy written by the post alone ('주중 대사', '주유엔 대사', '주이스라엘 대사'): Korean news names its own
# state's envoys so, the host after 주 is never the sender (lang/ko/postings.py). A posting in Korea ('주한') or a
# sending state in the chain ('주미 중국 대사') keeps its own reading.
POSTED_ENVOYS = [
    ("김영수 주중 대사는 21일 북한의 도발을 규탄했다.", [("ACCUSE", {"KOR"}, {"PRK"}, "occurred")]),
    ("이민호 주유엔 대사는 북한의 미사일 발사를 규탄했다.", [("ACCUSE", {"KOR"}, {"PRK"}, "occurred")]),
    ("박영철 주이스라엘 대사는 이란의 공격을 비난했다.", [("ACCUSE", {"KOR"}, {"IRN"}, "occurred")]),
    ("주일 대사는 20일 북한을 규탄했다.", [("ACCUSE", {"KOR"}, {"PRK"}, "occurred")]),
    ("김영수 주미 중국 대사는 일본을 비판했다.", [("ACCUSE", {"CHN"}, {"JPN"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", POSTED_ENVOYS)
def test_envoy_named_by_post_is_home_states(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 2. A hope said of what a named side should do ('X가 역할을 하기를 바란다', '... 나서 주길 희망한다'): CAMEO codes HOPE
# as an appeal (020), PLOVER REQUEST, to the complement's subject (lang/ko/act_hopes.py). A hope for a state of affairs
# or an outcome foreseen asks no one; a -기를 complement's own subject is the one asked under any asking verb
# (clauses.nominal_complement), not a second subject of the verb.
HOPES = [
    ("스페인 정부는 모로코가 건설적인 역할을 하기를 바란다고 밝혔다.", [("REQUEST", {"ESP"}, {"MAR"}, "occurred")]),
    ("호주 총리는 중국이 무역 제한을 풀어 주기를 희망한다고 말했다.", [("REQUEST", {"AUS"}, {"CHN"}, "occurred")]),
    ("캐나다 외교부는 인도가 수사에 협조하길 기대한다고 밝혔다.", [("REQUEST", {"CAN"}, {"IND"}, "occurred")]),
    ("멕시코는 미국이 국경 협상에 복귀하기를 촉구했다.", [("REQUEST", {"MEX"}, {"USA"}, "occurred")]),
    ("칠레 정부는 남미에 평화가 정착되기를 바란다고 밝혔다.", [("REQUEST", set(), None, None)]),
    ("노르웨이 외교부는 양측 회담이 성공하기를 기대한다고 밝혔다.", [("REQUEST", set(), None, None)]),
    ("페루 정부는 볼리비아가 대화에 나설 것으로 기대한다고 밝혔다.", [("REQUEST", set(), None, None)]),
    ("태국 외교부는 아세안이 역내 협력의 발판이 될 수 있기를 바란다고 밝혔다.", [("REQUEST", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", HOPES)
def test_hope_of_a_named_side_is_a_request(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 3. A side described by another state before its name ('[X의 최대 우방]인 Y는', '[X의 동맹국]인 Y가'): the described
# state says who Y is and takes no part in Y's act (lang/ko/act_appositives.py); the receiving side comes from the
# act's own arguments. A state named as the act's own object or addressee still receives it.
APPOSITIVES = [
    ("이란의 최대 우방인 러시아는 21일 자제를 촉구했다.", [("REQUEST", set(), None, None)]),
    ("세르비아의 전통적 우방인 러시아는 코소보에 자제를 촉구했다.", [("REQUEST", {"RUS"}, {"XKX"}, "occurred")]),
    ("쿠바의 동맹국인 베네수엘라는 새 제재를 비난했다.", [("ACCUSE", set(), None, None)]),
    ("미국의 동맹인 호주는 중국을 비판했다.", [("ACCUSE", {"AUS"}, {"CHN"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", APPOSITIVES)
def test_state_describing_the_subject_is_no_party(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 4. A procedure set going ('제재 복원 절차에 착수했다', '제소 절차를 개시했다', '제재 복원에 착수했다'): the act named
# before the procedure noun (cue procedure_noun) or before its own verbal noun (a pair's noun + 복원) has begun, so
# the light verb realizes it (act_noun_lookup.act_noun), aimed where the act's own entry points (에 대한, 을 상대로).
# Sanctions restored ('제재를 복원했다', '재부과했다') are sanctions imposed (CAMEO 163).
PROCEDURES = [
    ("독일 정부는 시리아에 대한 제재 복원 절차에 착수했다.", [("SANCTION", {"DEU"}, {"SYR"}, "occurred")]),
    ("네덜란드는 벨라루스에 대한 제재 복원에 착수했다.", [("SANCTION", {"NLD"}, {"BLR"}, "occurred")]),
    ("캐나다는 이란에 대한 제재를 재부과했다.", [("SANCTION", {"CAN"}, {"IRN"}, "occurred")]),
    ("말레이시아 정부는 베트남을 상대로 제소 절차를 개시했다.", [("ACCUSE", {"MYS"}, {"VNM"}, "occurred")]),
    ("스웨덴은 회담 준비 절차에 착수했다.", [("SANCTION", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", PROCEDURES)
def test_procedure_set_going_is_its_act(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 5. Cooperation told as grown, its noun the passive's subject ('A와 B의 방산 협력이 한층 강화됐다', 'A와 B 간 협력이
# 확대됐다'): its owners before 의 or 간 cooperate (lang/ko/act_grown.py). A pledge to grow it stays the generic
# AGREE; a cooperation halted is no cooperation.
GROWN = [
    ("일본과 호주의 안보 협력이 한층 강화됐다.", [("COOPERATE", {"JPN", "AUS"}, None, "occurred")]),
    ("인도와 프랑스 간 방산 협력이 크게 확대됐다.", [("COOPERATE", {"IND", "FRA"}, None, "occurred")]),
    ("캐나다와 멕시코는 에너지 협력을 확대하기로 합의했다.",
     [("AGREE", {"CAN", "MEX"}, None, "occurred"), ("COOPERATE", set(), None, None)]),
    ("인도와 프랑스 간 방산 협력이 중단됐다.", [("COOPERATE", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", GROWN)
def test_grown_cooperation_is_its_owners(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 7. Not tolerating, not allowing ('용납할 수 없다', '용인하지 않겠다', '허용하지 않겠다'): refusing to accept is REJECT
# (cue accept_verb), of the side whose deed is refused: the genitive owner of the object, not a state inside the deed
# ('[B의] 나토 가입'; act_object_owners.refused_owner).
NOT_TOLERATED = [
    ("세르비아는 코소보의 유엔 가입을 용납할 수 없다고 밝혔다.", [("REJECT", {"SRB"}, {"XKX"}, "occurred")]),
    ("인도는 파키스탄의 영토 주장을 절대 용인하지 않겠다고 밝혔다.", [("REJECT", {"IND"}, {"PAK"}, "occurred")]),
    ("사우디아라비아는 이란의 핵무장을 허용하지 않겠다고 밝혔다.", [("REJECT", {"SAU"}, {"IRN"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", NOT_TOLERATED)
def test_not_tolerating_is_a_rejection(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 7b. (request54) Not tolerating a misdeed ('이런 항명은 용납하지 않겠다', '더 이상의 쿠데타는 용인하지 않겠다') is a
# warning: nothing was put forward to refuse, so no REJECT (lang/ko/act_tolerated.py, cues tolerate_verb, defiance_noun)
@pytest.mark.parametrize("text", [
    '토고 대통령은 군 지휘관들에게 "이런 항명은 절대 용납하지 않겠다"고 말했다.',
    '가나 대통령은 기자회견에서 "역내에서 더 이상의 쿠데타는 용납하지 않겠다"고 말했다.',
    "케냐 정부는 소말리아의 국경 도발을 결코 용인하지 않겠다고 밝혔다.",
    '칠레 대통령은 "군의 이런 불복종을 용납하지 않겠다"며 국방장관을 질책했다.',
])
def test_not_tolerating_a_misdeed_is_no_rejection(text):
    assert not [e for e in events(text) if e.type == "REJECT"]


# 8. The partner of an agreement written inside the agreed matter ('B와의 포로 교환에 합의했다', 'B와의 협력 강화에
# 합의했다'): 와의 ties B to the matter, and for a mutual act B is the other party (lang/ko/act_partners.py). A refusal
# of talks with B ('B와의 대화를 거부했다') stays aimed at B.
AGREED_WITH = [
    ("아르메니아는 아제르바이잔과의 포로 교환에 합의했다.", [("AGREE", {"ARM", "AZE"}, set(), "occurred")]),
    ("칠레는 페루와의 국경 협력 강화에 합의했다.", [("AGREE", {"CHL", "PER"}, set(), "occurred")]),
    ("칠레는 페루와의 대화를 거부했다.", [("REJECT", {"CHL"}, {"PER"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", AGREED_WITH)
def test_partner_inside_the_agreed_matter(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 9. Partners agreed with one by one ('A, B와 각각 양해각서를 체결했다'): one agreement per pair (cue each_adverb,
# lang/ko/act_partners.py; pipeline/act_pairs.per_partner). Without 각각 it is one agreement of all three.
def test_agreements_with_each_partner_are_one_per_pair():
    found = [e for e in events("노르웨이 정부는 칠레, 페루와 각각 어업 협정을 체결했다.") if e.type == "AGREE"]
    assert sorted(sorted(p.country for p in e.participants) for e in found) == [["CHL", "NOR"], ["NOR", "PER"]]
    whole = [e for e in events("노르웨이 정부는 칠레, 페루와 어업 협정을 체결했다.") if e.type == "AGREE"]
    assert [sorted(p.country for p in e.participants) for e in whole] == [["CHL", "NOR", "PER"]]
