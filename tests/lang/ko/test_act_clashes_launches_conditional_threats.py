"""Korean acts. Each row is a sentence we wrote for the test (not a batch's, not the eval's), read through the whole
pipeline: the (actors, recipients) of each event of a type, and its status where the class is about status.

Formerly tests/lang/test_ko_sides30.py, classes first read by session 23, ko-acts30: known classes of issues 13 and
15 (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.lang.ko.act_rows import PUB


def found(text: str, type_: str) -> list[tuple[set[str], set[str], str]]:
    """The (actors, recipients, status) of each event of `type_` the text states."""
    return [({p.country for p in e.participants}, {r.country for r in e.recipients}, e.status)
            for e in extract_text(text, published=PUB).events if e.type == type_]


def sides(text: str, type_: str) -> list[tuple[set[str], set[str]]]:
    return [(a, r) for a, r, _s in found(text, type_)]


# 1. An armed clash ('충돌했다'): force used, ASSAULT, coded as 교전하다 is, when its clause names armed sides, an armed
# manner or a place of fighting (lang/ko/act_clashes.py; cue clash_verb). Each side fights the other ('A와 B가', 'A는
# B와'): both are its actors and its targets (clash49: pipeline/act_reciprocal).
ARMED_CLASH = [
    ("몰도바군과 우크라이나군이 20일 국경에서 충돌했다.", {"MDA", "UKR"}),
    ("가봉 군과 카메룬 군이 20일 충돌했다.", {"GAB", "CMR"}),
    ("가나군은 20일 토고군과 충돌해 병사 2명이 숨졌다.", {"GHA", "TGO"}),
    ("볼리비아는 20일 파라과이와 국경 지대에서 충돌했다.", {"BOL", "PRY"}),
    ("라오스와 캄보디아가 20일 무력으로 충돌했다.", {"LAO", "KHM"}),
    ("네팔 국경수비대와 부탄 국경수비대가 20일 충돌했다.", {"NPL", "BTN"}),
    ("가나군은 20일 국경을 넘어 토고군과 충돌했다.", {"GHA", "TGO"}),
]


@pytest.mark.parametrize("text,parties", ARMED_CLASH)
def test_an_armed_clash_is_assault(text, parties):
    assert (parties, parties) in sides(text, "ASSAULT")


NO_ARMED_CLASH = [
    "몰도바와 우크라이나 외교장관은 회담에서 의견이 충돌했다.",
    "가나와 토고는 어업 협정을 놓고 입장이 충돌했다.",
    "볼리비아는 파라과이와 국경 문제로 충돌했다.",
    "볼리비아 외교장관은 파라과이와 국경 협상에서 충돌했다.",
    "라오스 버스가 캄보디아 트럭과 충돌했다.",
    "가나 정부와 토고 정부의 이해관계가 충돌했다.",
    "가나군과 토고군은 충돌하지 않았다.",
]


@pytest.mark.parametrize("text", NO_ARMED_CLASH)
def test_a_clash_of_views_a_collision_or_a_quarrel_is_no_assault(text):
    assert sides(text, "ASSAULT") == []


# 1b. A fight named by its noun (교전, 무력 충돌, 포격전: the lexicon's other party in 와) owned by a pair ('A와 B 간', 'A와
# B 사이에', 'A군과 B군의'): both sides fight (act_clashes.mutual_owners), each the other's target, not the first only the
# target of the second, and
# not dropped for want of a side; a fight only foreseen ('무력 충돌 가능성') is none.
MUTUAL_FIGHT = [
    "몰도바와 우크라이나 간 무력 충돌이 20일 발생했다.",
    "몰도바와 우크라이나 사이에 20일 교전이 벌어졌다.",
    "몰도바군과 우크라이나군의 교전으로 병사 3명이 숨졌다.",
    "몰도바와 우크라이나의 무력 충돌로 병사 10명이 숨졌다.",
]


@pytest.mark.parametrize("text", MUTUAL_FIGHT)
def test_a_fight_owned_by_a_pair_is_both_sides(text):
    assert sides(text, "ASSAULT") == [({"MDA", "UKR"}, {"MDA", "UKR"})]


def test_a_foreseen_fight_is_no_assault():
    assert sides("몰도바와 우크라이나 간 무력 충돌 가능성이 커지고 있다.", "ASSAULT") == []


# 4. A launch toward a state ('[B] 쪽으로', '[B] 방향으로', '[B] 쪽을 향해'): fire at that state, ASSAULT on it, as a launch
# 'B를 향해' or 'B에' is (act_fired_launches.toward_state; cue direction_noun); toward a sea or a border it stays MOBILIZE.
LAUNCH_TOWARD = [
    "수단군은 20일 남수단 쪽으로 포탄을 쐈다.",
    "수단군은 20일 남수단 방향으로 포탄 10여 발을 발사했다.",
    "수단군은 20일 남수단 쪽을 향해 무인기 두 대를 발사했다.",
    "수단군은 20일 남수단을 향해 무인기 두 대를 발사했다.",
]


@pytest.mark.parametrize("text", LAUNCH_TOWARD)
def test_a_launch_toward_a_state_is_fire_at_it(text):
    assert ({"SDN"}, {"SSD"}) in sides(text, "ASSAULT")
    assert sides(text, "MOBILIZE") == []


LAUNCH_NOT_AT_A_STATE = [
    "수단군은 20일 홍해 쪽으로 미사일을 발사했다.",
    "수단군은 20일 국경 쪽으로 포탄을 쐈다.",
    "수단군은 20일 동해상으로 탄도미사일 두 발을 발사했다.",
]


@pytest.mark.parametrize("text", LAUNCH_NOT_AT_A_STATE)
def test_a_launch_toward_a_sea_or_a_border_stays_a_show_of_force(text):
    assert sides(text, "ASSAULT") == []
    assert sides(text, "MOBILIZE")


# 5. A hostile act the speaker says it will do under a condition ('B가 ...할 경우 대사를 소환할 것이라고 말했다', 'B가
# ...하면 대응 조치를 취하겠다고 밝혔다'): a threat made as it is said (THREATEN, occurred), aimed at the condition's
# subject (act_conditions.conditional_threat). A plan ('...할 방침이라고'), a future with no condition, a negated one
# or a conditional concession is no threat.
CONDITIONAL_THREAT = [
    "우루과이 외교부는 아르헨티나가 댐 공사를 강행할 경우 대사를 소환할 것이라고 말했다.",
    "우루과이 정부는 아르헨티나가 댐 공사를 강행하면 아르헨티나 어선을 나포할 것이라고 밝혔다.",
    "우루과이 외교부는 아르헨티나가 댐 공사를 계속하면 강력한 대응 조치를 취하겠다고 밝혔다.",
    "우루과이 외교부는 아르헨티나가 댐 공사를 강행할 경우 제재를 부과할 것\"이라고 말했다.",
]


@pytest.mark.parametrize("text", CONDITIONAL_THREAT)
def test_a_conditional_hostile_act_said_is_an_occurred_threat(text):
    assert ({"URY"}, {"ARG"}, "occurred") in found(text, "THREATEN")
    assert found(text, "SANCTION") == [] and found(text, "COERCE") == []


NO_CONDITIONAL_THREAT = [
    ("우루과이 외교부는 아르헨티나가 댐 공사를 강행할 경우 제재를 부과할 방침이라고 밝혔다.", "SANCTION", "planned"),
    ("우루과이 외교부는 아르헨티나에 대한 제재를 부과할 것이라고 말했다.", "SANCTION", "planned"),
    # sanction54: easing sanctions is RETREAT (crosswalk 085); (coding63) announced, it is a promise (AGREE, occurred), as
    # English 'would lift sanctions on X' reads (docs/coding-choices.md)
    ("우루과이 외교부는 아르헨티나가 대화에 나설 경우 제재를 해제할 것이라고 말했다.", "AGREE", "occurred"),
    ("우루과이 외교부는 아르헨티나가 댐 공사를 강행할 경우 제재를 부과하지 않을 것이라고 말했다.", None, None),
]


@pytest.mark.parametrize("text,type_,status", NO_CONDITIONAL_THREAT)
def test_a_plan_an_unconditioned_future_or_a_concession_is_no_threat(text, type_, status):
    assert found(text, "THREATEN") == []
    if type_:
        assert [s for _a, _r, s in found(text, type_)] == [status]


# 2. A summons naming no summoner ('주한 B 대사가 초치됐다', '(...) 주일 B 대사를 초치해 항의했다', '초치돼 항의를 받았다'): the
# host of the envoy's post summons (ACCUSE disapprove, the lexicon's reading of 초치하다, as the English reader codes
# 'summoned the ambassador'), to the envoy's state (lang/ko/act_summons.py; pipeline act_actor_defaults.post_host).
AGENTLESS_SUMMONS = [
    ("주한 케냐 대사가 20일 초치됐다.", {"KOR"}, {"KEN"}),
    ("주한 케냐 대사가 20일 초치돼 항의를 받았다.", {"KOR"}, {"KEN"}),
    ("20일 주한 케냐 대사를 초치해 항의했다.", {"KOR"}, {"KEN"}),
    ("주일 케냐 대사가 20일 초치됐다.", {"JPN"}, {"KEN"}),
    ("20일 주일 케냐 대사를 초치해 항의했다.", {"JPN"}, {"KEN"}),
    ("주우간다 케냐 대사가 20일 초치됐다.", {"UGA"}, {"KEN"}),
    ("주케냐 한국 대사가 20일 초치돼 항의를 받았다.", {"KEN"}, {"KOR"}),
]


@pytest.mark.parametrize("text,actors,recipients", AGENTLESS_SUMMONS)
def test_the_posts_host_summons_when_no_summoner_is_named(text, actors, recipients):
    assert (actors, recipients) in sides(text, "ACCUSE")


NAMED_SUMMONER = [
    ("우간다 외교부는 20일 주우간다 케냐 대사를 초치해 항의했다.", {"UGA"}, {"KEN"}),
    ("주한 케냐 대사는 20일 외교부에 초치돼 항의를 받았다.", {"KOR"}, {"KEN"}),
]


@pytest.mark.parametrize("text,actors,recipients", NAMED_SUMMONER)
def test_a_named_summoner_keeps_its_reading(text, actors, recipients):
    assert sides(text, "ACCUSE") == [(actors, recipients)]


def test_an_envoy_with_no_post_named_has_no_summoner():
    """Negative: '케냐 대사가 초치됐다' names no host, so no one summons (no guess)."""
    assert sides("케냐 대사가 20일 초치됐다.", "ACCUSE") == []


# 3. Counter-measures kiwi splits: the prefix 맞- read as the verb stem 맞/VV when joined to the noun ('맞추방 조치를',
# '맞제재로', '맞제재에') is the noun's prefix (sentences.noun_prefixed; ko.yaml verb_read_prefixes), so the act noun is
# found and its tit-for-tat sense kept (nominal 맞제재; cue tit_for_tat_lemma): it answers the other side's measure,
# in its sentence or the one before (act_answers). An expulsion order ('추방령을 발동했다') is an expulsion.
COUNTER_MEASURES = [
    ("나미비아가 보츠와나 외교관을 추방하자 보츠와나도 맞추방 조치를 취했다.", {"BWA"}, {"NAM"}),
    ("나미비아가 보츠와나에 제재를 부과하자 보츠와나도 맞제재에 나섰다.", {"BWA"}, {"NAM"}),
    ("보츠와나는 나미비아의 제재에 맞제재로 맞섰다.", {"BWA"}, {"NAM"}),
    ("나미비아는 20일 보츠와나산 소고기에 관세를 부과했다. 보츠와나는 21일 맞제재로 맞섰다.", {"BWA"}, {"NAM"}),
    ("나미비아는 20일 보츠와나 외교관 3명을 추방했다. 보츠와나는 21일 맞추방 조치를 취했다.", {"BWA"}, {"NAM"}),
    ("보츠와나 정부는 나미비아 외교관 2명에 추방령을 발동했다.", {"BWA"}, {"NAM"}),
]


@pytest.mark.parametrize("text,actors,recipients", COUNTER_MEASURES)
def test_a_counter_measure_kiwi_splits_answers_the_other_side(text, actors, recipients):
    assert (actors, recipients) in sides(text, "SANCTION")


def test_a_counter_measure_keeps_the_target_it_names():
    """Negative: a counter-sanction that names its own target ('잠비아에 대한 맞제재') keeps it."""
    found = sides("나미비아가 보츠와나에 제재를 부과하자 보츠와나는 잠비아에 대한 맞제재를 발표했다.", "SANCTION")
    assert ({"BWA"}, {"ZMB"}) in found and ({"BWA"}, {"NAM"}) not in found


@pytest.mark.parametrize("text,expected,absent", [
    ("보츠와나가 제재하자 나미비아도 맞제재에 나섰다.", [("맞", "XPN"), ("제재", "NNG")], [("맞", "VV")]),
    ("나미비아가 외교관을 추방하자 보츠와나도 맞추방 조치를 취했다.", [("보츠와나", "NNP"), ("도", "JX")], [("보츠와나도", "NNP")]),
    ("정상들은 제주도에서 만났다.", [], [("제주", "NNP")]),
])
def test_kiwis_prefix_and_fused_particle_readings(text, expected, absent):
    """The morphemes the act readers see: 맞- joined to a noun is its prefix; a state's name kiwi fused with 도 is split
    (a state's only: '제주도' stays whole)."""
    from readout.lang.ko.sentences import split

    toks = [(f, t) for _span, tokens in split(text, 0) for f, t, _s, _n in tokens]
    assert all(m in toks for m in expected) and not any(m in toks for m in absent), toks
