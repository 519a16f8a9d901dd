"""A possible deed judged in advance as hostility is a threat at its owner (modal46; lang/ko/act_regarded_deeds),
with sentences of our own.

'B의 ...을 적대 행위로 간주하겠다고 밝혔다', '...을 직접적 위협으로 여길 것이라고 말했다': the speaker threatens B; a
verdict that is no hostility ('큰 진전으로 간주한다') threatens no one.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, actor, recipients", [
    ("세르비아는 크로아티아의 코소보 무기 지원을 적대 행위로 간주하겠다고 밝혔다.", "SRB", {"HRV"}),
    ("에티오피아는 이집트의 소말리아 파병을 침략 행위로 간주할 것이라고 말했다.", "ETH", {"EGY"}),
    ("벨라루스는 폴란드의 국경 병력 배치를 직접적 위협으로 여길 것이라고 밝혔다.", "BLR", {"POL"}),
])
def test_regarded_deed_is_a_threat_at_its_owner(text, actor, recipients):
    assert_act(read(text), "THREATEN", {actor}, recipients, "occurred")


@pytest.mark.parametrize("text, actor, recipients", [
    ('페루 국방부는 성명에서 "볼리비아의 호수 봉쇄를 선전포고로 간주하고 단호히 맞설 것"이라고 밝혔다.', "PER", {"BOL"}),
    ('칠레 외교부는 "아르헨티나의 항구 폐쇄를 전쟁 행위로 간주하고 상응하는 대가를 치르게 할 것"이라고 말했다.', "CHL",
     {"ARG"}),
])
def test_verdict_joined_to_a_quoted_future_pledge(text, actor, recipients):
    """threat60: the verdict verb joined by 고 to a quoted pledge ('간주하고 ... 맞설 것"이라고 밝혔다') shares its future."""
    assert_act(read(text), "THREATEN", {actor}, recipients, "occurred")


def test_ownerless_deed_aims_at_the_state_the_sentence_told():
    """threat60: '어떠한 시도도' names no owner: the threat goes to the state whose deed the sentence told before it,
    not the speaker's own genitive."""
    text = ('라오스 정부는 태국의 국경 검문소 폐쇄를 비난하며 "자국 화물차의 통행을 막는 어떠한 조치도 적대 행위로 간주하고 '
            '단호히 맞설 것"이라고 밝혔다.')
    assert_act(read(text), "THREATEN", {"LAO"}, {"THA"}, "occurred")
    warned = ('말레이시아 외무부는 태국의 어업 금지 구역 선포를 규탄하며 "자국 어선을 나포하는 어떠한 움직임도 침략 행위로 '
              '간주하고 해군을 보내 맞설 것"이라고 경고했다.')
    assert_act(read(warned), "THREATEN", {"MYS"}, {"THA"}, "occurred")
    own = '이집트의 국가안보회의는 "국경 초소를 넘보는 어떠한 움직임도 침략 행위로 간주하고 맞설 것"이라고 밝혔다.'
    assert_act(read(own), "THREATEN", set(), None, None)


@pytest.mark.parametrize("text", [
    "칠레는 아르헨티나의 항구 폐쇄를 전쟁 행위로 간주하고 대화를 제안했다.",
    '칠레 외교부는 "아르헨티나의 항구 폐쇄를 큰 실수로 간주하고 대화를 이어갈 것"이라고 말했다.',
])
def test_joined_verdict_without_future_or_hostility_no_threat(text):
    assert_act(read(text), "THREATEN", set(), None, None)


def test_no_hostile_verdict_no_threat():
    assert_act(read("우루과이 정부는 이번 합의를 큰 진전으로 간주한다고 밝혔다."), "THREATEN", set(), None, None)
