"""Korean acts whose subject is not a name.
Each row is a sentence or two we wrote for the test (not a batch's, not the eval's), read through the whole pipeline:
what it states (type, acting and receiving states, status; status None: no such event).

Formerly tests/lang/test_ko_discourse17.py, classes first read by session 18, ko-acts17, classes found in the open
batches art15a..art19b (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.ko.act_voices import quoted_ranges
from tests.conftest import assert_act

PUB = date(2024, 5, 22)


def events(text: str):
    return extract_text(text, published=PUB).events


def check(text: str, expected) -> None:
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 1. A statement standing as the act's subject: '[X의] 담화는 ... 비난했다', '[X 외교부의] 성명은 ...': the genitive owner
# acts (ko.yaml statement_nouns, act_voices.statement_owner -> agent_span); a bare '성명은', '통신은' opening the next
# sentence goes on with the voice just heard (voice_nouns, language.voice_back). A report's conclusion is no act.
STATEMENTS = [
    ("세르비아 대통령실의 발표는 코소보 당국이 합의를 어겼다고 비난했다.", [("ACCUSE", {"SRB"}, {"XKX"}, "occurred")]),
    ("쿠바 외교부의 성명은 미국의 새 제재를 \"경제 봉쇄의 연장\"이라고 비난했다.", [("ACCUSE", {"CUB"}, {"USA"}, "occurred")]),
    ("아르메니아 외무부는 아제르바이잔군이 국경 마을을 포격했다고 비난했다. 성명은 \"침략자들은 대가를 치를 것\"이라며 경고했다.",
     [("THREATEN", {"ARM"}, {"AZE"}, "occurred")]),
    # a relative clause inside the quotation ('[긴장을 노린] 도발') is no subject's: the topic '담화는' stays the act's
    pytest.param("미국과 필리핀이 21일 남중국해에서 연합훈련을 시작했다. 중국 국방부 대변인의 담화는 이번 훈련을 \"긴장을 노린 도발\"로 "
     "규정했다.", [("ACCUSE", {"CHN"}, {"USA", "PHL"}, "occurred")], marks=pytest.mark.xfail(strict=True, reason="plans56 open: a Korean verdict on the drill just told (\'이번 훈련을 도발로 규정\', \'이번 훈련이 ... 엄포\') finds one state\'s drill (MOBILIZE) only, not the joint drill (COOPERATE)")),
    ("유엔 보고서의 결론은 양측 모두 휴전을 지키지 않았다는 것이었다.", [("ACCUSE", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", STATEMENTS)
def test_statement_as_subject_is_its_owners_act(text, expected):
    check(text, expected)


# 2. A bare foreign body opening the sentence ('외무부는', '당국은') goes on with the side that just spoke, through a
# quotation's own subjects and a relative clause's ('콜롬비아가 제기한 의혹도'); after a launch (no statement) a bare
# '외무부는' is not the launcher's voice.
BARE_BODIES = [
    ("에콰도르 외무부는 콜롬비아 반군이 국경을 넘었다고 비난했다. 외무부는 \"필요한 모든 조치를 취할 것\"이라고 경고하고, "
     "콜롬비아가 제기한 밀수 의혹도 부인했다.",
     [("THREATEN", {"ECU"}, {"COL"}, "occurred"), ("REJECT", {"ECU"}, {"COL"}, "occurred")]),
    ("벨라루스 외무부 대변인은 22일 리투아니아의 국경 폐쇄를 비난했다. 당국은 리투아니아 정부에 조치를 철회하라고 요구했다.",
     [("REQUEST", {"BLR"}, {"LTU"}, "occurred")]),
    ("북한이 23일 탄도미사일을 발사했다. 외무부는 \"명백한 도발을 규탄한다\"고 밝혔다.", [("ACCUSE", set(), None, None)]),
    # the voice going on with no one named addresses whom its last act addressed (pipeline continued_addressee)
    ("이란 외무부는 21일 영국에 억류 선원들을 즉각 풀어주라고 요구했다. 외무부는 \"필요한 모든 조치를 취할 권리가 있다\"고 "
     "경고하고, 선박이 해저 케이블을 훼손했다는 의혹도 부인했다.",
     [("THREATEN", {"IRN"}, {"GBR"}, "occurred"), ("REJECT", {"IRN"}, {"GBR"}, "occurred")]),
    ("이란 외무부는 21일 모든 당사자에게 자제를 촉구했다. 외무부는 \"필요한 모든 조치를 취할 것\"이라고 경고했다.",
     [("REQUEST", {"IRN"}, set(), "occurred"), ("THREATEN", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", BARE_BODIES)
def test_bare_body_goes_on_with_the_voice(text, expected):
    check(text, expected)


# 4. A denial or dismissal of a charge ('의혹을 부인', '항의를 일축', '억측이라며 이를 일축', or of one's part in a
# deed: '개입을 부인'): rejected_charge, so the
# accuser just reported receives it (ko.yaml charge_nouns, charge_object_re, charge_called_re). A denial of a
# report that is no charge is no REJECT.
CHARGES = [
    ("튀르키예 국방부는 21일 그리스가 영공을 침범했다고 비난했다. 그리스 외무부는 터무니없는 억측이라며 이를 일축했다.",
     [("REJECT", {"GRC"}, {"TUR"}, "occurred")]),
    ("알제리 외무부는 모로코가 국경 지대에 병력을 증강했다고 항의했다. 모로코 외무부는 알제리의 항의를 일축했다.",
     [("REJECT", {"MAR"}, {"DZA"}, "occurred")]),
    ("베네수엘라는 가이아나가 분쟁 지역에 군대를 보냈다고 항의했다. 가이아나 정부는 이 같은 항의를 일축했다.",
     [("REJECT", {"GUY"}, {"VEN"}, "occurred")]),
    ("브라질 정부는 아르헨티나의 제안을 검토했다. 아르헨티나는 협상이 잘 진행됐다고 밝혔지만 브라질은 이를 부인했다.",
     [("REJECT", set(), None, None)]),
    # (request54) a denial of one's own part in the deed charged ('개입을 부인', '연루를 부인', '책임을 부인')
    ("케냐 정부는 10일 소말리아가 무장단체를 돕고 있다고 비난했다. 소말리아 정부는 개입을 부인했다.",
     [("REJECT", {"SOM"}, {"KEN"}, "occurred")]),
    ("이란은 이스라엘이 핵시설 정전 사태를 일으켰다고 비난했다. 이스라엘 총리실은 연루를 강하게 부인했다.",
     [("REJECT", {"ISR"}, {"IRN"}, "occurred")]),
    ("인도 정부는 파키스탄이 국경 테러를 배후에서 조종했다고 비난했다. 파키스탄 외무부는 책임을 부인했다.",
     [("REJECT", {"PAK"}, {"IND"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", CHARGES)
def test_denied_charge_answers_the_accuser(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,ranges", [
    ('외무부는 "대가를 치를 것"이라고 밝혔다.', [(5, 15)]),
    ("성명은 “침략을 멈추라”고 요구했다.", [(4, 13)]),
    ('담화는 "끝나지 않은', [(4, 11)]),
    ("따옴표가 없는 문장이다.", []),
])
def test_quoted_ranges(text, ranges):
    assert quoted_ranges(text) == ranges


# 6. A use of force reported in a nominal clause the sentence then judges, with a relative clause of its own subject
# inside ('[X가] [Y 정부가 청사로 쓰고 있는] 공항을 공격한 데 대해'): the subject before the relative clause attacks
# (act_voices.outer_subject -> agent_span), not the relative clause's subject with it. An attacker the sentence does not
# name ('[...] 공격한 세력은 밝혀지지 않았다') is no one.
NOMINAL_FORCE = [
    ("리비아 동부 군벌(LNA)이 20일 밤 리비아 정부가 임시 청사로 쓰고 있는 미스라타의 공항 시설을 드론으로 공격한 데 대해 "
     "국제사회의 규탄이 이어지고 있다.", [("ASSAULT", {"LBY"}, None, "occurred")]),
    ("예멘 후티 반군이 20일 사우디 정부가 운영하는 지잔의 정유시설을 드론으로 공격한 데 대해 걸프 국가들이 규탄했다.",
     [("ASSAULT", {"YEM"}, None, "occurred")]),
    ("러시아 해군이 21일 핀란드 어민들이 조업하던 어선을 나포한 데 대해 핀란드 정부가 항의했다.",
     [("COERCE", {"RUS"}, {"FIN"}, "occurred"), ("ACCUSE", {"FIN"}, {"RUS"}, "occurred")]),
    ("태국 경찰이 캄보디아 노동자들이 머물던 숙소를 급습한 데 대해 캄보디아 정부가 항의했다.",
     [("ASSAULT", {"THA"}, {"KHM"}, "occurred")]),
    ("사우디 정부가 운영하는 정유시설을 드론으로 공격한 세력은 아직 밝혀지지 않았다.", [("ASSAULT", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", NOMINAL_FORCE)
def test_force_in_a_judged_nominal_clause(text, expected):
    check(text, expected)
