"""Korean acts. Each row is a sentence or two we wrote for the test (not a batch's, not the eval's), read through the
whole pipeline: what it states (type, acting states exactly among the parties, receiving states, status; status
None: no such event).

Formerly tests/lang/test_ko_sides24.py, classes first read by session 20 round 3, ko-acts24, classes found in the
open batches art15a..art21b (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.lang.ko.act_rows import PUB, check

# 1a. An act noun used as a label, not a report: the whole of a one-word quote before a quoting particle or copula
# ('"납치"라며 반발', '"침략"이라고'), or the complement in 로 of a renaming verb ('체포를 납치로 둔갑시키려는',
# '테러로 규정') (lang/ko/acts.py labelled_noun, cue relabel_verb). The judgement itself stays.
LABELS = [
    ("볼리비아 측은 이를 \"납치\"라며 반발했다.", [("ASSAULT", None, None, None)]),
    ("콜롬비아 정부는 에콰도르의 체포를 납치로 둔갑시키려는 시도를 규탄했다.",
     [("ASSAULT", None, None, None), ("ACCUSE", {"COL"}, {"ECU"}, "occurred")]),
    ("우루과이 외교부는 파라과이의 단속을 \"침략\"이라며 항의했다.",
     [("ASSAULT", None, None, None), ("ACCUSE", {"URY"}, {"PRY"}, "occurred")]),
    # negative: an act noun caused by no renaming verb is the act ('공습으로 타격했다')
    ("터키군은 시리아 북부를 공습으로 타격했다.", [("ASSAULT", {"TUR"}, {"SYR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", LABELS)
def test_act_noun_as_label_is_no_act(text, expected):
    check(text, expected)


def test_longer_quote_is_not_a_label():
    """A quote with more than the noun in it is speech: its act is read as before (here: the arrest told first)."""
    events = extract_text("헝가리 경찰은 시위대를 체포했고 야당은 \"불법 체포를 중단하라\"고 요구했다.", published=PUB).events
    assert any(e.type == "COERCE" for e in events)


# 1b. Standing with another side (CAMEO 050, PLOVER SUPPORT): 'B와 함께한다' (kiwi: 함께/MAG + 하/XSV or VV), and a
# pledge called unshakable ('B에 대한 방위 공약은 철통같다고 재확인'), as the existing 공약+확인하다. Sharing a thing named
# as the object ('만찬을 함께했다') is company, no support (cue company_verb, act_predicates.predicate).
STANDING_WITH = [
    ("칠레 외교부는 페루 국민과 함께한다고 밝혔다.", [("SUPPORT", {"CHL"}, {"PER"}, "occurred")]),
    ("스웨덴 총리는 \"우리는 핀란드와 함께한다\"고 말했다.", [("SUPPORT", {"SWE"}, {"FIN"}, "occurred")]),
    ("필리핀 국방장관은 호주에 대한 방위 공약은 철통같다고 재확인했다.", [("SUPPORT", {"PHL"}, {"AUS"}, "occurred")]),
    # negatives: a meal shared; a border called tight by no pledge to anyone
    ("네덜란드 총리는 벨기에 총리와 만찬을 함께했다.", [("SUPPORT", None, None, None)]),
    ("그리스 총리는 키프로스 대통령과 오찬을 함께할 예정이다.", [("SUPPORT", None, None, None), ("AGREE", None, None, None)]),
    ("캐나다 총리는 국경 경비가 철통같다고 말했다.", [("SUPPORT", None, None, None)]),
    # negatives: the quality before a noun describes it ('철통 같은 의지', cue predicative_only); a view shared
    ("영국 외무장관은 에스토니아의 안보에 대한 영국의 철통 같은 의지를 재확인했다.", [("AGREE", None, None, None)]),
    ("양측은 북한의 위협에 대응해야 한다는 데 인식을 함께 하고 공조를 지속해 나가기로 했다.", [("SUPPORT", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", STANDING_WITH)
def test_standing_with_another_is_support(text, expected):
    check(text, expected)


# 1c. Solidarity pledged in the speaker's words ('B와 끝까지 함께할 것', 'B와 연대하겠다'): the declaration is the backing
# itself (PLOVER SUPPORT, as '지지하겠다': act_pledges.endorsement_pledged, cue quoted_endorse_verb), not an agreement of
# both; a shared burden ('고통을 함께하겠다') is solidarity too. An endorsing noun pledged ('협력하겠다') stays AGREE.
PLEDGED_SOLIDARITY = [
    ("덴마크 정부는 그린란드 주민들과 끝까지 함께할 것이라고 밝혔다.", [("SUPPORT", {"DNK"}, {"GRL"}, "occurred")]),
    ("폴란드 대통령은 우크라이나와 연대하겠다고 말했다.", [("SUPPORT", {"POL"}, {"UKR"}, "occurred"),
                                                  ("AGREE", None, None, None)]),
    ("폴란드 대통령은 우크라이나 국민과 고통을 함께하겠다고 말했다.", [("SUPPORT", {"POL"}, {"UKR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", PLEDGED_SOLIDARITY)
def test_pledged_solidarity_is_support(text, expected):
    check(text, expected)


# 1d. A stance kept against a demand ('B의 철수 요구에도 기존 입장을 고수했다', CAMEO 120): REJECT of the one who demanded;
# a stance kept with no demand or pressure named in 에도 is no act (act_kind_cues.kept_against_demand, cue stance_kept).
KEPT_STANCE = [
    ("말레이시아는 인도네시아의 철수 요구에도 기존 입장을 고수했다.", [("REJECT", {"MYS"}, {"IDN"}, "occurred")]),
    ("이스라엘은 프랑스의 거듭된 압박에도 불구하고 기존 입장을 고수했다.", [("REJECT", {"ISR"}, {"FRA"}, "occurred")]),
    # negative: neutrality kept toward a state, no demand
    ("스위스 정부는 러시아에 대한 중립 입장을 고수했다.", [("REJECT", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", KEPT_STANCE)
def test_stance_kept_against_demand_rejects_it(text, expected):
    check(text, expected)


# 1e. A favourable verdict on another's role ('B의 중재 역할을 긍정적으로 평가했다', CAMEO 051): SUPPORT of B, as
# '높이 평가하다'; a verdict on a thing of no state ('합의의 효과를') supports no one.
FAVOURABLE_VERDICT = [
    ("케냐 대통령은 탄자니아의 중재 역할을 긍정적으로 평가했다.", [("SUPPORT", {"KEN"}, {"TZA"}, "occurred")]),
    ("독일 외무장관은 스위스의 중재 노력을 매우 긍정적으로 평가했다.", [("SUPPORT", {"DEU"}, {"CHE"}, "occurred")]),
    ("전문가들은 이번 합의의 효과를 긍정적으로 평가했다.", [("SUPPORT", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", FAVOURABLE_VERDICT)
def test_favourable_verdict_is_support(text, expected):
    check(text, expected)
