"""A government named by the person who leads it is that person's state's (actors59), both languages:
- English: a known person's surname owning a government noun ('X's government', 'X's administration', 'X's regime')
  is a follower phrase, as 'X's forces' is (data/agents.yaml followers_en; lang/en/agents.follower_mentions);
- Korean: a bare '정부' right after a clause of leading ('[X 대통령이 이끄는] 정부가') is the government of the state
  the clause's subject names, not the writer's home state (lang/ko/home_words.led_home_words).
Sentences of our own; the leaders named are of states no open batch is about."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

DAY = "2026-03-06"


@pytest.mark.parametrize("text, kind, expected", [
    ("Lithuania accused Lukashenko's government on Monday of pushing migrants across the border.", "ACCUSE",
     (["LTU"], ["BLR"])),
    ("Morocco criticized Tebboune's administration on Tuesday over the closed border crossings.", "ACCUSE",
     (["MAR"], ["DZA"])),
    ("모로코 외교부는 5일 테분이 이끄는 정부가 국경 합의를 어겼다고 비판했다.", "ACCUSE", (["MAR"], ["DZA"])),
    ("남부 아프리카 외교 갈등 격화\n\n나미비아는 3일 라마포사 대통령이 이끄는 정부가 국경 조약을 위반했다고 비난했다.", "ACCUSE",
     (["NAM"], ["ZAF"])),
])
def test_a_government_named_by_its_leader_is_the_leaders_state(text, kind, expected):
    assert expected in sides(text, kind, DAY), sides(text, kind, DAY)


@pytest.mark.parametrize("text, kind, expected", [
    # negatives: a state's own government, and a leading clause naming no known person, keep their readings
    ("Lithuania criticized Poland's government on Monday over the border fence.", "ACCUSE", (["LTU"], ["POL"])),
    ("리투아니아 야당은 5일 총리가 이끄는 정부가 예산을 낭비했다고 비판했다.", "ACCUSE", (["LTU"], ["LTU"])),
])
def test_a_government_with_no_leader_named_keeps_its_reading(text, kind, expected):
    assert sides(text, kind, DAY) == [expected]
