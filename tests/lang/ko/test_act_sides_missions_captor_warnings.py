"""Korean acts. Each row is a sentence or two we wrote for the test (not a batch's, not the eval's), read through the
whole pipeline: what it states (type, acting states exactly among the parties, receiving states, status; status
None: no such event).

Formerly tests/lang/test_ko_sides25.py, classes first read by session 21, ko-acts25: who did what to whom, classes
found in the open batches art15a..art22b (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.ko.country_words import read_word
from tests.lang.ko.act_rows import PUB, check

# 1. A mission written in one word after its sending state's name ('칠레총영사관', '페루대표부'; lexicon ko
# post_mission_nouns) names that state as '칠레대사관' does (country_words.read_name, mission_nouns): summoned, its state
# receives every act of the clause chain ('...관계자를 불러 유감을 표명하고 ... 요청했다'). Bare, it names no one.
MISSION_WORDS = [("칠레총영사관", ("CHL",)), ("페루대표부", ("PER",)), ("몰도바영사관", ("MDA",)),
                 ("총영사관", ()), ("영사관", ())]


@pytest.mark.parametrize("word,codes", MISSION_WORDS)
def test_mission_word_names_sending_state(word, codes):
    assert read_word(word).codes == codes


SUMMONED_MISSION = [
    ("외교부는 3일 주부산 칠레총영사관 관계자를 불러 유감을 표명하고 자국 선원들에 대한 관리를 강화해 달라고 요청했다.",
     [("REQUEST", {"KOR"}, {"CHL"}, "occurred")]),
    ("외교부는 페루총영사관 영사를 초치해 강한 유감을 표명했다.", [("ACCUSE", {"KOR"}, {"PER"}, "occurred")]),
    ("루마니아 외무부는 몰도바대표부 참사관을 불러 항의했다.", [("ACCUSE", {"ROU"}, {"MDA"}, "occurred")]),
    # negative: a consulate only named as a place of a meeting is no one summoned or protested to
    ("외교부는 칠레총영사관에서 교민 간담회를 열었다.", [("ACCUSE", None, None, None), ("REQUEST", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", SUMMONED_MISSION)
def test_summoned_mission_receives_the_acts(text, expected):
    check(text, expected)


# 2. A personal pronoun opening the sentence as its subject ('그는 "B는 ...해야 한다"고 요구했다'): the voice just heard
# goes on (language.pronoun_back, as a bare office); the quoted topic is the one asked, never the speaker. After an act
# that was no statement the pronoun names no voice, and the quoted topic does not become the requester.
PRONOUN_VOICE = [
    ("칠레 외무장관은 이날 회견에서 페루의 어업 단속을 비판했다. 그녀는 \"페루는 억류한 어선을 즉시 돌려보내야 한다\"고 요구했다.",
     [("REQUEST", {"CHL"}, {"PER"}, "occurred")]),
    ("볼리비아 대통령은 연설에서 파라과이를 비난했다. 그는 \"파라과이는 국경 장벽 공사를 멈추라\"고 촉구했다.",
     [("REQUEST", {"BOL"}, {"PRY"}, "occurred")]),
    ("헝가리 외무부 대변인도 브리핑에서 루마니아에 항의했다고 밝혔다. 그는 \"루마니아는 차별 정책과 결별해야 한다\"고 요구했다.",
     [("REQUEST", {"HUN"}, {"ROU"}, "occurred")]),
    # negatives: a strike is no statement; with nothing before, no one speaks
    ("에콰도르군은 콜롬비아 반군 기지를 공습했다. 그는 \"콜롬비아는 책임을 져야 한다\"고 요구했다.", [("REQUEST", None, None, None)]),
    ("그는 \"콜롬비아는 책임을 져야 한다\"고 요구했다.", [("REQUEST", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", PRONOUN_VOICE)
def test_pronoun_opening_is_the_voice_just_heard(text, expected):
    check(text, expected)


# 3. A verdict that a deed breaks a rule ('[이번 발사가] ... [유엔 안보리 결의의] 명백한 위반이라며 규탄했다'): the body that
# made the rule is no recipient (act_marked_spans.breached_rule, cue violation_noun; lexicon rule_after_re for a UN
# convention); the deed's doer is: the complement's subject when it names a state, else the author of the launch or
# measure just reported (act_judged_kinds.breached_deed_kind -> answers / answers_measure).
BREACHED_RULE = [
    ("이란이 24일 중거리 탄도미사일을 시험 발사했다. 이스라엘 정부는 이번 발사가 탄도미사일 개발을 금지한 유엔 안전보장이사회 "
     "결의의 명백한 위반이라며 강력히 규탄했다.", [("ACCUSE", {"ISR"}, {"IRN"}, "occurred")]),
    ("파키스탄군이 국경 너머 아프간 마을을 포격했다. 아프간 외교부는 이번 포격이 휴전 합의 위반이라고 규탄했다.",
     [("ACCUSE", {"AFG"}, {"PAK"}, "occurred")]),
    ("영국 해군이 포클랜드 인근에서 아르헨티나 어선을 나포했다. 아르헨티나 외교부는 이번 조치가 유엔 해양법협약 위반이라며 항의했다.",
     [("ACCUSE", {"ARG"}, {"GBR"}, "occurred")]),
    ("폴란드 외무부는 러시아 군용기의 영공 침범이 국제법의 명백한 위반이라고 비난했다.", [("ACCUSE", {"POL"}, {"RUS"}, "occurred")]),
    # negative: a body judged for its own decision stays the recipient
    ("헝가리 정부는 유럽연합의 난민 할당 결정을 비판했다.", [("ACCUSE", {"HUN"}, {"EUR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", BREACHED_RULE)
def test_breached_rule_body_is_no_recipient(text, expected):
    check(text, expected)


# 5a. Backing an effort made for a state ('[B의 주권과 영토를 수호하기] 위한 투쟁을 지지', '[B의 평화를] 위한 노력을 지지'):
# B is supported, even with B's envoy met in the same sentence (act_object_owners.purpose_owner). With no owner, no one.
PURPOSE_SUPPORT = [
    ("벨라루스 대통령은 민스크에서 세르비아 외무장관을 접견하고 \"세르비아의 주권과 영토 보전을 수호하기 위한 투쟁을 변함없이 "
     "지지할 것\"이라고 밝혔다.", [("SUPPORT", {"BLR"}, {"SRB"}, "occurred")]),
    ("쿠바 외무장관은 \"베네수엘라의 평화를 위한 노력을 지지한다\"고 말했다.", [("SUPPORT", {"CUB"}, {"VEN"}, "occurred")]),
    # negative: an effort for no one's sake backs no state
    ("쿠바 외무장관은 평화를 위한 노력을 지지한다고 말했다.", [("SUPPORT", {"CUB"}, set(), "occurred")]),
]


@pytest.mark.parametrize("text,expected", PURPOSE_SUPPORT)
def test_support_of_effort_for_a_state(text, expected):
    check(text, expected)


# 5b. An appeal to every side ('양측 모두에 "..."을 촉구', '모든 당사자가 ... 자제할 것을 촉구한다'; lang/ko/act_appeals): the
# conflict's two sides when a third party's backing was told between (pipeline/act_recipients_told.implied_addressee reads
# back as far as the answered acts), and with no conflict told, a REQUEST to no one state (pipeline/act_unreceived.open_appeal).
ALL_SIDES = [
    ("수단군이 남수단 국경 마을을 포격하자 남수단은 강하게 반발했다.\n\n아프리카연합(AU)도 같은 날 성명을 내고 \"남수단의 "
     "주권과 영토 보전을 전적으로 지지한다\"며 남수단 편에 섰다.\n\n반면 케냐 외교부는 양측 모두에 \"긴장을 높이는 행동을 "
     "자제하고 대화로 문제를 풀 것\"을 촉구했다.", [("REQUEST", {"KEN"}, {"SDN", "SSD"}, "occurred")]),
    ("케냐 외교부는 \"모든 당사자가 긴장을 고조시키는 행동을 자제할 것을 촉구한다\"고 밝혔다.", [("REQUEST", {"KEN"}, set(), "occurred")]),
    ("핀란드 외교부는 분쟁 당사자들에 자제를 촉구했다.", [("REQUEST", {"FIN"}, set(), "occurred")]),
    # negative: an appeal to no side at all ('자제가 필요하다고 강조') is still no request
    ("핀란드 외교부는 자제가 필요하다고 강조했다.", [("REQUEST", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", ALL_SIDES)
def test_appeal_to_all_sides(text, expected):
    check(text, expected)


# 6. A warning naming no one by the side whose seizure the story told last ('X seized B's boats ... X's minister warned
# "illegal fishing will meet zero tolerance"'): aimed at the state whose boats or people it holds
# (pipeline/act_recipient_readers.warned_holders, a minimal named edit), not at whoever acted in the sentence before.
WARNED_HOLDERS = [
    ("인도네시아 해군은 13일 나투나 제도 인근 해역에서 불법 조업을 하던 베트남 어선 2척을 나포했다.\n\n선원들은 단속 과정에서 "
     "저항한 것으로 알려졌다.\n\n인도네시아 해양수산부 장관은 \"우리 해역에서의 불법 조업에는 무관용 원칙으로 끝까지 강력히 "
     "대응하겠다\"고 경고했다.", [("THREATEN", {"IDN"}, {"VNM"}, "occurred")]),
    ("아르헨티나 해안경비대는 자국 수역에서 조업하던 스페인 어선을 나포했다.\n\n아르헨티나 농업부 장관은 \"불법 조업에는 "
     "단호히 대응하겠다\"고 경고했다.", [("THREATEN", {"ARG"}, {"ESP"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", WARNED_HOLDERS)
def test_captor_warning_goes_to_the_held(text, expected):
    check(text, expected)


def test_other_sides_warning_is_not_the_captors():
    """A warning by a side that seized no one is not aimed at the held boat's state by this reading."""
    text = ("아르헨티나 해안경비대는 자국 수역에서 조업하던 스페인 어선을 나포했다.\n\n칠레 농업부 장관은 \"불법 조업에는 "
            "단호히 대응하겠다\"고 경고했다.")
    threats = [e for e in extract_text(text, published=PUB).events if e.type == "THREATEN"]
    assert all("ESP" not in {r.country for r in e.recipients} for e in threats)


