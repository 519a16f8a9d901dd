"""Korean acts: appeals to all parties, decided aid, quoted pledges and futures, forewarned responses, proposed talks.
Each row is a sentence we wrote for the test (not a batch's, not the eval's), read through the whole pipeline: what
it states (type, acting and receiving states, status; status None: no such event).

Formerly tests/lang/test_ko_act_classes16.py; classes first read as "The Korean act classes of session 17's fourth
round (ko-acts16, from the open batches art18b/art18d)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 5, 22)


def events(text: str):
    return extract_text(text, published=PUB).events


# 1. An appeal to "all parties" / "the parties to the conflict" ('모든 당사자에게 자제를 촉구했다'): PLOVER codes the
# REQUEST with its actor and no recipient (no one state is asked). The addressee is a partner-like group word
# (ko_acts.yaml cue partner_noun, act_receiving_sides.unnamed_partners), so the act stands without a receiving side
# instead of being dropped for lack of one. A hope that they talk is not an appeal; a negated one is no act.
ALL_PARTIES = [
    ("러시아 외무부는 21일 모든 당사자에게 자제를 촉구했다.", [("REQUEST", {"RUS"}, set(), "occurred")]),
    ("칠레 외교부는 20일 모든 관련국에 대화 재개를 촉구했다.", [("REQUEST", {"CHL"}, set(), "occurred")]),
    ("이집트 외교부는 21일 분쟁 당사국들에 즉각 휴전을 요구할 방침이라고 밝혔다.", [("REQUEST", {"EGY"}, set(), "planned")]),
    ("캐나다 정부는 모든 당사자에게 자제를 촉구했으며, 볼리비아에는 대사 소환을 통보했다.",
     [("REQUEST", {"CAN"}, set(), "occurred"), ("SANCTION", {"CAN"}, {"BOL"}, "occurred")]),
    ("인도 정부는 관련국들에 자제를 촉구하지 않았다.", [("REQUEST", set(), None, None)]),
    ("브라질 외교부는 모든 당사자가 대화에 나설 것으로 기대한다고 밝혔다.", [("REQUEST", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", ALL_PARTIES)
def test_appeal_to_all_parties_stands_without_recipient(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 2. Aid decided ('1천만 달러를 지원하기로 했다', '... 지원을 제공하기로 했다'): the decision allots the grant, so PLOVER
# codes the AID as given (as the English reader does, en decided_types), not as a promise (AGREE). Only a decision
# (기로 했다) does this, for the giving types only (ko_acts.yaml decided_types, acts.py): a pledge ('지원하겠다')
# stays AGREE, a decided cooperation stays the generic AGREE, a negated decision is no act.
DECIDED_AID = [
    ("노르웨이 정부는 21일 수단에 500만 달러 규모의 인도적 지원을 제공하기로 했다.",
     [("AID", {"NOR"}, {"SDN"}, "occurred"), ("AGREE", set(), None, None)]),
    ("스웨덴 정부는 몰도바에 전력 설비 복구를 위해 300만 달러를 추가로 지원하기로 했다.",
     [("AID", {"SWE"}, {"MDA"}, "occurred")]),
    ("스웨덴 정부는 몰도바에 300만 달러를 지원하겠다고 밝혔다.",
     [("AGREE", {"SWE"}, {"MDA"}, "occurred"), ("AID", set(), None, None)]),
    ("덴마크는 가나와 보건 분야에서 협력하기로 했다.", [("AGREE", {"DNK"}, None, "occurred"), ("AID", set(), None, None)]),
    ("핀란드 정부는 조지아에 무기를 지원하지 않기로 했다.", [("AID", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", DECIDED_AID)
def test_decided_aid_is_aid_given(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 3. Support pledged in the speaker's own words ('"X의 입장을 지지하겠다"고 밝혔다', '"...를 지지할 것"이라고 말했다'):
# the declaration is the support (PLOVER SUPPORT), not a future cooperation (AGREE); so it stays SUPPORT that
# occurred (ko_acts.yaml quoted_endorse_verb, lang/ko/act_pledges.py). A negated pledge is no support; a pledge to
# cooperate stays AGREE.
PLEDGED_SUPPORT = [
    ("이란 대통령은 \"이라크의 주권 수호를 전적으로 지지할 것\"이라고 말했다.",
     [("SUPPORT", {"IRN"}, {"IRQ"}, "occurred"), ("AGREE", set(), None, None)]),
    ("페루 대통령은 \"볼리비아의 해양 접근 요구를 지지하겠다\"고 밝혔다.",
     [("SUPPORT", {"PER"}, {"BOL"}, "occurred"), ("AGREE", set(), None, None)]),
    ("페루 대통령은 \"볼리비아의 요구를 지지하지 않을 것\"이라고 밝혔다.", [("SUPPORT", set(), None, None)]),
    ("페루 대통령은 \"볼리비아와 긴밀히 협력하겠다\"고 밝혔다.",
     [("AGREE", {"PER"}, None, "occurred"), ("SUPPORT", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", PLEDGED_SUPPORT)
def test_quoted_pledge_of_support_is_support(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


@pytest.mark.parametrize("forms,expected", [
    ([("지지", "VV"), ("ᆯ", "ETM"), ("것", "NNB"), ("\"", "SS"), ("이", "VCP"), ("라고", "EC")], True),
    ([("지지", "VV"), ("ᆯ", "ETM"), ("것", "NNB"), ("이", "VCP"), ("라고", "JKQ")], True),
    ([("지지", "VV"), ("ᆯ", "ETM"), ("것", "NNB"), ("으로", "JKB"), ("보이", "VV")], False),
    ([("지지", "VV"), ("ᆯ", "ETM"), ("계획", "NNG"), ("이", "VCP"), ("라고", "JKQ")], False),
])
def test_quoted_future_needs_a_quote_after_its_noun(forms, expected):
    from readout.lang.ko.act_pledges import quoted_future

    toks = [(f, t, 0, len(f)) for f, t in forms]
    assert quoted_future(toks, 1) is expected


# 4. A further response hinted or warned of ('추가 대응 가능성을 시사했다', '상응 조치를 취하겠다고 경고했다'): the
# response after a hostile act is the force or measure threatened (PLOVER THREATEN), read by the forewarning verbs
# like '보복' (ko_acts.yaml violence_noun += 추가 대응, 대응 조치, 상응 조치; act_forewarnings.forewarned). A response
# ruled out threatens nothing; response options discussed are no threat.
FURTHER_RESPONSE = [
    ("세르비아 외무장관은 코소보에 대한 추가 대응 가능성을 시사했다.", [("THREATEN", {"SRB"}, {"XKX"}, "occurred")]),
    ("알바니아군이 국경을 포격하자 세르비아 국방장관은 \"인내에는 한계가 있다\"며 추가 대응 가능성을 시사했다.",
     [("THREATEN", {"SRB"}, {"ALB"}, "occurred")]),
    ("세르비아 외무장관은 코소보에 대한 추가 대응 가능성을 배제했다.", [("THREATEN", set(), None, None)]),
    ("세르비아 정부는 코소보 문제에 대한 추가 대응 방안을 논의했다.", [("THREATEN", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", FURTHER_RESPONSE)
def test_further_response_forewarned_is_a_threat(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)


# 5. Talks proposed to a side ('X에 정상회담을 공식 제안했다'): the proposal asks X to meet, a REQUEST (mode meet) as
# '회담을 요청했다' is (ko_acts.yaml: 회담/대화/협상 + 제안하다, 제의하다). An offer of something given stays the
# AGREE of 제안하다; a proposal not made is no act.
PROPOSED_TALKS = [
    ("베트남 대통령은 라오스에 정상회담을 공식 제안했다.", [("REQUEST", {"VNM"}, {"LAO"}, "occurred")]),
    ("캄보디아 총리는 태국에 국경 문제 해결을 위한 고위급 회담을 제안했다.",
     [("REQUEST", {"KHM"}, {"THA"}, "occurred"), ("AGREE", set(), None, None)]),
    ("캄보디아 총리는 태국에 회담을 제안하지 않았다.", [("REQUEST", set(), None, None)]),
    ("캄보디아 정부는 태국에 의료 지원을 제안했다.",
     [("AGREE", {"KHM"}, {"THA"}, "occurred"), ("REQUEST", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", PROPOSED_TALKS)
def test_talks_proposed_to_a_side_ask_it_to_meet(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)
