"""Korean act sides: appeals to all sides, bare forces abroad, dropped subjects after quotes, spokespersons abroad.
Each row is a sentence or two we wrote for the test (not a batch's, not the eval's), read through the whole
pipeline: what it states (type, acting and receiving states, status; status None: no such event).

Formerly tests/lang/test_ko_sides19.py; classes first read as "Korean act sides, third round (session 18, ko-acts19;
classes found in the open batches art15a..art19b)" (docs/history.md)."""
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


# 1. An appeal to both sides ('양측 모두에'): asked of both sides of the conflict act just reported
# (lang/ko/act_appeals.open_appeals marks it `unaddressed` + `all_sides`); an appeal to all parties ('모든 당사자가
# ...할 것을', '분쟁 당사자들에', `open_addressee`) asks the sides of the conflict told (request59); the parties
# within a named state are that state's. With no conflict reported, the appeal asks no one state (kept, ko-acts25).
ALL_SIDES = [
    ("에티오피아군은 10일 에리트레아 국경 마을을 포격했다. 유엔 사무총장은 양측 모두에 자제를 촉구했다.",
     [("REQUEST", {"UNO"}, {"ETH", "ERI"}, "occurred")]),
    ("아제르바이잔군이 아르메니아 진지를 공격했다. 프랑스 외무부는 모든 당사자가 즉각 휴전할 것을 촉구한다고 밝혔다.",
     [("REQUEST", {"FRA"}, {"AZE", "ARM"}, "occurred")]),
    ("콜롬비아 군이 베네수엘라 국경 초소를 공습했다. 브라질 정부는 분쟁 당사자들에 대화를 촉구했다.",
     [("REQUEST", {"BRA"}, {"COL", "VEN"}, "occurred")]),
    ("말리 정부군이 반군 거점을 공격했다. 유엔은 말리 내 모든 당사자에 폭력 중단을 촉구했다.",
     [("REQUEST", {"UNO"}, {"MLI"}, "occurred")]),
    # no conflict reported before: an appeal to 'all sides' names no one, and stays a request to no state (ko-acts25:
    # as English keeps it, and the golds code such appeals; pipeline/act_unreceived.open_appeal)
    ("캐나다 총리는 11일 기자회견에서 양측 모두에 자제를 촉구했다.", [("REQUEST", {"CAN"}, set(), "occurred")]),
    # a state named beside the parties keeps its own target
    ("터키군이 시리아 북부를 포격했다. 이란은 터키에 자제를 촉구했다.", [("REQUEST", {"IRN"}, {"TUR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", ALL_SIDES)
def test_appeal_to_all_sides(text, expected):
    check(text, expected)


# 2. A bare force noun right after another state acted, in a story filed abroad whose host is no side of that act
# ('(나이로비) X군은 ... 포격했다. 군은 ... 경고했다'): the forces just named (pipeline/act_actor_defaults.forces_abroad); the
# host's own forces where the host is a side ('(방콕) X군이 태국 초소를 포격했다. 군은 ...': Thailand's).
FORCES_ABROAD = [
    ("(나이로비=연합뉴스) 에티오피아군은 10일 에리트레아 국경 마을을 포격했다. 군은 에리트레아에 보복하겠다고 경고했다.",
     [("THREATEN", {"ETH"}, {"ERI"}, "occurred")]),
    ("(카이로=연합뉴스) 수단군은 11일 차드 국경 지대를 공습했다. 군은 차드 정부에 국경 병력 철수를 요구했다.",
     [("REQUEST", {"SDN"}, {"TCD"}, "occurred")]),
    ("(방콕=연합뉴스) 캄보디아군이 10일 태국 국경 초소를 포격했다. 군은 캄보디아에 보복하겠다고 경고했다.",
     [("THREATEN", {"THA"}, {"KHM"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", FORCES_ABROAD)
def test_bare_forces_abroad(text, expected):
    check(text, expected)


# 3. '이어 "…"라며 "[B는] …해야 한다"고 촉구했다': the dropped subject goes on with the side of the sentence before; the
# subjects inside the quotations it follows are what was said, not who speaks (lang/ko/language.quoted_aside and
# continued_subject). A sentence naming its own speaker after the quote keeps that speaker.
QUOTED_ASIDES = [
    ("(도쿄=연합뉴스) 중국 해경선이 센카쿠 열도 영해에 진입했다. 일본 외무성은 \"중국 측에 엄중히 항의했다\"고 밝혔다. "
     "이어 \"중국의 행위는 국제법 위반\"이라며 \"즉각 철수할 것을 요구한다\"고 강조했다.",
     [("REQUEST", {"JPN"}, {"CHN"}, "occurred")]),
    ("(서울=연합뉴스) 북한이 동해상으로 순항미사일을 발사했다. 합참은 \"우리 군은 발사 직후 대비태세를 강화했다\"고 밝혔다. "
     "이어 \"북한의 도발 행위를 강력히 규탄한다\"며 \"북한은 발사를 즉각 중단해야 한다\"고 촉구했다.",
     [("ACCUSE", {"KOR"}, {"PRK"}, "occurred"), ("REQUEST", {"KOR"}, {"PRK"}, "occurred")]),
    ("(카이로=연합뉴스) 이스라엘군이 가자지구 난민촌을 공습했다. 이집트 외무부는 이스라엘을 규탄했다. "
     "이어 \"국제사회는 행동해야 한다\"며 \"이스라엘은 공격을 멈춰야 한다\"고 요구했다.",
     [("REQUEST", {"EGY"}, {"ISR"}, "occurred")]),
    # a speaker named outside the quotes acts, not the side of the sentence before
    ("(카이로=연합뉴스) 요르단 외무부는 이스라엘을 규탄했다. 이어 이집트 외무장관은 \"국제사회는 행동해야 한다\"며 "
     "\"이스라엘은 즉각 철수해야 한다\"고 촉구했다.",
     [("REQUEST", {"EGY"}, {"ISR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", QUOTED_ASIDES)
def test_dropped_subject_after_quotes(text, expected):
    check(text, expected)


# 4. A bare '대변인은' going on with the voice just heard, in a story filed abroad, whose quotation names other subjects
# ('대변인은 "[B 선박이] ... [해경이] ...했다"고 주장하며 B에 ... 촉구했다'): the voice's state, not one read from a subject
# inside the quotation (a bare '해경' is the home state's coast guard only outside such a quote).
BARE_SPOKESPERSON = [
    ("(베이징=연합뉴스) 중국 외교부 대변인은 필리핀의 항의를 거부했다. 대변인은 \"필리핀 선박이 중국 해역을 침범했고 "
     "해경이 필요한 조치를 했다\"고 주장하며 필리핀에 \"도발을 멈추라\"고 촉구했다.",
     [("REQUEST", {"CHN"}, {"PHL"}, "occurred")]),
    ("(하노이=연합뉴스) 베트남 외교부 대변인은 중국을 비난했다. 대변인은 \"중국 군함이 베트남 해역에 들어왔다\"며 중국에 "
     "즉각 철수를 요구했다.", [("REQUEST", {"VNM"}, {"CHN"}, "occurred")]),
    # a spokesperson named with his own state acts for it, whatever the voice before
    ("(하노이=연합뉴스) 베트남 외교부 대변인은 중국을 비난했다. 필리핀 외교부 대변인도 중국에 자제를 촉구했다.",
     [("REQUEST", {"PHL"}, {"CHN"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", BARE_SPOKESPERSON)
def test_bare_spokesperson_abroad(text, expected):
    check(text, expected)