# 7. A relative clause that hedges what its head is or did ('[장비를 탑재한 것으로 추정되는] 발사체를 쐈다', lexicon
# hedge_verbs) describes the head, which fills its gap: the subject before it is the sentence's, who acts
# (clauses.hedged_description). A subject inside the clause keeps it ('[B가 개발한 것으로 알려진]').
HEDGED = [
    ("말리가 21일 북부 일대에서 정찰 장비를 탑재한 것으로 추정되는 무인기를 남쪽 방향으로 쏘아 올렸다고 알제리 국방부가 밝혔다.",
     [("MOBILIZE", {"MLI"}, set(), "occurred")]),
    ("이란이 24일 핵탄두를 실을 수 있는 것으로 알려진 중거리 미사일을 시험 발사했다.", [("MOBILIZE", {"IRN"}, set(), "occurred")]),
]


def test_hedged_clause_with_its_own_subject_keeps_it():
    """'A군이 [B가 생산한 것으로 추정되는] 미사일을 발사했다': B made the missile; B never launches it."""
    text = "러시아군이 북한이 생산한 것으로 추정되는 미사일을 하르키우에 발사했다."
    events = extract_text(text, published=PUB).events
    assert not any("PRK" in {p.country for p in e.participants} for e in events)


@pytest.mark.parametrize("text,expected", HEDGED)
def test_hedged_relative_clause_keeps_the_subject(text, expected):
    check(text, expected)


