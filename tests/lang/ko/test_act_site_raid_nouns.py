"""kojudge47: a raid noun on a mission or an office ('[B 경찰의] [A 대사관] 급습') is the raiders' COERCE seize done to
the place's state, as the verb '대사관을 급습했다' is, and the state that reacts to it accuses the raiders. A raid noun
on no mission or office ('은신처 급습'), or a raid only asked for, is no seize."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act
from tests.event_sides import events, sides


@pytest.mark.parametrize("text, raider, owner", [
    ("조지아는 러시아 보안군의 조지아 영사관 급습을 비난했다.", "RUS", "GEO"),
    ("리투아니아는 벨라루스 경찰의 리투아니아 대사관 기습에 항의했다.", "BLR", "LTU"),
    ("벨라루스 경찰의 리투아니아 대사관 급습에 리투아니아가 반발했다.", "BLR", "LTU"),
])
def test_raid_noun_on_a_mission_is_a_seize_the_owner_protests(text, raider, owner):
    found = events(text)
    assert_act(found, "COERCE", {raider}, {owner}, "occurred", "seize")
    assert_act(found, "ACCUSE", {owner}, {raider}, "occurred")
    assert sides(text, "COERCE") == [([raider], [owner])]


@pytest.mark.parametrize("text", [
    "경찰의 은신처 급습에 주민들이 반발했다.",  # a hideout: no mission or office
    "리투아니아는 벨라루스 경찰의 리투아니아 대사관 급습을 요구했다.",  # asked for, not done
])
def test_raid_noun_elsewhere_or_asked_is_no_seize(text):
    assert_act(events(text), "COERCE", set(), None, None)


def test_raid_verb_on_a_mission_reads_alike_in_english():
    assert sides("Belarusian police raided the Lithuanian embassy.", "COERCE") == [(["BLR"], ["LTU"])]
