"""Korean acts: threat idioms, characterized conduct, sequence subjects, relative clauses, shared views of threat. Each
row is a sentence we wrote for the test (not an article's, not the eval's, not the probe's), read through the whole
pipeline: what it states (type, acting and receiving states, status; status None: no such event).

Formerly tests/lang/test_ko_act_classes10.py; classes first read as "The Korean act classes of the tenth Korean-acts
session (held-out news classes)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2026, 3, 14)


def events(text: str):
    return extract_text(text, published=PUB).events


def check(text: str, expected: list) -> None:
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 1. A threat idiom (으름장을 놓다, 엄포를 놓다, 경고장을 날리다) stated by a statement: the statement noun as the
# subject or topic ('[A국 국방성 대변인] 담화는') speaks for its author (name_heads.statement_of_agent, cue
# statement_subject_noun), so the author's state threatens. A statement as an object is no party; a threat
# denied is none.
THREAT_IDIOMS = [
    ("쿠바 국방부 대변인 담화는 미국이 봉쇄를 강화하면 상응한 대가를 치를 것이라며 으름장을 놨다.",
     [("THREATEN", {"CUB"}, {"USA"}, "occurred")]),
    ("파키스탄 외무부 성명은 인도에 엄포를 놓았다.", [("THREATEN", {"PAK"}, {"IND"}, "occurred")]),
    # naming no state, aimed at the conduct just reported: the drills' owners
    # acts57b: a warning answers the joint drill just told (pipeline/act_recipients.joint_drills)
    ("호주와 인도네시아는 5일 티모르해에서 합동훈련을 시작했다. 중국 국방부 담화는 이번 훈련이 지역 평화를 해친다며 엄포를 놓았다.",
     [("THREATEN", {"CHN"}, {"AUS", "IDN"}, "occurred")]),
    ("니제르 군정은 프랑스에 경고장을 날렸다.", [("THREATEN", {"NER"}, {"FRA"}, "occurred")]),
    ("에콰도르 정부는 콜롬비아에 엄포를 놓지 않았다.", [("THREATEN", set(), None, None)]),
    ("캐나다 외교부는 덴마크 외교부 성명을 꼼꼼히 검토했다.", [("THREATEN", set(), None, None),
                                                ("ACCUSE", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", THREAT_IDIOMS)
def test_threat_idiom_by_statement(text, expected):
    check(text, expected)


# 2. Characterizing: 'X를 '...불장난'으로 규정했다' is an ACCUSE of the characterized conduct's owner, also when a
# statement is the subject; an object inside the verdict's own relative clause ('[전쟁을 부르는] 불장난') is not the
# judged one (act_verdict_complements.accused_side). Denied: no accusation; a neutral label: none.
CHARACTERIZING = [
    ("베네수엘라 외무부 성명은 가이아나의 해상 훈련을 '전쟁을 부르는 불장난'으로 규정했다.",
     [("ACCUSE", {"VEN"}, {"GUY"}, "occurred")]),
    ("튀르키예 외무부는 그리스의 섬 요새화를 명백한 도발로 규정했다.", [("ACCUSE", {"TUR"}, {"GRC"}, "occurred")]),
    ("페루 해군은 2일 태평양에서 대규모 해상훈련을 벌였다. 볼리비아 국방부 성명은 이번 훈련을 '긴장을 부추기는 책동'으로 규정했다.",
     [("ACCUSE", {"BOL"}, {"PER"}, "occurred")]),
    ("이집트 외무부는 에티오피아의 댐 가동을 침략 행위로 규정하지 않았다.", [("ACCUSE", set(), None, None)]),
    ("이집트 외무부는 에티오피아의 댐 가동을 경제 사업으로 규정했다.", [("ACCUSE", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", CHARACTERIZING)
def test_characterizing_accuses_the_conduct_owner(text, expected):
    check(text, expected)


# 3. An allegation by a saying verb: the complement's verb done unlawfully ('불법 침입했다', '무단 진입했다', '불법
# 조업을 했다'; cue unlawful_manner, act_verdict_complements._unlawful_manner) accuses the complement's subject. Negated or
# lawful conduct: no accusation.
ALLEGATIONS = [
    ("일본 해상보안청은 대만 어선들이 영해에 불법 침입했다고 주장했다.", [("ACCUSE", {"JPN"}, {"TWN"}, "occurred")]),
    ("아르헨티나 해군은 스페인 어선이 배타적경제수역에서 불법 조업을 했다고 주장했다.",
     [("ACCUSE", {"ARG"}, {"ESP"}, "occurred")]),
    ("라트비아 국경수비대는 벨라루스 군인들이 국경을 무단 월경했다고 주장했다.", [("ACCUSE", {"LVA"}, {"BLR"}, "occurred")]),
    ("뉴질랜드 정부는 피지 어선들이 수역에 불법 진입하지 않았다고 주장했다.", [("ACCUSE", set(), None, None)]),
    ("뉴질랜드 정부는 피지 어선들이 정상적으로 조업했다고 주장했다.", [("ACCUSE", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", ALLEGATIONS)
def test_unlawful_conduct_alleged(text, expected):
    check(text, expected)


# 4. A reported complement '[B가 V-ㄴ 뒤 V2했다]고 밝혔다': B goes on acting in V2, not the reporter
# (clauses.SentenceReader.reported_sequence). Outside a complement the sentence's topic keeps V2.
REPORTED_SEQUENCE = [
    ("몰도바 국경경찰은 러시아 군인들이 검문소를 포위한 뒤 주민 4명을 억류했다고 밝혔다.",
     [("COERCE", {"RUS"}, None, "occurred")]),
    ("조지아 내무부는 러시아 국경수비대가 철조망을 옮긴 후 농민 2명을 체포했다고 밝혔다.",
     [("COERCE", {"RUS"}, None, "occurred")]),
    ("수단 정부는 남수단이 병력을 철수한 뒤 국경 협상을 재개하기로 했다.", [("AGREE", {"SDN"}, None, "occurred")]),
]


@pytest.mark.parametrize("text,expected", REPORTED_SEQUENCE)
def test_sequence_subject_continues_in_report(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,type_,reporter", [
    ("몰도바 국경경찰은 러시아 군인들이 검문소를 포위한 뒤 주민 4명을 억류했다고 밝혔다.", "COERCE", "MDA"),
    ("아르메니아 국방부는 아제르바이잔군이 고지를 점령한 뒤 마을을 포격할 것이라고 밝혔다.", "ASSAULT", "ARM"),
])
def test_sequence_subject_is_not_the_reporter(text, type_, reporter):
    found = [e for e in events(text) if e.type == type_]
    assert found and reporter not in {p.country for p in found[0].participants}


# 5. A state in a relative clause that modifies the object ('[X가 운용 중인] 전투기', a copula's adnominal '인')
# only describes it: the sentence's topic acts (meeting_roles.relative_subject).
RELATIVE_STATE = [
    ("스페인 국방장관과 포르투갈 국방장관은 모로코가 운용 중인 수송기의 정비 협력을 확대하기로 했다.",
     {"MAR"}),
    ("케냐 정부는 우간다가 건설 중인 송유관의 공동 점검을 지원하기로 했다.", {"UGA"}),
]


@pytest.mark.parametrize("text,described", RELATIVE_STATE)
def test_relative_clause_state_does_not_act(text, described):
    for e in events(text):
        assert not described & {p.country for p in e.participants}, (e.type, [p.country for p in e.participants])


# 6. A shared view that X threatens Y ('...이 평화를 위협하고 있다는 데 인식을 같이했다') is the sharers' ACCUSE of X
# (act_context.threat_verb_view), never a THREATEN by the sharers; a denied threat is no accusation.
SHARED_VIEWS = [
    ("네덜란드와 벨기에는 러시아의 사이버 공격이 유럽 안보를 위협하고 있다는 데 인식을 같이했다.",
     [("THREATEN", set(), None, None), ("ACCUSE", {"NLD", "BEL"}, {"RUS"}, "occurred")]),
    ("멕시코와 칠레 정부는 베네수엘라의 선거 개입이 지역 민주주의를 침해하고 있다는 데 공감했다.",
     [("THREATEN", set(), None, None), ("ACCUSE", {"MEX", "CHL"}, {"VEN"}, "occurred")]),
    ("노르웨이와 덴마크는 양국 훈련이 누구도 위협하지 않는다는 데 인식을 같이했다.",
     [("THREATEN", set(), None, None), ("ACCUSE", set(), None, None)]),
    ("노르웨이와 덴마크는 북극 항로 개방이 새로운 기회를 준다는 데 인식을 같이했다.",
     [("THREATEN", set(), None, None), ("ACCUSE", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", SHARED_VIEWS)
def test_shared_view_of_threat_is_accusation(text, expected):
    check(text, expected)
