"""Korean act sides. Each row is a sentence or two we wrote for the test (not a batch's, not the eval's), read through
the whole pipeline: what it states (type, acting states exactly, receiving states, status; status None: no such
event).

Formerly tests/lang/test_ko_sides22.py, classes first read by session 20 round 1, ko-acts22, classes found in the
open batches art15a..art21b (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import countries
from tests.lang.ko.act_rows import PUB, check

# 1a. An addressee before a direct quote the verb closes ('X에 "..."고 요구했다'): X is the one asked
# (act_addressees.request_addressee passes over the quote), not the body the previous sentence or the quote's content names.
QUOTED_DEMANDS = [
    ("튀르키예 외무부 대변인은 \"튀르키예는 유엔 헌장을 존중한다\"고 밝혔다. 튀르키예는 그리스에 \"섬의 군사화를 "
     "당장 멈추라\"고 요구했다.", [("REQUEST", {"TUR"}, {"GRC"}, "occurred")]),
    ("브라질 정부는 베네수엘라에 \"국경의 병력을 즉시 철수하라\"며 촉구했다.", [("REQUEST", {"BRA"}, {"VEN"}, "occurred")]),
    ("케냐 대통령은 이날 소말리아에 \"유럽연합과 협력해 해적을 소탕하라\"고 요청했다.",
     [("REQUEST", {"KEN"}, {"SOM"}, "occurred")]),
    # negative: no addressee before the quote; the quote's own subject is the one asked
    ("칠레 외교부는 \"페루는 어선 나포를 중단해야 한다\"고 촉구했다.", [("REQUEST", {"CHL"}, {"PER"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", QUOTED_DEMANDS)
def test_addressee_before_a_quoted_demand(text, expected):
    check(text, expected)


# 1b. A body named as an adjective's subject inside the object's modifier ('[유엔 승인이 없는] 제재에 반대') states a
# condition of the object, not its doer (act_targets.property_subjects -> not_recipient_spans). A deed's doer in the
# modifier ('[미국이 주도하는] 제재') still receives the act.
CONDITIONS = [
    ("이란은 유엔 안보리 결의가 없는 일방적 봉쇄에 반대한다.", [("REJECT", {"IRN"}, set(), "occurred")]),
    ("쿠바는 유럽연합 동의가 없는 해상 검문을 거부했다.", [("REJECT", {"CUB"}, set(), "occurred")]),
    ("베트남은 아세안 합의가 없는 군사 훈련을 규탄했다.", [("ACCUSE", {"VNM"}, set(), "occurred")]),
    # negative: the modifier's subject did the deed, so it is the target
    ("쿠바는 미국이 주도하는 해상 봉쇄를 거부했다.", [("REJECT", {"CUB"}, {"USA"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", CONDITIONS)
def test_body_in_a_condition_is_not_the_target(text, expected):
    check(text, expected)


# 3. A threat verb whose object is an abstraction right before it ('[무기 거래가] 평화를 위협하고 있다며', '안보를 동시에
# 위협'): a claim that conduct is dangerous, no threat made (act_context.threatened_value, cue abstract_noun); the
# verdict verb after it ('이를 규탄했다') is the act. A threat the speaker announces ('위협하겠다') or a threat of a deed
# ('보복하겠다고 위협') stays one.
THREAT_CLAIMS = [
    ("캐나다 총리는 호주 총리와 회담했다. 양측은 이란과 시리아 간 무기 거래가 중동의 평화를 위협하고 있다며 이를 "
     "규탄했다.", [("THREATEN", set(), None, None), ("ACCUSE", {"CAN", "AUS"}, {"IRN", "SYR"}, "occurred")]),
    ("프랑스와 독일은 벨라루스의 이주민 이용이 유럽 안보를 동시에 위협하고 있다며 이를 비난했다.",
     [("THREATEN", set(), None, None), ("ACCUSE", {"FRA", "DEU"}, {"BLR"}, "occurred")]),
    ("멕시코 대통령은 콜롬비아 카르텔의 무기 밀수가 국경 지역의 안전을 심각하게 위협한다고 말했다.",
     [("THREATEN", set(), None, None)]),
    # negative: a threat announced, and a threat of a deed
    ("북한은 한국 안보를 직접 위협하겠다고 밝혔다.", [("THREATEN", {"PRK"}, {"KOR"}, "occurred")]),
    ("이란은 이스라엘이 공격을 계속하면 보복하겠다고 위협했다.", [("THREATEN", {"IRN"}, {"ISR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", THREAT_CLAIMS)
def test_threat_to_an_abstraction_is_a_claim(text, expected):
    check(text, expected)


# 2. A sea area located from a coast ('[B국 C시 북쪽 약 40해리 해상]에서 D국의 공격을 받아', '[B국 앞바다]에서'): where the
# ship was hit, so the coast's state is never the attacked (act_bystander_states.offshore_places -> not_recipient_spans, cue
# offshore_noun). The ship's own flag in the sentence still receives it; a port struck on land is the target.
OFFSHORE = [
    ("파나마 선적 유조선이 흑해에서 피격됐다. 유조선은 지난 19일 새벽 루마니아 콘스탄차 동쪽 약 40해리 해상에서 러시아의 "
     "해상 드론 공격을 받아 불길에 휩싸였다.", "ASSAULT", {"RUS"}, "ROU"),
    ("화물선은 3일 밤 에리트레아 북쪽 약 20해리 해역에서 예멘 후티 반군의 미사일 공격을 받았다.", "ASSAULT", {"YEM"}, "ERI"),
    ("유조선은 이날 오전 모로코 앞바다에서 알제리 해군의 공격을 받았다.", "ASSAULT", {"DZA"}, "MAR"),
]


@pytest.mark.parametrize("text,type_,actors,coast", OFFSHORE)
def test_coast_of_a_sea_area_is_not_attacked(text, type_, actors, coast):
    event = next(e for e in extract_text(text, published=PUB).events if e.type == type_)
    assert countries(event.participants) == actors
    assert coast not in countries(event.recipients)


OFFSHORE_KEPT = [
    ("라이베리아 선적 화물선은 5일 오만 남쪽 해상에서 이란의 드론 공격을 받았다.", [("ASSAULT", {"IRN"}, {"LBR"}, "occurred")]),
    ("인도네시아 해군은 말레이시아 앞바다에서 베트남 어선을 나포했다.", [("COERCE", {"IDN"}, {"VNM"}, "occurred")]),
    # negative: no sea area, the port's state is struck
    ("러시아는 우크라이나 오데사 항구를 미사일로 공격했다.", [("ASSAULT", {"RUS"}, {"UKR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", OFFSHORE_KEPT)
def test_flag_still_receives_an_attack_offshore(text, expected):
    check(text, expected)
