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


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("Benin and Togo troops exchanged fire on the lagoon border in May. Ghana signed separate energy agreements "
     "with Benin and with Togo on the same day. Ghanaian President Kojo Amankwah phoned both leaders and "
     "warned that Ghana would suspend the agreements if the fighting went on.",
     "THREATEN", ["GHA"], ["BEN", "TGO"]),
    ("베냉과 토고는 지난 5월 국경 석호에서 총격전을 벌였다. 가나는 같은 날 베냉, 토고와 각각 에너지 협정을 "
     "체결했다. 코조 아만콰 가나 대통령은 당시 양국 정상에게 전화를 걸어 교전이 계속되면 협정을 중단하겠다고 "
     "압박했다.", "THREATEN", ["GHA"], ["BEN", "TGO"]),
    ("Benin and Togo troops exchanged fire on the lagoon border in May. Ghana signed separate energy agreements "
     "with Benin and with Togo on Tuesday. Ghana urged both sides to exercise restraint.",
     "REQUEST", ["GHA"], ["BEN", "TGO"]),
])
def test_pair_with_the_speaker_is_passed_over(text, kind, actors, recipients):
    """(actors59) The latest two-sided acts are the speaker's own accords with each side: 'both leaders' it calls are
    still the pair that fought, not the speaker and one of them."""
    assert (actors, recipients) in sides(text, kind, DAY), sides(text, kind, DAY)


def test_pair_of_the_speaker_alone_names_no_group():
    """Negative: the speaker is a side of every pair the story told: no other pair is made up for 'both sides'."""
    text = ("Ghana and Benin troops exchanged fire on the lagoon border in May. Ghana urged both sides to exercise "
            "restraint.")
    found = sides(text, "REQUEST", DAY)
    assert not any("TGO" in r or "BEN" in r and len(r) > 1 for _a, r in found), found
