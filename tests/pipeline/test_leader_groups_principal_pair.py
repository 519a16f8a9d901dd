"""A group of leaders counting more than the states the story placed them in ('both leaders', '양국 정상' with no leader
named, or one named with no state known) stands for the story's principal sides of that many, as 'the two countries'
does (pipeline/act_side_items.short_leader_groups; actors58). Sentences of our own, both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

DAY = "2026-03-04"


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("Laos and Vietnam clash over river dam\n\nLaos and Vietnam have traded artillery fire along their border for a "
     "week. On Monday Chinese President Xi Jinping phoned both leaders and urged them to halt the fighting.",
     "REQUEST", ["CHN"], ["LAO", "VNM"]),
    ("라오스·베트남 국경 교전\n\n라오스와 베트남은 일주일째 국경에서 포격전을 벌이고 있다. 시진핑 중국 국가주석은 3일 양국 "
     "정상에게 전화를 걸어 교전을 중단하라고 촉구했다.", "REQUEST", ["CHN"], ["LAO", "VNM"]),
    ("라오스·베트남 국경 교전\n\n라오스와 베트남은 일주일째 국경에서 포격전을 벌이고 있다. 통룬 시술릿 라오스 국가주석은 2일 "
     "기자회견을 열었다. 시진핑 중국 국가주석은 3일 양국 정상에게 전화를 걸어 교전을 중단하지 않으면 원조를 끊겠다고 "
     "경고했다.", "THREATEN", ["CHN"], ["LAO", "VNM"]),
])
def test_leader_group_is_the_principal_pair(text, kind, actors, recipients):
    assert (actors, recipients) in sides(text, kind, DAY), sides(text, kind, DAY)


def test_two_leaders_placed_stay_who_they_are():
    """Negative: the two leaders the story named in two states are 'both leaders', not the warring pair."""
    text = ("Laos and Vietnam have traded artillery fire along their border for a week. Thai Prime Minister Somchai "
            "Rattanakul met Cambodian Prime Minister Sok Vannak on Sunday. On Monday Chinese President Xi Jinping "
            "phoned both leaders and urged them to stay neutral.")
    found = sides(text, "REQUEST", DAY)
    assert not any("LAO" in r for _a, r in found), found
