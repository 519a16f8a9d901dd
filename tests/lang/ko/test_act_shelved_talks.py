"""shelve53: talks put on hold and items kept off an agenda are refusals (PLOVER REJECT, CAMEO 125), with sentences of
our own.

- Talks put on hold ('B와의 협상을 무기한 보류했다', '회담을 유보하겠다'): REJECT `meet` of the partner, not the SANCTION of
  a programme halted; aid withheld ('원조를 보류했다') stays SANCTION.
- An item a side will not put on the agenda ('B의 가입 신청을 의제에 올리지 않겠다'): the speaker's REJECT of the item's
  owner or partner; set on an agenda with no negation ('의제로 다뤘다') it is no act.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, actor, partner", [
    ("일본 정부는 중국과의 어업 협상을 무기한 보류했다고 외무성 대변인이 밝혔다.", "JPN", "CHN"),
    ("페루 정부는 볼리비아와의 국경 회담을 보류하기로 했다고 밝혔다.", "PER", "BOL"),
    ("모로코는 알제리와의 대화를 유보했다.", "MAR", "DZA"),
])
def test_talks_put_on_hold_are_a_refusal_to_meet(text, actor, partner):
    events = read(text)
    assert_act(events, "REJECT", {actor}, {partner}, "occurred", mode="meet")
    assert_act(events, "SANCTION", set(), None, None)


def test_aid_put_on_hold_stays_a_sanction():
    assert_act(read("미국은 니제르에 대한 원조를 보류했다."), "SANCTION", {"USA"}, {"NER"}, "occurred")


@pytest.mark.parametrize("text, actor, partner", [
    ("필리핀 외교부는 베트남의 가입 신청을 이번 회의의 의제로 다루지 않겠다고 밝혔다.", "PHL", "VNM"),
    ("조지아 총리는 2030년까지 터키와의 협상을 의제에 올리지 않겠다고 밝혔다.", "GEO", "TUR"),
    ("케냐 정부는 소말리아의 제안을 안건으로 다루지 않겠다고 밝혔다.", "KEN", "SOM"),
])
def test_item_kept_off_the_agenda_is_refused(text, actor, partner):
    events = read(text)
    assert_act(events, "REJECT", {actor}, {partner}, "occurred")
    assert_act(events, "AGREE", set(), None, None)


@pytest.mark.parametrize("text", [
    "필리핀은 베트남의 가입 신청을 회의 의제로 다뤘다.",
    "정상들은 기후 변화 문제를 의제에 올렸다.",
])
def test_item_set_on_the_agenda_is_no_act(text):
    events = read(text)
    assert_act(events, "AGREE", set(), None, None)
    assert_act(events, "REJECT", set(), None, None)
