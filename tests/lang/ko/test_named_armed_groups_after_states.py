"""Korean: a listed armed group named right after a country word (lang/ko/agent_chains.named_armed_group). Each row is
a sentence we wrote for the test, read through the whole pipeline.

'레바논 헤즈볼라는', '아프간 탈레반은': the country word opens the group's phrase; the group (organizations.yaml, sector
REB) acts as that state's armed group, not the state's government. The state written is the group's own ('파키스탄
탈레반은': Pakistan's). A state's own body after the country word ('레바논 정부는') stays the state's government."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def acting(text: str, kind: str) -> list[tuple[str, str]]:
    return [(p.country, p.sector) for e in events(text) if e.type == kind for p in e.participants
            if p not in e.recipients]


def receiving(text: str, kind: str) -> list[tuple[str, str]]:
    return [(r.country, r.sector) for e in events(text) if e.type == kind for r in e.recipients]


# sentence, type, the acting side (state, sector)
GROUPS_ACTING = [
    ("레바논 헤즈볼라는 4일 이스라엘 북부를 공격했다.", "ASSAULT", ("LBN", "REB")),
    ("아프간 탈레반은 8일 파키스탄의 공습을 비난했다.", "ACCUSE", ("AFG", "REB")),
    ("파키스탄 탈레반은 8일 아프가니스탄 정부를 비난했다.", "ACCUSE", ("PAK", "REB")),
    ("소말리아 알샤바브는 2일 케냐 국경 초소를 공격했다.", "ASSAULT", ("SOM", "REB")),
    ("아프간 하카니 네트워크는 5일 파키스탄을 비난했다.", "ACCUSE", ("AFG", "REB")),
]


@pytest.mark.parametrize("text,kind,side", GROUPS_ACTING)
def test_state_word_before_a_listed_group_is_the_groups_side(text, kind, side):
    assert side in acting(text, kind), [(e.type, [(p.country, p.sector) for p in e.participants]) for e in events(text)]


def test_state_word_before_a_listed_group_as_target():
    assert ("LBN", "REB") in receiving("이스라엘은 4일 레바논 헤즈볼라를 공격했다.", "ASSAULT")


# negatives: the state's own government or body after the country word acts as the state
@pytest.mark.parametrize("text,kind,side", [
    ("레바논 정부는 4일 이스라엘을 비난했다.", "ACCUSE", ("LBN", "GOV")),
    ("아프간 외교부는 8일 파키스탄을 비난했다.", "ACCUSE", ("AFG", "GOV")),
])
def test_state_body_after_state_word_stays_the_state(text, kind, side):
    found = acting(text, kind)
    assert side in found and not any(sector == "REB" for _c, sector in found), found


# English: the same groups named with their state's adjective or possessive
@pytest.mark.parametrize("text,kind,side", [
    ("Lebanon's Hezbollah attacked northern Israel on Sunday.", "ASSAULT", ("LBN", "REB")),
    ("The Afghan Taliban criticized Pakistan on Tuesday.", "ACCUSE", ("AFG", "REB")),
])
def test_english_state_before_a_listed_group(text, kind, side):
    assert side in acting(text, kind)
