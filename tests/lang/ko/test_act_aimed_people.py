"""Force fired at people named in an aiming phrase or a dative, before the weapon that is the verb's object ('경찰은
시위대를 향해 최루탄을 쐈다', '시위대에 실탄을 발사했다', '학생들에게 물대포를 쐈다'), and a penalty passed on them ('전
부통령에게 징역 6년을 선고했다'): the people are the act's domestic target,
the actor's own state unless their words name another (lang/ko/act_aimed_objects.aimed_people, domestic49). Our own
sentences (English: tests/lang/en/test_act_crowd_force.py)."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (sentence, ASSAULT actors, ASSAULT recipients, mode or None: not checked)
    ("에콰도르 경찰은 8일 시위대를 향해 최루탄을 쐈다.", {"ECU"}, {"ECU"}, "crowd-control"),
    ("칠레 경찰은 산티아고에서 시위 참가자 수백 명을 향해 고무탄을 발사했다.", {"CHL"}, {"CHL"}, "crowd-control"),
    ("짐바브웨 경찰은 대학 앞에 모인 학생들에게 물대포를 쐈다.", {"ZWE"}, {"ZWE"}, "crowd-control"),
    ("말라위 군인들이 시위대에 실탄을 발사해 5명이 숨졌다.", {"MWI"}, {"MWI"}, None),
    ("이스라엘군은 가자지구 주민들을 향해 포탄을 발사했다.", {"ISR"}, {"PSE"}, None),  # their own state named
    # force58: the people are the object of a dispersing verb in the clause joined to the weapon's
    ("카메룬 경찰은 지난 3일 물대포와 최루가스를 동원해 광장에 모인 노동자들을 해산했다.", {"CMR"}, {"CMR"},
     "crowd-control"),
    ("볼리비아 경찰은 광산 노동자들을 해산하려고 후추 스프레이를 뿌렸다.", {"BOL"}, {"BOL"}, "crowd-control"),
    ("짐바브웨 경찰은 고속도로를 막은 학생들을 해산하기 위해 최루액을 분사했다.", {"ZWE"}, {"ZWE"}, "crowd-control"),
]

SENTENCED = [  # a penalty passed on people named in the dative: (sentence, actors, recipients)
    ("에콰도르 법원은 9일 전 부통령에게 징역 6년을 선고했다.", {"ECU"}, {"ECU"}),
    ("짐바브웨 법원은 야당 대표에게 징역 2년을 선고했다.", {"ZWE"}, {"ZWE"}),
    ("미국 정부는 러시아 국적자 3명에게 징역형을 선고했다.", {"USA"}, {"RUS"}),  # their own state named
]


@pytest.mark.parametrize("text, actors, recipients", SENTENCED)
def test_a_penalty_passed_on_people_reaches_them(extract, text, actors, recipients):
    first = first_of(extract(text).events, type="SANCTION")
    assert ({p.country for p in first.participants}, {p.country for p in first.recipients}) == \
        (actors, recipients)


@pytest.mark.parametrize("text, actors, recipients, mode", ROWS)
def test_force_aimed_at_people_reaches_them(extract, text, actors, recipients, mode):
    e = first_of(extract(text).events, type="ASSAULT")
    assert {p.country for p in e.participants} == actors
    assert {p.country for p in e.recipients} == recipients
    if mode:
        assert e.mode == mode


NOT_PEOPLE = [  # aimed at a place or the sea, or a launch with no one hit: no people's state receives it
    "북한은 동해상을 향해 탄도미사일 2발을 발사했다.",
    "에콰도르 경찰은 시위가 끝난 뒤 광장을 향해 최루탄을 쐈다.",
    "볼리비아 경찰은 최루가스를 사용해 도로의 바리케이드를 치웠다.",  # force58: the next verb disperses no one
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_force_aimed_at_no_people_has_no_domestic_target(extract, text):
    for e in extract(text).events:
        if e.type == "ASSAULT":
            assert not {p.country for p in e.recipients} & {p.country for p in e.participants}, e
