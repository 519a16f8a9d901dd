"""Korean act sides and vocabulary: quoted claims and the other classes of its table. Each row is a sentence or two we
wrote for the test (not a batch's, not the eval's), read through the whole pipeline: what it states (type, acting
and receiving states, status; status None: no such event).

Formerly tests/lang/test_ko_sides18.py; classes first read as "Korean act sides and vocabulary, second round
(session 18, ko-acts18; classes found in the open batches art15a..art19b)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 9, 12)


def check(text: str, expected) -> None:
    found = extract_text(text, published=PUB).events
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 1. A claim in a direct quote whose subject is another side's forces ('대변인은 "[B 군함이] ...했다"고 주장했다'): the
# quote's subject did the act, and the speaker accuses it (act_verdict_charges.alleged_act through a quote's 고).
QUOTED_CLAIMS = [
    ("니카라과 외교부 대변인은 \"코스타리카 경비정이 우리 어선 두 척을 나포했다\"고 주장했다.",
     [("COERCE", {"CRI"}, None, "occurred"), ("ACCUSE", {"NIC"}, {"CRI"}, "occurred")]),
    ("수리남 국방부 대변인은 \"가이아나 군이 국경 초소를 공격했다\"고 주장했다.",
     [("ASSAULT", {"GUY"}, None, "occurred"), ("ACCUSE", {"SUR"}, {"GUY"}, "occurred")]),
    ("몬테네그로 내무부 대변인은 \"알바니아 무장 괴한들이 세관을 습격했다\"고 주장했다.",
     [("ACCUSE", {"MNE"}, {"ALB"}, "occurred")]),
    # the speaker's own forces in the quote: a claim of success accuses no one
    ("칠레 해군 대변인은 \"우리 해군이 밀수선을 나포했다\"고 주장했다.", [("ACCUSE", set(), None, None)]),
]

# 2. A claim that another side used force or armed someone ('A는 B가 ...을 공습했다고 주장했다', 'B가 반군에 무기를
# 제공했다고 주장하며'): A alleges a wrong of B (PLOVER ACCUSE, allege; cues allege_verb, alleged_act_type). A claim
# about one's own conduct or a neutral fact is no accusation.
ALLEGED_ACTS = [
    ("차드 정부는 수단군이 국경 마을을 포격해 주민 여러 명이 숨졌다고 주장했다.",
     [("ACCUSE", {"TCD"}, {"SDN"}, "occurred"), ("ASSAULT", {"SDN"}, None, "occurred")]),
    ("니제르 정부는 베냉이 국경 너머 무장세력에 무기를 공급했다고 주장했다.",
     [("ACCUSE", {"NER"}, {"BEN"}, "occurred")]),
    ("르완다 정부는 부룬디군이 국경 초소를 공격했다고 주장하며 아프리카연합에 중재를 요청했다.",
     [("ACCUSE", {"RWA"}, {"BDI"}, "occurred")]),
    ("에콰도르 정부는 자국군이 반군 거점을 공격해 큰 성과를 거뒀다고 주장했다.", [("ACCUSE", set(), None, None)]),
    ("라오스 정부는 올해 쌀 수출이 크게 늘었다고 주장했다.", [("ACCUSE", set(), None, None)]),
]

# 3. Vigilance and readiness raised or held after another side's act ('감시와 경계를 강화했다', '경계를 격상',
# '대비태세를 유지'): MOBILIZE (troops) of the forces' own state, in a military story only.
VIGILANCE = [
    ("페루군이 국경 초소를 포격하자 볼리비아 군은 감시와 경계를 강화했다.",
     [("MOBILIZE", {"BOL"}, None, "occurred")]),
    ("태국 군은 미얀마 군의 국경 포격 직후 경계를 격상했다고 밝혔다.", [("MOBILIZE", {"THA"}, None, "occurred")]),
    ("조지아 군은 러시아군의 병력 이동 이후 확고한 대비태세를 유지하고 있다고 밝혔다.",
     [("MOBILIZE", {"GEO"}, None, "occurred")]),
    ("경찰은 연말 음주운전 단속을 앞두고 경계를 강화했다.", [("MOBILIZE", set(), None, None)]),
]

# 4. Drills condemned as '이번 훈련/연습' after their owners were named: both owners are the accused.
DRILLS_CONDEMNED = [
    ("튀르키예와 아제르바이잔이 3일 카스피해에서 연합훈련을 시작했다. 이란 외무부는 이번 훈련을 비난했다.",
     [("ACCUSE", {"IRN"}, {"TUR", "AZE"}, "occurred")]),
    ("미국과 필리핀이 남중국해에서 합동 해상훈련을 벌였다. 중국 국방부는 이번 연습을 강하게 규탄했다.",
     [("ACCUSE", {"CHN"}, {"USA", "PHL"}, "occurred")]),
    ("인도와 프랑스가 아라비아해에서 연합 해군연습을 실시했다. 파키스탄 외무부는 이번 연습을 비난했다.",
     [("ACCUSE", {"PAK"}, {"IND", "FRA"}, "occurred")]),
    ("노르웨이와 핀란드가 북극권에서 연합훈련을 마쳤다. 스웨덴 국방부는 이번 훈련이 성공적이었다고 밝혔다.",
     [("ACCUSE", set(), None, None)]),
]

# 5. A request's own addressee after a joined clause with a subject of its own ('A는 [B가 ...했다고] 주장하며 유엔에
# ... 요청했다'): the body named after the joined ending is asked (an international body: IGO), not the claim's subject (act_addressees.request_addressee);
# with no addressee of its own the claim's subject is the one asked.
JOINED_ADDRESSEE = [
    ("르완다 정부는 부룬디군이 국경 초소를 공격했다고 주장하며 아프리카연합에 중재를 요청했다.",
     [("REQUEST", {"RWA"}, {"IGO"}, "occurred")]),
    ("코소보 정부는 세르비아가 국경에 병력을 집결시켰다고 주장하며 나토에 감시 강화를 요청했다.",
     [("REQUEST", {"XKX"}, {"IGO"}, "occurred")]),
    ("말레이시아 정부는 인도네시아 선박이 자국 어선을 나포했다고 주장하며 유엔에 조사를 요청했다.",
     [("REQUEST", {"MYS"}, {"UNO"}, "occurred")]),
    ("가봉 정부는 적도기니가 국경을 침범했다고 주장하며 즉각 철수를 요구했다.",
     [("REQUEST", {"GAB"}, {"GNQ"}, "occurred")]),
]

# 6. A threat against a named act ('[반군의] 테러에 대가를 치르게 하겠다', '[B의] 도발에 대응하겠다'): aimed at the act's
# author (act_receiving_sides.act_authors), rebels of the threatening state's own land being that state; an act with no author
# named aims at no one in particular. Also a claim's accused past a gloss ('B(약칭)가 ...했다고 주장했다').
ACT_AUTHORS = [
    ("말리 군은 \"반군의 테러에 반드시 대가를 치르게 할 것\"이라고 경고했다.", [("THREATEN", {"MLI"}, {"MLI"}, "occurred")]),
    ("라트비아 국방부는 러시아의 도발에 단호히 대응하겠다고 경고했다.", [("THREATEN", {"LVA"}, {"RUS"}, "occurred")]),
    ("니제르 군은 무장단체의 공격에 대가를 치르게 하겠다고 경고했다.", [("THREATEN", {"NER"}, {"NER"}, "occurred")]),
    ("말리 군은 이번 작전에 대가를 치르게 하겠다고 경고했다.", [("THREATEN", set(), None, None)]),
    ("요르단 정부는 시리아 민주군(SDF)이 국경 초소를 공격했다고 주장했다.", [("ACCUSE", {"JOR"}, {"SYR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", QUOTED_CLAIMS + ALLEGED_ACTS + VIGILANCE + DRILLS_CONDEMNED
                         + JOINED_ADDRESSEE + ACT_AUTHORS)
def test_each_row_states_its_acts_and_sides(text: str, expected) -> None:
    check(text, expected)
