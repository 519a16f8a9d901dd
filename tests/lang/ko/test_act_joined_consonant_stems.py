"""(debt64) A clause joined by -며/-면서 keeps its subject for the act after it whatever the stem before the ending: a
consonant stem takes the -으며/-으면서 form ('넘으며'), which the readers' joining sets (lang/ko/tags
CONTINUING_ENDINGS, JOINING_ENDINGS) hold beside -며/-면서. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text", [
    "벨라루스 무인기들이 국경을 넘으며 리투아니아 초소를 공격했다.",  # consonant stem: -으며
    "벨라루스 무인기들이 국경을 넘어오며 리투아니아 초소를 공격했다.",  # vowel stem: -며
])
def test_joined_clause_keeps_weapon_subject(text):
    assert (["BLR"], ["LTU"]) in sides(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "벨라루스 무인기들이 국경을 넘으며 리투아니아 초소 위를 비행했다.",  # no attack told
    "벨라루스 무인기들이 국경을 넘었다고 리투아니아 국방부가 밝혔다.",
])
def test_joined_clause_without_attack(text):
    assert not sides(text, "ASSAULT")
