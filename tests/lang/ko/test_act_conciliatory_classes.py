"""Korean cooperative and conciliatory acts the two-language table missed (kopar53a, issues 15/13): an accord reached
told with a verb of arrival, joint activities with their field between prefix and head, ties restored, a sum
deposited, staple food given, suspects sent back, people sent home, entry permitted, thanks for another's help, a sum
pledged, a promise's other side inside its content, talks between two sides hosted by a third.
Each row is a sentence we wrote for the test (not an article's, not the eval's), read through the whole pipeline:
the act (type, acting and receiving states, status; status None: no such event) and a row per class that states
no such act. English variants of each class are in tests/lang/en/test_act_conciliatory_classes.py."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows

PUB = date(2026, 3, 12)


def events(text: str):
    return extract_text(text, published=PUB).events


CLASSES = {
    # an act noun of accord with a verb of arrival (cue-free pairs of ko_acts_cameo_spec 037: 도달하다, 이르다)
    "accord_reached": [
        ("볼리비아와 파라과이는 수자원 분배에 관한 합의에 도달했다.", "AGREE", {"BOL", "PRY"}, None, "occurred", None),
        ("몰도바와 루마니아는 전력망 연결 협상에서 타결에 이르렀다.", "AGREE", {"MDA", "ROU"}, None, "occurred", None),
        ("에콰도르와 페루는 국경 하천 문제에서 절충점에 도달했다.", "AGREE", {"ECU", "PER"}, None, "occurred", None),
        ("볼리비아와 파라과이는 합의에 도달하지 못했다.", "AGREE", set(), None, None, None),
        ("볼리비아와 파라과이의 협상 대표단은 수도에 도달했다.", "AGREE", set(), None, None, None),
    ],
    # 공동/합동 + the activity's field + its head (act_noun_lookup.joint_compound), with a light verb of starting
    "joint_activity": [
        ("스페인과 모로코는 합동 국경 순찰을 시작했다.", "COOPERATE", {"ESP", "MAR"}, None, "occurred", None),
        ("노르웨이와 핀란드는 공동 북극 연구 사업에 착수했다.", "COOPERATE", {"NOR", "FIN"}, None, "occurred", None),
        ("칠레와 아르헨티나는 공동 사업을 시작했다.", "COOPERATE", {"CHL", "ARG"}, None, "occurred", None),
        ("스페인과 모로코는 해상 순찰을 시작했다.", "COOPERATE", set(), None, None, None),
        ("노르웨이는 북극 연구 사업에 착수했다.", "COOPERATE", set(), None, None, None),
    ],
    # relations or ties restored (CAMEO 050 RESTORE RELATIONS): SUPPORT of the other state
    "ties_restored": [
        ("카타르는 바레인과의 외교 관계를 복원했다.", "SUPPORT", {"QAT"}, {"BHR"}, "occurred", None),
        ("모로코는 이란과의 국교를 회복했다.", "SUPPORT", {"MAR"}, {"IRN"}, "occurred", None),
        ("카타르는 바레인과의 외교 관계를 복원하지 않았다.", "SUPPORT", set(), None, None, None),
    ],
    # a sum named by its currency deposited in another state's bank (act_arguments: the currency is the pair's noun)
    "sum_deposited": [
        ("쿠웨이트는 요르단 중앙은행에 5억 달러를 예치했다.", "AID", {"KWT"}, {"JOR"}, "occurred", "economic"),
        ("카타르는 이집트 중앙은행에 30억 달러를 예치했다.", "AID", {"QAT"}, {"EGY"}, "occurred", "economic"),
        ("쿠웨이트 은행들은 국내 예금 5억 달러를 예치했다.", "AID", set(), None, None, None),
        # actors57b: a deposit with no bank named (에) is money banked at home, no AID, whoever deposits it
        ("오만 기업들은 가계 저축 4억 달러를 예치했다.", "AID", set(), None, None, None),
        ("오만은 4억 달러를 예탁했다.", "AID", set(), None, None, None),
    ],
    # staple food given (cue relief_goods_noun: CAMEO &FOOD, RICE under 073)
    "food_given": [
        ("태국은 미얀마에 쌀을 기부했다.", "AID", {"THA"}, {"MMR"}, "occurred", "humanitarian"),
        ("캐나다는 예멘에 밀가루를 보냈다.", "AID", {"CAN"}, {"YEM"}, "occurred", "humanitarian"),
        ("베트남은 필리핀에 옥수수를 기증했다.", "AID", {"VNM"}, {"PHL"}, "occurred", "humanitarian"),
        ("태국은 미얀마에서 쌀을 수입했다.", "AID", set(), None, None, None),
    ],
    # a suspect sent back to the state seeking him is legal cooperation, not a release (cue suspect_noun)
    "suspect_sent_back": [
        ("태국은 마약 밀매 용의자를 라오스로 송환했다.", "COOPERATE", {"THA"}, {"LAO"}, "occurred", None),
        ("필리핀은 사기 피의자 3명을 베트남으로 송환했다.", "COOPERATE", {"PHL"}, {"VNM"}, "occurred", None),
        ("태국은 억류하던 라오스 어민을 송환했다.", "COOPERATE", set(), None, None, None),
    ],
    # children or civilians a state sends back (cue captive_noun): released
    "people_sent_home": [
        ("벨라루스는 리투아니아 어린이 12명을 리투아니아로 돌려보냈다.", "RETREAT", {"BLR"}, {"LTU"}, "occurred",
         "release"),
        ("아르메니아는 아제르바이잔 민간인 4명을 돌려보냈다.", "RETREAT", {"ARM"}, {"AZE"}, "occurred", "release"),
        ("벨라루스는 리투아니아에 서한을 돌려보냈다.", "RETREAT", set(), None, None, None),
    ],
    # an entry, a landing or a port call permitted (CAMEO 086): RETREAT access
    "entry_permitted": [
        ("이집트는 구호 차량의 국경 진입을 허용했다.", "RETREAT", {"EGY"}, None, "occurred", "access"),
        ("튀르키예는 러시아 군함의 입항을 허가했다.", "RETREAT", {"TUR"}, {"RUS"}, "occurred", "access"),
        ("이집트는 구호 차량의 국경 진입을 허용하지 않았다.", "RETREAT", set(), None, None, None),
        ("요르단 정부는 군 병력의 도심 진입을 허용했다.", "RETREAT", set(), None, None, None),  # own forces let in
    ],
    # thanks for another side's help: the thanker's SUPPORT of the one thanked (act_receiving_sides.thanked_support)
    "thanks_for_help": [
        ("요르단은 노르웨이의 재정 지원에 감사를 표했다.", "SUPPORT", {"JOR"}, {"NOR"}, "occurred", None),
        ("몰디브 대통령은 인도 정부의 신속한 도움에 사의를 표했다.", "SUPPORT", {"MDV"}, {"IND"}, "occurred", None),
    ],
    # a sum of money pledged is the grant made, economic (act_granted_sums; English en23 'pledged $3 million to')
    "sum_pledged": [
        ("일본은 튀르키예에 500만 달러를 지원하겠다고 약속했다.", "AID", {"JPN"}, {"TUR"}, "occurred", "economic"),
        ("캐나다는 아이티에 2천만 달러를 지원하기로 약속했다.", "AID", {"CAN"}, {"HTI"}, "occurred", "economic"),
        ("일본은 튀르키예에 구호 인력을 지원하겠다고 약속했다.", "AID", set(), None, None, None),
        ("일본은 튀르키예에 500만 달러를 지원하겠다고 약속했다.", "AGREE", set(), None, None, None),
        ("일본은 튀르키예에 500만 달러를 지원하겠다고 밝혔다.", "AGREE", {"JPN"}, {"TUR"}, "occurred", None),
    ],
    # a promise's other side told inside its content: a source (로부터) or goods' origin (X산) after V-겠다고
    "promise_counterpart": [
        ("칠레는 볼리비아산 리튬을 더 구매하겠다고 약속했다.", "AGREE", {"CHL"}, {"BOL"}, "occurred", None),
        ("베트남은 라오스로부터 전력을 수입하겠다고 약속했다.", "AGREE", {"VNM"}, {"LAO"}, "occurred", None),
        ("칠레는 볼리비아산 리튬을 구매하기로 합의했다.", "AGREE", {"CHL"}, {"BOL"}, "occurred", None),
        ("칠레는 리튬을 더 구매하겠다고 약속했다.", "AGREE", {"CHL"}, set(), "occurred", None),
    ],
}


@pytest.mark.parametrize("text,type_,actors,recipients,status,mode", class_rows(CLASSES))
def test_conciliatory_classes(text, type_, actors, recipients, status, mode):
    assert_act(events(text), type_, actors, recipients, status, mode)


# talks between two sides that a third party hosts ('C는 A와 B 간의 회담을 주최했다'): CONSULT third-party with the host at
# the table, as English 'C hosted talks between A and B' (lang/ko/meeting_brokered, clause word host_verbs); a summit
# hosted with no owners named, or hosting to come, is no brokered meeting
HOSTED = [
    ("스위스는 아르메니아와 아제르바이잔 간의 평화회담을 주최했다.", {"CHE", "ARM", "AZE"}, "third-party"),
    ("카타르는 에티오피아와 에리트레아 사이의 정상회담을 주최했다.", {"QAT", "ETH", "ERI"}, "third-party"),
    ("스위스는 아르메니아와 아제르바이잔의 회담을 주최했다.", {"CHE", "ARM", "AZE"}, "third-party"),
    ("스위스는 국제 경제 포럼을 주최했다.", None, None),
]


@pytest.mark.parametrize("text,parties,mode", HOSTED)
def test_hosted_talks_between_two_sides(text, parties, mode):
    found = [e for e in events(text) if e.type == "CONSULT"]
    if parties is None:
        assert all(e.mode != "third-party" for e in found), [(e.mode, [p.country for p in e.participants]) for e in found]
        return
    assert found, [e.type for e in events(text)]
    assert {p.country for p in found[0].participants} == parties and found[0].mode == mode
