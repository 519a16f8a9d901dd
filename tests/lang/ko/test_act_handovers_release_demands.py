"""Korean acts: suffered attacks, handovers of people, condemnations joined to demands, release demands, 자 connectives.
Each row is a sentence we wrote for the test (not an article's, not the eval's, not the session's held-out family),
read through the whole pipeline: what it states (type, acting and receiving states, status; status None: no such
event). Rows per class: the act, a negated or planned form, and a sentence that states no such act.

Formerly tests/lang/test_ko_act_classes15.py; classes first read as "The Korean act classes of the fifteenth
Korean-acts session" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2025, 11, 20)


def events(text: str):
    return extract_text(text, published=PUB).events


# 1. A suffered attack whose act noun a weapon or manner noun modifies ('X의 드론 공격을 받아'): the genitive before
# the modifier still names the attacker (act_passive_agents.modified_act_noun); '피격됐다' names its attacker with plain 에,
# and a weapon there names its owner ('X의 미사일에 피격됐다', act_passive_agents.weapon_owner, cue struck_verb).
SUFFERED = [
    ("세네갈 국경 마을이 19일 말리군의 드론 공격을 받았다.", "ASSAULT", {"MLI"}, {"SEN"}, "occurred"),
    ("가봉의 한 항구가 19일 카메룬의 로켓 공격을 받아 창고가 불탔다.", "ASSAULT", {"CMR"}, {"GAB"}, "occurred"),
    ("벨리즈 순찰선이 과테말라군에 피격됐다.", "ASSAULT", {"GTM"}, {"BLZ"}, "occurred"),
    ("어선 한 척이 19일 소말리아 해적의 로켓에 피격됐다.", "ASSAULT", {"SOM"}, set(), "occurred"),
    ("세네갈 국경 마을은 말리군의 드론 공격을 받지 않았다.", "ASSAULT", set(), None, None),
    ("세네갈 정부는 말리군의 드론 공격에 대비해 방공망을 점검했다.", "ASSAULT", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", SUFFERED)
def test_suffered_attack_names_its_attacker_past_a_weapon(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 2. A subject before a relative clause that has its own object and describes a ship ('A가 [해협을 지나던] 선박을
# 공격했다'): the ship did the passing, so A is the main verb's subject (clauses.subject_gap, cue vessel_noun).
RELATIVE_SHIP = [
    ("가나 해군이 19일 기니만을 지나던 화물선을 나포했다.", "COERCE", {"GHA"}, None, "occurred"),
    ("에리트레아군이 19일 해협을 지나던 유조선을 포격했다.", "ASSAULT", {"ERI"}, None, "occurred"),
    ("가나 해군은 기니만을 지나던 화물선을 나포할 계획이다.", "COERCE", {"GHA"}, None, "planned"),
    ("가나 해군은 기니만을 지나던 화물선을 나포하지 않았다.", "COERCE", set(), None, None),
    ("기니만을 지나던 화물선이 19일 가나 항구에 입항했다.", "COERCE", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", RELATIVE_SHIP)
def test_subject_before_a_ship_relative_clause_is_the_sentences(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 3. Handing over: captives handed to their side are released to it (RETREAT release, '@captive_noun + 인도하다'),
# suspects handed over are legal cooperation with the state they go to (the receiver may stand between the object and
# the verb: act_marked_spans.inner_marked; 'B 측에' is one argument: cue side_noun); 인도 the country stays a country.
HANDOVER = [
    ("우루과이는 19일 억류하던 선원들을 파라과이 측에 인도했다.", "RETREAT", {"URY"}, {"PRY"}, "occurred"),
    ("코스타리카 정부는 19일 도피사범을 니카라과에 인도했다.", "COOPERATE", {"CRI"}, {"NIC"}, "occurred"),
    ("우루과이는 억류하던 선원들을 파라과이 측에 인도하지 않겠다고 밝혔다.", "RETREAT", set(), None, None),
    ("인도는 19일 네팔에 의약품을 지원했다.", "AID", {"IND"}, {"NPL"}, "occurred"),
    ("우루과이 해군은 19일 선원들을 항구로 인도했다.", "RETREAT", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", HANDOVER)
def test_handing_over_people(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 4. A condemnation of an act named without its author, joined to a demand naming the side asked ('"...공격을
# 규탄한다"며 X 측에 중단하라고 촉구했다'): both acts, the condemnation aimed at the side asked
# (act_groups.concern_addressed, _unowned_condemnation).
CONDEMN_AND_DEMAND = [
    ('스리랑카 외교부는 논평을 내고 "민간 어선에 대한 무차별 공격을 규탄한다"며 몰디브 측에 공격을 멈추라고 촉구했다.',
     "ACCUSE", {"LKA"}, {"MDV"}, "occurred"),
    ('스리랑카 외교부는 논평을 내고 "민간 어선에 대한 무차별 공격을 규탄한다"며 몰디브 측에 공격을 멈추라고 촉구했다.',
     "REQUEST", {"LKA"}, {"MDV"}, "occurred"),
    ('스리랑카 외교부는 "민간 어선에 대한 무차별 공격을 규탄한다"며 자제를 촉구했다.', "ACCUSE", set(), None, None),
    ('스리랑카 외교부는 "어선 공격 소식에 놀랐다"며 몰디브 측에 조사를 요청했다.', "ACCUSE", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", CONDEMN_AND_DEMAND)
def test_condemnation_joined_to_a_demand(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 5. '[B가 끝까지 응하지 않은] 데 대해 유감스럽게 생각한다': the clause before a bound noun of fact and 'about'
# (clauses.about_fact, lexicon ko clause.about_fact_nouns) has its own subject; the regret is the speaker's.
REGRET_ABOUT = [
    ('말레이시아 외무장관은 "수색 작업에 태국 측이 끝까지 협조하지 않은 데 대해 유감스럽게 생각한다"고 말했다.',
     "ACCUSE", {"MYS"}, {"THA"}, "occurred"),
    ("말레이시아 정부는 태국 측이 끝내 회신하지 않은 데 대해 유감을 표명했다.", "ACCUSE", {"MYS"}, {"THA"}, "occurred"),
    ("말레이시아 정부는 태국 측이 끝내 회신하지 않은 데 대해 유감을 표명하지 않았다.", "ACCUSE", set(), None, None),
    ("말레이시아와 태국은 국경 검문소를 함께 운영하는 데 합의했다.", "ACCUSE", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", REGRET_ABOUT)
def test_regret_about_anothers_conduct_is_the_speakers(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 6. A demand to release captives that names no one ('선원들을 즉시 돌려보내라고 요구했다') is put to the captor the
# story just reported (act_groups.release_demanded: the pipeline's unaddressed appeal).
SEIZED = "튀니지 해경은 18일 리비아 어선 한 척을 나포했다. "
RELEASE_DEMANDS = [
    (SEIZED + '리비아 외교부는 19일 성명을 내고 선원들을 즉시 돌려보내라고 요구했다.', "REQUEST", {"LBY"}, {"TUN"}, "occurred"),
    (SEIZED + '리비아 외교부는 선원들을 돌려보내라고 요구하지 않았다.', "REQUEST", set(), None, None),
    (SEIZED + '리비아 선원들은 19일 풀려나 귀국했다.', "REQUEST", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", RELEASE_DEMANDS)
def test_release_demand_goes_to_the_captor(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 7. The connective -자 ('as soon as', cue sequence_ending) before a clause of its own tells the first of two acts,
# which took place (endings._sequence); '"...하자"', '하자고' stay exhortations.
SEQUENCE = [
    ("에스토니아가 러시아 은행 4곳을 제재 대상에 올리자 러시아 외무부가 반발했다.", "SANCTION", {"EST"}, {"RUS"}, "occurred"),
    ("에스토니아가 러시아 은행 4곳을 제재 대상에 올리자 러시아 외무부가 반발했다.", "ACCUSE", {"RUS"}, {"EST"}, "occurred"),
    ("에스토니아는 러시아 은행 4곳을 제재 대상에 올리자고 제안했다.", "SANCTION", set(), None, None),
    ('에스토니아 총리는 "러시아 은행들을 제재 대상에 올리자"고 말했다.', "SANCTION", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", SEQUENCE)
def test_connective_ja_reports_the_first_act(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)


# 8. An object pronoun before a rejection or condemnation ('이를 거부한다') stands for the act noun the sentence named
# before it; the act is aimed at that noun's owner (act_groups.pronoun_act_owner, cue act_pronoun).
PRONOUN = [
    ('세르비아 외무부는 "코소보의 관세 조치는 근거가 없으며 우리는 이를 단호히 거부한다"고 밝혔다.', "REJECT", {"SRB"},
     {"XKX"}, "occurred"),
    ('세르비아 외무부는 "알바니아의 제재는 부당하며 우리는 이를 강력히 규탄한다"고 밝혔다.', "ACCUSE", {"SRB"}, {"ALB"},
     "occurred"),
    ('세르비아 외무부는 "알바니아의 제재는 부당하지만 우리는 이를 거부하지 않겠다"고 밝혔다.', "REJECT", set(), None, None),
    ('세르비아 외무부는 "알바니아의 제안을 검토했으며 이를 환영한다"고 밝혔다.', "REJECT", set(), None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", PRONOUN)
def test_pronoun_object_aims_at_the_act_nouns_owner(text, type_, actors, recipients, status):
    assert_act(events(text), type_, actors, recipients, status)
