"""Korean acts: seizure and release passives, protests before a mission, asks, summit signings, designees.
Each row is a sentence we wrote for the test (not the probe's fresh12, not an article's, not the eval's), read
through the whole pipeline: what it states (type, acting and receiving states, mode, status; status None: no such
event). Rows per class: the act, a negated or planned form, and a sentence that states no such act.

Formerly tests/lang/test_ko_act_classes11.py; classes first read as "The Korean act classes of the eleventh
Korean-acts session (issues 13 and 15: acts on whole held-out articles)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 5, 22)


def events(text: str):
    return extract_text(text, published=PUB).events


# 1. Seizing and holding in the passive with the captor marked by plain 에 ('X 해경에 나포됐다', 'X 당국에
# 억류됐다'; lang/ko/act_passive_agents.py passive_agent, cue captor_particle), past a parenthesized gloss ('X(약칭)에').
# For other passives 에 stays where the act went ('제재가 X에 부과됐다' is no sanction by X).
SEIZED = [
    ("인도네시아 어선 2척이 지난 3일 호주 국경수비대에 나포됐다.", "COERCE", {"AUS"}, {"IDN"}, "occurred"),
    ("튀르키예 화물선이 흑해에서 러시아 해군(RFN)에 나포됐다.", "COERCE", {"RUS"}, {"TUR"}, "occurred"),
    ("캐나다인 관광객 2명이 베네수엘라 당국에 억류됐다.", "COERCE", {"VEN"}, {"CAN"}, "occurred"),
    ("인도네시아 어선은 호주 국경수비대에 나포되지 않았다.", "COERCE", set(), None, None),
    ("지난해 나포된 어선 수는 모두 14척으로 집계됐다.", "COERCE", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", SEIZED)
def test_seizure_passive_names_its_captor(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 2. A release in the passive ('석방됐다', '풀려났다') whose subject a past relative clause says was held
# ('[X 당국에 구금됐던] 기자가 풀려났다', '[X가 억류했던] 선원들이 석방됐다'): the captor releases, the held
# side's state receives it (act_passive_agents.captor_of_subject). With no captor named, the released do not free
# themselves: no event.
RELEASED = [
    ("미얀마 군부에 구금됐던 일본인 기자가 닷새 만에 풀려났다.", "RETREAT", {"MMR"}, {"JPN"}, "occurred"),
    ("예멘 반군에 억류됐던 필리핀 선원 17명이 28일 석방됐다.", "RETREAT", {"YEM"}, {"PHL"}, "occurred"),
    ("러시아가 억류했던 노르웨이 어부들이 풀려났다.", "RETREAT", {"RUS"}, {"NOR"}, "occurred"),
    ("억류됐던 독일인 관광객 2명이 석방됐다.", "RETREAT", set(), None, None),
    ("미얀마 군부에 구금됐던 일본인 기자는 아직 풀려나지 않았다.", "RETREAT", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", RELEASED)
def test_release_passive_is_the_captors(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status, mode="release" if status else None)


# 3. People protesting before a state's mission ('X 대사관 앞에서 집회를 열었다'): the mission's state receives the
# protest and is not the protesters' home (act_receiving_sides.protested_mission, cue mission_noun), as does the owner of what
# a relative clause on the protest's noun opposes ('[X의 개발에 반대하는] 집회': act_protested_matters.protested_matter); a quotation the
# protesters shouted after the connective ('열고 "...하라"며') leaves the protest's own tense (connective_endings.quotation_end).
EMBASSY = [
    ("방글라데시 노동자 단체 회원 수백 명이 다카 주재 인도 대사관 앞에서 항의 집회를 열었다.", "PROTEST", {"BGD"},
     {"IND"}, "occurred"),
    ("칠레 학생 단체 회원들은 산티아고의 아르헨티나 대사관 앞에서 집회를 열고 \"댐 공사를 중단하라\"며 항의했다.",
     "PROTEST", {"CHL"}, {"ARG"}, "occurred"),
    ("케냐 시민단체들은 나이로비 주재 우간다 대사관 앞에서 다음 주 집회를 열 계획이다.", "PROTEST", {"KEN"},
     {"UGA"}, "planned"),
    ("케냐 외교장관은 나이로비 주재 우간다 대사관에서 만찬을 열었다.", "PROTEST", set(), None, None),
    ("몽골 유목민 단체 회원 수백 명이 울란바토르에서 중국의 광산 개발에 반대하는 집회를 열었다.", "PROTEST", {"MNG"},
     {"CHN"}, "occurred"),
    ("페루 농민 단체들은 칠레의 수자원 사업에 항의하는 시위를 벌이지 않기로 했다.", "PROTEST", set(), None, None),
    ("리마 주민들은 페루 정부의 광산 개발 계획에 반대하는 시위를 벌였다.", "PROTEST", {"PER"}, {"PER"}, "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", EMBASSY)
def test_protest_before_a_mission_is_against_its_state(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 4. Diplomatic protests: representations lodged ('엄중한 교섭을 제기했다') are ACCUSE disapprove; a complement
# subject glossed in parentheses ('X(약칭)이 ... 포함한 데 대해 불만을 표명') is what the protest is aimed at, not
# a state named inside the complement (act_targets.target_spans with act_candidate.glossed_head).
DIPLOMATIC = [
    ("베트남은 캄보디아 측에 엄중한 교섭을 제기했다.", "ACCUSE", {"VNM"}, {"KHM"}, "occurred"),
    ("베트남은 캄보디아 측에 교섭을 제기하지 않았다.", "ACCUSE", set(), None, None),
    ("인도 외교부는 아세안지역안보포럼(ARF)이 성명에 중국 입장을 반영한 데 대해 강한 불만을 표명했다.", "ACCUSE",
     {"IND"}, None, "occurred"),
    ("몽골 정부는 카자흐스탄과 무역 교섭을 시작했다.", "ACCUSE", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", DIPLOMATIC)
def test_diplomatic_protest(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


def test_glossed_subject_is_the_protested():
    """'유럽자유무역연합(EFTA)이 ... 포함한 데 대해 불만': the protest is aimed at the glossed subject, not at the
    state the complement names."""
    found = [e for e in events("태국 외교부는 유럽연합(EU)이 새 규정에 미얀마 기업들을 포함한 데 대해 강한 불만을 "
                               "표명했다.") if e.type == "ACCUSE"]
    assert found and {r.country for r in found[0].recipients} == {"EUR"}


# 5. An ask put to the listener at a meeting ('...공급해 달라고 당부했다', '비슷한 일이 되풀이되지 않도록 해 달라고
# 요청했다'; act_receiving_sides.asks_listener) whose content names no state goes to the one met, also after a 'V-는 한편' clause whose nouns are another act's (act_targets.target_spans, cue
# parallel_noun; pipeline/act_recipient_readers.meeting_counterpart); an appeal to unnamed partners ('동맹국들에',
# '국제사회에') goes to no state the clause names (act_receiving_sides.unnamed_partners, cue partner_noun).
ASKS = [
    ("페루 외교장관은 에콰도르 외교장관과 통화하고 어민 송환에 사의를 표하는 한편, 비슷한 일이 되풀이되지 않도록 해 "
     "달라고 요청했다.", "REQUEST", {"PER"}, {"ECU"}, "occurred"),
    ("칠레 외교장관은 페루 외교장관과 회담하고 정세가 불안한 가운데서도 구리 수출을 안정적으로 보장해 달라고 "
     "당부했다.", "REQUEST", {"CHL"}, {"PER"}, "occurred"),
    ("필리핀 대통령은 동맹국들에 남중국해 순찰 지원을 늘려 달라고 호소했다.", "REQUEST", {"PHL"}, set(), "occurred"),
    ("유엔 난민기구는 국제사회에 아프가니스탄 난민 지원을 늘려 달라고 촉구했다.", "REQUEST", {"UNO"}, set(), "occurred"),
    ("필리핀 대통령은 일본에 남중국해 순찰 지원을 늘려 달라고 요청했다.", "REQUEST", {"PHL"}, {"JPN"}, "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", ASKS)
def test_asks_go_to_the_one_addressed(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 6. A signing ceremony the parties attend ('협력 문서 9건의 서명식에 함께 임석했다'; kiwi splits 임석 as 임/NNP 석/NNG)
# is AGREE; thanks for another side's owned help ('X의 지원에 사의를 표했다') is the thanking side's SUPPORT of X (kopar53a)
# (act_receiving_sides.thanked_support, cue gratitude_noun); cheering one's own nationals ('우리 기업인들을 격려했다') is no
# support of another side (act_people_objects.own_people_object, cues compatriot_noun, expatriate_noun).
SUMMIT = [
    ("베트남과 라오스 정상은 회담 뒤 철도 분야 등 협력 문서 9건의 서명식에 함께 임석했다.", "AGREE", {"VNM", "LAO"},
     None, "occurred"),
    ("우즈베키스탄과 카자흐스탄 외교장관은 국경 협정 서명식에 참석했다.", "AGREE", {"UZB", "KAZ"}, None, "occurred"),
    ("우즈베키스탄과 카자흐스탄의 국경 협정 서명식은 연기됐다.", "AGREE", set(), None, None),
    ("에콰도르 대통령은 콜롬비아 정부의 신속한 지원에 사의를 표했다.", "SUPPORT", {"ECU"}, {"COL"}, "occurred"),  # kopar53a
    ("에콰도르 대통령은 콜롬비아 정부에 사의를 표했다.", "SUPPORT", {"ECU"}, {"COL"}, "occurred"),
    ("베트남 주석은 현지 동포들을 만나 격려했다.", "SUPPORT", set(), None, None),
    ("대통령은 간담회를 열고 현지에 진출한 우리 기업인들을 격려했다.", "SUPPORT", set(), None, None),
    ("독일 총리는 키이우를 방문해 우크라이나 장병들을 격려했다.", "SUPPORT", {"DEU"}, {"UKR"}, "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", SUMMIT)
def test_summit_signings_thanks_and_cheers(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 7. A sanction's designees described by a relative clause ('[X의 ...를 도운] 개인 5명과 기관 3곳을 제재 대상으로
# 지정했다'): their own words' state first, else the state the clause names (act_receiving_sides.designee_spans); the subject
# before such a clause is the sentence's (clauses.subject_gap, cue designee_noun). A one-sided pledge of effort with no
# one beside ('끝까지 노력하겠다') agrees with no one (the 'effort_only' mark; pipeline/act_build.build_act).
MEASURES = [
    ("호주 외교부가 이란 혁명수비대의 무기 밀수를 도운 개인 5명과 기관 3곳을 제재 대상으로 지정했다.", "SANCTION",
     {"AUS"}, {"IRN"}, "occurred"),
    ("캐나다는 벨라루스 정권을 지원한 러시아 기업들을 제재했다.", "SANCTION", {"CAN"}, {"RUS"}, "occurred"),
    ("호주 외교부는 이란 기관 3곳을 제재 대상으로 지정하지 않았다.", "SANCTION", set(), None, None),
    ("필리핀 외교부 관계자는 \"억류된 선원들이 돌아올 수 있도록 끝까지 노력하겠다\"고 말했다.", "AGREE", set(), None, None),
    ("태국과 라오스는 국경 지역 마약 단속을 위해 함께 노력하기로 했다.", "AGREE", {"THA", "LAO"}, None, "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", MEASURES)
def test_designees_and_pledges(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 8. A fact confirmed or disclosed ('[X인이 Y 당국에 구속된] 사실을 확인했다', cues fact_noun, fact_verb) reports the act
# in its relative clause as done; a fact denied ('...한 사실을 부인했다') or absent ('...한 사실이 없다') does not
# (lang/ko/endings.py _adnominal).
FACTS = [
    ("스웨덴 정부는 자국민 1명이 이란 당국에 구금된 사실을 확인했다.", "COERCE", {"IRN"}, {"SWE"}, "occurred"),
    ("말레이시아 외교부는 자국 어선이 인도네시아 해군에 나포된 사실을 공개했다.", "COERCE", {"IDN"}, {"MYS"}, "occurred"),
    ("이란 당국은 스웨덴인을 구금한 사실을 부인했다.", "COERCE", set(), None, None),
    ("이란 당국은 스웨덴인을 구금한 사실이 없다고 밝혔다.", "COERCE", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", FACTS)
def test_confirmed_fact_reports_its_act(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)
