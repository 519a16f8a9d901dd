"""Korean acts. Each row is a sentence or two we wrote for the test (not a batch's, not the eval's), read through the
whole pipeline: what it states (type, acting states exactly among the parties, receiving states, status; status
None: no such event).

Formerly tests/lang/test_ko_sides28.py, classes first read by session 22, ko-acts28: who did what to whom, round 2
(docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.lang.ko.act_rows import PUB, check


def sides(text: str, type_: str) -> list[tuple[set[str], set[str]]]:
    """The (actors, recipients) of each event of `type_` the text states."""
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=PUB).events if e.type == type_]


# 1. A refusal with nothing refused before its verb ('사실상 거절했다', '거절의 뜻을 밝혔다', '"..."라며 선을 그었다'):
# it refuses what was just put to the refuser, whose owner receives it (act_answers.bare_rejections; lexicon
# bare_rejection_before_re; pipeline rejected_proposal). A refusal with its own object keeps the state it names.
BARE_REFUSALS = [
    ("이집트 외교장관은 회담에서 수단이 나일강 댐 공동 운영에 동의해 달라고 요청했다. 이에 수단 외교장관은 사실상 거절했다.",
     "REJECT", {"SDN"}, {"EGY"}),
    ("쿠웨이트 외교장관은 회담에서 이라크가 국경 하천 공동 관리에 동의해 달라고 요청했다. 이에 이라크 외교장관은 수자원 주권은 "
     "양보할 수 없다며 사실상 거절의 뜻을 밝혔다.", "REJECT", {"IRQ"}, {"KWT"}),
    ("인도 상공장관은 협상에서 호주가 농산물 관세를 낮춰 달라고 요구했다. 호주 통상장관은 \"낙농품 관세는 논의 대상이 아니다\"라며 "
     "선을 그었다.", "REJECT", {"AUS"}, {"IND"}),
    # negative: a refusal of its own object ('러시아 화물차의 입국을') is not the request just told
    ("리투아니아 정부는 벨라루스에 국경 검문소 재개방을 요청했다. 라트비아 국경수비대는 같은 날 러시아 화물차의 입국을 거부했다.",
     "REJECT", {"LVA"}, {"RUS"}),
]


@pytest.mark.parametrize("text,type_,actors,recipients", BARE_REFUSALS)
def test_bare_refusal_answers_the_request_just_told(text, type_, actors, recipients):
    assert (actors, recipients) in sides(text, type_)


def test_opposing_what_is_named_is_no_bare_refusal():
    """Negative: '[나포 행위에] 단호히 반대한다' opposes what its 에 names: no refusal of the request told before."""
    text = ("말레이시아 해군이 인도네시아 어선을 나포했다. 인도네시아 외교부 대변인은 \"나포 행위에 단호히 반대한다\"며 선원들을 "
            "즉각 돌려보내라고 요구했다.")
    assert ({"IDN"}, {"MYS"}) not in sides(text, "REJECT")


def test_bare_refusal_with_no_request_before_has_no_receiver():
    """Nothing was put to the refuser: no one receives the refusal (no guess from a statement without a request)."""
    found = sides("체코 총리는 회견에서 \"이번 결정은 최종적\"이라고 말했다. 슬로바키아 총리는 사실상 거절의 뜻을 밝혔다.", "REJECT")
    assert all("CZE" not in recipients for _actors, recipients in found)


# 2. A tit-for-tat expulsion ('맞추방했다', '맞추방으로 대응했다'): SANCTION expel; naming no one it expels, it answers
# the other side's last expulsion (lexicon 맞추방하다/맞추방, cue tit_for_tat_lemma; act_answers.tit_for_tat).
TIT_FOR_TAT = [
    ("니카라과는 지난 3일 코스타리카 외교관 2명을 추방했다. 코스타리카 정부는 이튿날 맞추방으로 대응했다.",
     [("SANCTION", {"NIC"}, {"CRI"}, "occurred")]),
    ("몰타가 리비아 외교관 3명을 추방하자 리비아도 몰타 외교관 3명을 맞추방하며 맞대응했다.",
     [("SANCTION", {"MLT"}, {"LBY"}, "occurred")]),
    # negative: '맞대응 훈련' is no expulsion
    ("인도네시아 해군과 말레이시아 해군은 같은 날 맞대응 훈련을 벌였다.", [("SANCTION", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", TIT_FOR_TAT)
def test_tit_for_tat_expulsion(text, expected):
    check(text, expected)


def test_tit_for_tat_answers_the_first_expulsion():
    found = sides("니카라과는 지난 3일 코스타리카 외교관 2명을 추방했다. 코스타리카 정부는 이튿날 맞추방으로 대응했다.", "SANCTION")
    assert ({"CRI"}, {"NIC"}) in found
    found = sides("몰타가 리비아 외교관 3명을 추방하자 리비아도 몰타 외교관 3명을 맞추방하며 맞대응했다.", "SANCTION")
    assert ({"LBY"}, {"MLT"}) in found


# 3. After a statement with no act ('B 외교장관은 "..."고 말했다': opening_voice_re), '이어 "C가 ...할 것을 촉구한다"고
# 덧붙였다' is B's own request: a quoted act in the present is the speaker's (language.spoken_now), and the subject
# inside that quotation ('C가') is the one asked. A past inside a quotation may report another's act.
QUOTED_PRESENT = [
    ("볼리비아 외교장관은 \"페루의 국경 통제는 부당하다\"고 말했다. 이어 \"페루 정부가 통제를 즉시 풀 것을 촉구한다\"고 덧붙였다.",
     [("REQUEST", {"BOL"}, {"PER"}, "occurred")]),
    ("노르웨이 총리는 \"러시아의 행동은 용납할 수 없다\"고 말했다. 이어 \"러시아가 즉시 선박을 돌려보낼 것을 요구한다\"고 덧붙였다.",
     [("REQUEST", {"NOR"}, {"RUS"}, "occurred")]),
    # negative: a past inside the quotation reports another's demand, not the speaker's
    ("몽골 외교장관은 \"양국은 협력해야 한다\"고 말했다. 이어 \"중국 정부는 이미 관세 철폐를 요구했다\"고 덧붙였다.",
     [("REQUEST", {"MNG"}, None, None)]),
]


@pytest.mark.parametrize("text,expected", QUOTED_PRESENT)
def test_quoted_present_act_is_the_speakers(text, expected):
    check(text, expected)


# 4. The first 이/가 subject before a request's content ('X가 [한국이 ... 맞춰 달라고] 요구했다', reported by a source:
# '소식통은 X가 ... 요구했다고 전했다') asks (act_requesters.asker_before_content); a topic before it asks instead
# ('B 총리는 [한국 기업들이 참여해 달라고] 요청했다'), and the second subject is the one asked.
ASKER_FIRST = [
    ("캐나다 정부가 한국에 제재 동참을 서둘러 달라고 요구했다.", [("REQUEST", {"CAN"}, {"KOR"}, "occurred")]),
    ("조 장관은 마르크 펠티에 캐나다 외교장관과 회담했다. 외교 소식통은 펠티에 장관이 한국이 보조를 맞춰 달라고 요구했다고 전했다.",
     [("REQUEST", {"CAN"}, {"KOR"}, "occurred")]),
    ("오만 총리는 한국 기업들이 오만의 항만 개발 사업에 적극 참여해 달라고 요청했다.", [("REQUEST", {"OMN"}, {"KOR"}, "occurred")]),
]


def test_subject_of_its_own_clause_does_not_ask():
    """Negative: '[칠레가 관세를 올린] 가운데, A 본부장이 ...해 달라고 요청했다': the first subject has a clause of its own."""
    text = ("칠레가 올해부터 수입품 관세를 대폭 올린 가운데, 김민수 산업통상부 통상교섭본부장이 칠레를 찾아 우리 기업의 피해를 줄여 "
            "달라고 요청했다.")
    assert sides(text, "REQUEST") == [({"KOR"}, {"CHL"})]


def test_subject_before_a_purpose_does_not_agree():
    """Negative: a subject before a purpose ('모로코가 ... 복귀하도록') of a decision, no verb of asking, is no party."""
    found = sides("스페인과 포르투갈 외교장관은 회담했다. 양측은 또 모로코가 협상에 복귀하도록 하기 위한 공조를 지속해 나가기로 했다.",
                  "AGREE")
    assert found and all("MAR" not in actors for actors, _recipients in found)


@pytest.mark.parametrize("text,expected", ASKER_FIRST)
def test_first_subject_before_request_content_asks(text, expected):
    check(text, expected)


# 5. A claim that another state's people committed a crime ('B 선원들이 간첩 활동을 했다고 주장했다', '연료를 밀수했다고',
# '전산망을 해킹했다고') alleges a wrong, as an unlawful manner does (cues unlawful_manner, verdict_verb; act_verdicts).
# Our own people's crime reported by our police accuses no state.
CRIME_CLAIMS = [
    ("에티오피아 정부는 케냐 국적 선원들이 간첩 활동을 했다고 주장했다.", [("ACCUSE", {"ETH"}, {"KEN"}, "occurred")]),
    ("이란 혁명수비대는 한국 유조선이 연료를 밀수했다고 주장했다.", [("ACCUSE", {"IRN"}, {"KOR"}, "occurred")]),
    ("모로코 정부는 알제리 정보기관이 자국 정부 전산망을 해킹했다고 주장했다.", [("ACCUSE", {"MAR"}, {"DZA"}, "occurred")]),
    ("경찰은 자국민 3명이 마약을 밀수했다고 밝혔다.", [("ACCUSE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", CRIME_CLAIMS)
def test_claimed_crime_is_an_allegation(text, expected):
    check(text, expected)


# 6. The one asked named before a run of joined conjuncts ('B 외교부에 [면담을 허용하고] [결과를 공유해] 석방해 달라고
# 요청했다'): the request's content is read from its last conjunct only, so the addressee before the first is read back
# (act_requesters.addressee_before_conjuncts; lexicon request_joined_re). 'B에 대한' is what is spoken of.
JOINED_ASKS = [
    ("외교부 당국자는 \"3일 가나 외교부에 우리 선원들에 대한 영사 면담을 허용하고 조사 결과를 공유해 조속히 석방해 달라고 "
     "요청했다\"고 말했다.", [("REQUEST", {"KOR"}, {"GHA"}, "occurred")]),
    ("스페인 외교부는 모로코 정부에 억류된 어민들의 안전을 보장하고 조속히 귀환시켜 달라고 요구했다.",
     [("REQUEST", {"ESP"}, {"MAR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", JOINED_ASKS)
def test_addressee_before_joined_conjuncts(text, expected):
    check(text, expected)