# 8. A guarded state name (수단, 말리: also ordinary words) that opens its phrase before a noun of a state's affairs
# ('"[말리] 내 모든 당사자가'): the state, even where kiwi tags it a common noun (in a quote) or splits it
# (guarded_names.guarded_in_context, phrase_opening). After a modifier it stays the ordinary word ('외교 수단 내').
GUARDED_OPENING = [
    ("외교부는 \"말리 내 모든 당사자가 즉각 적대행위를 중단할 것을 촉구한다\"고 밝혔다.", [("REQUEST", {"KOR"}, {"MLI"}, "occurred")]),
    ("외교부는 \"수단 내 모든 당사자가 즉각 적대행위를 중단할 것을 촉구한다\"고 밝혔다.", [("REQUEST", {"KOR"}, {"SDN"}, "occurred")]),
    ("외교부는 \"공격을 규탄한다\"며 \"말리 내 모든 당사자가 대화에 나설 것을 촉구한다\"고 밝혔다.",
     [("REQUEST", {"KOR"}, {"MLI"}, "occurred")]),
    ("정부는 외교 수단 내 모든 방안을 검토해 달라고 요청했다.", [("REQUEST", None, None, None)]),
    ("정부는 대응할 수단 내 모든 방안을 검토해 달라고 요청했다.", [("REQUEST", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", GUARDED_OPENING)
def test_guarded_name_opening_its_phrase(text, expected):
    check(text, expected)


# 9. A request's content in the asker's words closing before the verb ('보조를 맞춰 달라고', '철수하라고'; lexicon
# clause.request_quote_words) in a sentence with no topic: the subject before it asks (clauses.asker). With a topic, the
# subject after it is the one asked ('정부는 [B가 역할을 해 달라고] 요청했다').
ASKER = [
    ("호주 국방장관이 일본에 보조를 맞춰 달라고 요구했다.", [("REQUEST", {"AUS"}, {"JPN"}, "occurred")]),
    ("노르웨이가 스웨덴에 국경 검문을 중단하라고 촉구했다.", [("REQUEST", {"NOR"}, {"SWE"}, "occurred")]),
    ("태국 정부는 라오스가 건설적 역할을 해 달라고 요청했다.", [("REQUEST", {"THA"}, {"LAO"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", ASKER)
def test_subject_before_request_content_asks(text, expected):
    check(text, expected)


# 10. The blame laid on a side before a warning ('그 책임은 전적으로 [B]에 있다"며 "...대응할 것"이라고 경고했다'; cue
# blame_noun): the warning is aimed at B (act_marked_spans.blamed_party). A first person inside a foreign speaker's quote
# ('"우리 군은'; countries.quoted_at) is the speaker's own side, never the writer's state.
BLAMED = [
    ("튀르키예 국방부 대변인도 \"사태가 악화될 경우 그 책임은 전적으로 시리아에 있다\"며 \"우리 군은 단호히 대응할 것\"이라고 "
     "경고했다.", [("THREATEN", {"TUR"}, {"SYR"}, "occurred")]),
    ("국방부 대변인은 \"추가 도발이 이어질 경우 그 책임은 이란에 있다\"며 \"단호히 대응할 것\"이라고 경고했다.",
     [("THREATEN", {"KOR"}, {"IRN"}, "occurred")]),
    # negative: the first person outside any quote is still the writer's own forces
    ("우리 군은 서해 북방한계선 인근에서 해상 사격훈련을 실시했다.", [("MOBILIZE", {"KOR"}, set(), "occurred")]),
]


@pytest.mark.parametrize("text,expected", BLAMED)
def test_warning_aimed_at_the_blamed(text, expected):
    check(text, expected)
