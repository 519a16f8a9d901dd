"""Korean acts: appeals to both sides, asks after calls, dismissed claims, verdicts on a strike, a UN mission's voice.
Each row is a sentence we wrote for the test (not an article's, not the eval's), read through the whole pipeline:
what it states (type, acting and receiving states, status; status None: no such event). Rows per class: the act, a
negated or planned form, and a sentence that states no such act.

Formerly tests/lang/test_ko_act_classes12.py; classes first read as "The Korean act classes of the twelfth
Korean-acts session (appeals to both sides of a conflict, asks after calls, verdicts on a just-reported strike, a UN
mission's voice, concern joined to a demand)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 5, 22)


def events(text: str):
    return extract_text(text, published=PUB).events


# 1. A group word asked ('양측이 ... 할 것을 촉구한다', '쌍방이 ...') after the pair its own sentence names as the two
# sides of something between them ('A·B 간', 'A와 B 사이'): the pair receives the appeal, not the parties just named
# together elsewhere (lang/ko/act_groups.paired_sides, cues group_side_noun, pair_head_noun).
BOTH_SIDES = [
    ('우간다 외교부는 "르완다와 부룬디 사이의 국경 분쟁을 우려하며, 양측이 협상으로 갈등을 풀 것을 촉구한다"고 밝혔다.',
     "REQUEST", {"UGA"}, {"BDI", "RWA"}, "occurred"),
    ("콜롬비아 정부는 페루·에콰도르 간 교전을 우려하며 쌍방이 즉시 휴전할 것을 요구했다.",
     "REQUEST", {"COL"}, {"ECU", "PER"}, "occurred"),
    ('독일은 세르비아와 코소보에 자제를 촉구했다. 오스트리아 외무부도 "최근 세르비아·코소보 간 충돌을 우려하며 양측이 '
     '대화에 복귀할 것을 요청한다"고 밝혔다.', "REQUEST", {"DEU"}, {"SRB", "XKX"}, "occurred"),
    ("콜롬비아 정부는 페루·에콰도르 간 교전을 우려하며 쌍방이 즉시 휴전할 것을 요구할 방침이다.",
     "REQUEST", {"COL"}, {"ECU", "PER"}, "planned"),
    ("에티오피아·소말리아 간 교역량은 양측 모두 늘었다.", "REQUEST", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", BOTH_SIDES)
def test_group_word_asked_is_the_named_pair(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


def test_second_appealer_asks_the_pair_not_the_first_appealer():
    found = [e for e in events(BOTH_SIDES[2][0]) if e.type == "REQUEST"
             and "AUT" in {p.country for p in e.participants}]
    assert found and {r.country for r in found[0].recipients} == {"SRB", "XKX"}


# 2. An ask joined to a call or meeting in one sentence ('A와 통화하고 ... 나설 것을 촉구했다'), its object a matter:
# it is put to the ones called, every party of a list ('A 장관, B 총리와'; lang/ko/act_groups.asked_at_call), unless
# it names its own addressee ('C에 ...를 촉구했다'); a subject marked with the additive 도 and no 은/는 topic is the topic both clauses share (lang/ko/clauses.SentenceReader.topic).
ASKED_AT_CALL = [
    ("프랑스 외무장관은 요르단 외교장관과 통화하고 인도적 통로 개방에 나설 것을 촉구했다.",
     "REQUEST", {"FRA"}, {"JOR"}, "occurred"),
    ("캐나다 총리도 같은 날 멕시코 대통령과 통화하고 관세 협상에 나설 것을 요청했다.",
     "REQUEST", {"CAN"}, {"MEX"}, "occurred"),
    ("프랑스 외무장관은 요르단 외교장관과 통화하고 인도적 통로 개방에 나설 것을 촉구할 계획이다.",
     "REQUEST", {"FRA"}, {"JOR"}, "planned"),
    ("독일 외무장관은 이집트 외교장관, 카타르 총리와 잇따라 통화하고 인질 협상에 적극 나설 것을 촉구했다.",
     "REQUEST", {"DEU"}, {"EGY", "QAT"}, "occurred"),
    ("독일 외무장관은 이집트 외교장관과 통화하고 이스라엘에 인도적 지원 확대를 촉구했다.",
     "REQUEST", {"DEU"}, {"ISR"}, "occurred"),
    ("프랑스 외무장관은 요르단 외교장관과 통화하고 양국 협력 방안을 논의했다.", "REQUEST", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", ASKED_AT_CALL)
def test_ask_after_a_call_goes_to_the_one_called(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 3. A claim dismissed with a quoted verdict ('X의 ... 주장을 "근거 없는 날조"라며 일축했다'): REJECT of the claim's owner.
DISMISSED = [
    ('베네수엘라 외무부는 가이아나의 영토 침범 주장을 "근거 없는 날조"라며 일축했다.', "REJECT", {"VEN"}, {"GUY"}, "occurred"),
    ("베네수엘라 외무부는 가이아나의 영토 침범 주장을 일축하지 않았다.", "REJECT", set(), None, None),
    ("가이아나의 주장은 근거가 부족하다는 분석이 나왔다.", "REJECT", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", DISMISSED)
def test_dismissed_claim_is_rejected(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 4. A condemnation whose object refers to the act just reported ('이번 폭격을') with a long quoted verdict: aimed at
# the one who struck (lang/ko/act_verdicts.verdict_accusations marks it answers); an agreement named inside the
# verdict as the norm broken is no AGREE (act_verdict_charges.violated_norms).
STRIKE = "미얀마군이 라카인주의 한 마을을 폭격했다. "
VERDICT = [
    (STRIKE + '방글라데시 외무장관은 이번 폭격을 "국제법과 정전 합의에 대한 명백한 위반"이라고 규탄했다.',
     "ACCUSE", {"BGD"}, {"MMR"}, "occurred"),
    (STRIKE + '방글라데시 외무장관은 이번 폭격을 "국제법과 정전 합의에 대한 명백한 위반"이라고 규탄하지 않았다.',
     "ACCUSE", set(), None, None),
    (STRIKE + '방글라데시 외무장관은 이번 폭격을 "국제법과 정전 합의에 대한 명백한 위반"이라고 규탄했다.',
     "AGREE", set(), None, None),
    ("전문가들은 이번 폭격이 정전 합의 위반인지를 따지고 있다.", "ACCUSE", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", VERDICT)
def test_long_verdict_on_the_reported_strike(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 5. A UN mission's command speaks for the UN (the mission's Korean name in the institutions table).
MISSION = [
    ("유니필 사령관은 시리아군에 완충지대에서의 무력시위를 멈추라고 촉구했다.", "REQUEST", {"UNO"}, {"SYR"}, "occurred"),
    ("유니필은 다음 주 시리아군에 병력 철수를 요구할 예정이다.", "REQUEST", {"UNO"}, {"SYR"}, "planned"),
    ("유니필 사령부는 1978년에 창설됐다.", "REQUEST", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", MISSION)
def test_un_mission_asks_for_the_un(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 6. Concern about an act ('포격에 깊은 우려를 표한다"며') joined to a demand on a state ('X 측에 ... 요구했다'): the
# concern blames the state addressed (lang/ko/act_groups.concern_addressed, cue concern_about_particle); concern
# about a matter (a disaster's damage) blames no one.
CONCERN = [
    ('튀르키예 외무부는 "국경 마을에 대한 포격에 깊은 우려를 표한다"며 시리아 측에 민간인 보호를 요구했다.',
     "ACCUSE", {"TUR"}, {"SYR"}, "occurred"),
    ('튀르키예 외무부는 "지진 피해에 깊은 우려를 표한다"며 유엔에 긴급 지원을 요청했다.', "ACCUSE", set(), None, None),
    ('튀르키예 외무부는 "국경 마을에 대한 포격에 깊은 우려를 표한다"고만 밝혔다.', "ACCUSE", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", CONCERN)
def test_concern_joined_to_a_demand_blames_the_addressee(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 3b. A paragraph opened by 'earlier' ('앞서 X군은 10일 ...') recalls its day for that paragraph only: an undated
# rejection in the next paragraph is dated by the story's day again (pipeline/story_days.return_from_recall,
# Language.opens_recall, lexicon recall_opening_re); without 'earlier' the story moved to the day it names.
RECALL = ('말레이시아 외교부는 12일 태국과 미얀마 양측에 자제를 요청했다.\n\n{}미얀마군은 10일 밤 국경 인근 반군 기지를 '
          '포격했다고 발표했다. 태국은 자국 민간인 2명이 다쳤다며 이를 규탄했다.\n\n미얀마 외교부는 태국의 민간인 피해 주장을 '
          '"근거 없는 선동"이라며 일축했다.')


@pytest.mark.parametrize("opening,rejected_on,condemned_on", [
    ("앞서 ", date(2024, 5, 12), date(2024, 5, 10)),
    ("", date(2024, 5, 10), date(2024, 5, 10)),
])
def test_recalled_day_lasts_its_paragraph(opening, rejected_on, condemned_on):
    found = extract_text(RECALL.format(opening), published=date(2024, 5, 13)).events
    by_type = {e.type: e for e in found}
    assert by_type["REJECT"].date == rejected_on and {r.country for r in by_type["REJECT"].recipients} == {"THA"}
    assert by_type["ACCUSE"].date == condemned_on
