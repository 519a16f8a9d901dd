"""A call voiced by parties who met under a go-between ('A and B met in X with the mediation of C and called on D
...', 'Under C's mediation, A and B urged D ...', 'A와 B는 C의 중재로 만나 D에 ... 촉구했다') is the parties' own and
aimed at the side they name: the broker is neither its voice nor its addressee (request57; pipeline/
act_recipient_readers.broker_unasked through `Language.names_a_broker`). A state asked for its mediation ('asked for C's
mediation') is still the one asked. Sentences of our own, both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, asked, broker", [
    ("Bolivia and Paraguay met in Montevideo with the mediation of Uruguay and called on Argentina to reopen the "
     "river port.", "ARG", "URY"),
    ("Under Omani mediation, Iran and Saudi Arabia called on Yemen's warring parties to extend the truce.", "YEM",
     "OMN"),
    ("볼리비아와 파라과이 외무장관은 우루과이의 중재로 몬테비데오에서 회담하고 아르헨티나에 하천 항구를 다시 열라고 "
     "촉구했다.", "ARG", "URY"),
    ("이란과 사우디아라비아는 오만 정부의 중재 아래 만나 예멘 내전 당사자들에게 휴전을 연장하라고 요구했다.", "YEM",
     "OMN"),
])
def test_broker_neither_voices_nor_receives_the_call(text, asked, broker):
    found = sides(text, "REQUEST")
    assert any(asked in r for _a, r in found), found
    assert not any(broker in a or broker in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "아르메니아와 아제르바이잔 외무장관은 지난달 모스크바에서 러시아의 중재로 회담하고 국경 지역의 긴장 완화를 촉구했다.",
    "The prime ministers of Sudan and Chad met in Cairo under Egyptian mediation and called for an immediate truce.",
])
def test_call_naming_no_addressee_is_not_aimed_at_the_broker(text):
    assert not any(r and set(r) & {"RUS", "EGY"} for _a, r in sides(text, "REQUEST"))


def test_asking_for_mediation_asks_the_mediator():
    assert (["CHL"], ["BRA"]) in sides("Chile asked for Brazil's mediation in the border dispute.", "REQUEST")
