"""kojudge47: a relative date word with no particle of its own ('지난달', '지난주', '지난해', '작년') right before an
act's object dates the clause and is no part of the object's noun run: '니카라과 정부는 지난달 자국민을 추방했다' is the
deportation of the state's own people, as the same clause with a day ('10일') or no date is. A word that is no whole
relative date word ('달', '지난', '다음') stays as the reader took it."""
from __future__ import annotations

import pytest

from readout.lang.ko.relative_time_words import relative_time_word
from tests.conftest import assert_act
from tests.event_sides import events


@pytest.mark.parametrize("text, state", [
    ("니카라과 정부는 지난달 자국민을 추방했다.", "NIC"),
    ("니카라과 정부는 지난주 자국민을 추방했다.", "NIC"),
    ("니카라과 정부는 지난해 자국민 50명을 추방했다.", "NIC"),
    ("니카라과 정부는 작년 자국 국민들을 추방했다.", "NIC"),
    ("벨라루스 당국은 지난달 자국민 수십 명을 추방했다.", "BLR"),
])
def test_relative_date_before_own_people_keeps_the_deportation(text, state):
    assert_act(events(text), "COERCE", {state}, {state}, "occurred", "deport")


@pytest.mark.parametrize("text, actor, target", [
    ("니카라과 정부는 지난주 코스타리카 외교관들을 추방했다.", "NIC", "CRI"),  # envoys: the expulsion of a state's
    ("벨라루스는 지난달 리투아니아 외교관을 추방했다.", "BLR", "LTU"),  # envoys stays a SANCTION, no deportation
])
def test_relative_date_before_foreign_envoys_is_no_deportation(text, actor, target):
    found = events(text)
    assert_act(found, "SANCTION", {actor}, {target}, "occurred", "expel")
    assert_act(found, "COERCE", set(), None, None)


def test_relative_date_before_own_people_denied_is_no_deportation():
    assert_act(events("니카라과 정부는 지난달 자국민을 추방하지 않았다고 밝혔다."), "COERCE", set(), None, None)


@pytest.mark.parametrize("form, expected", [
    ("지난달", True), ("지난주", True), ("지난해", True), ("작년", True), ("이달", True), ("내달", True),
    ("어제", True),
    ("달", False), ("주", False), ("지난", False), ("다음", False), ("정부", False), ("자국민", False),
])
def test_relative_time_word_is_a_whole_date_word(form, expected):
    assert relative_time_word(form) is expected
