"""meet53 (issue 13): a state's non-government side met through a group-of noun or a people word ('met with a group of
student protesters', 'met representatives of the rebels', '시위대 대표단과 만났다', '반군 대표들과 만났다') is the side
met, a second party of the official's state, as 'met protesters' is (meet52). Every sentence is our own (real states,
invented towns and occasions)."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, side", [
    ("The Thai prime minister met with a group of protesters in Chiang Mai on Monday.", "THA"),
    ("The Thai prime minister met a group of student protesters in Chiang Mai on Monday.", "THA"),
    ("The Thai prime minister met with student protesters on Monday.", "THA"),
    ("The Thai governor met with a group of student protesters on Monday.", "THA"),
    ("The Colombian interior minister met representatives of the rebels on Monday.", "COL"),
    ("태국 총리는 9일 치앙마이에서 시위대 대표단과 만났다.", "THA"),
    ("콜롬비아 내무장관은 9일 반군 대표들과 만났다.", "COL"),
    ("태국 총리는 9일 치앙마이에서 학생 시위대와 만났다.", "THA"),
])
def test_the_group_met_is_the_states_side(text, side):
    found = sides(text, "CONSULT")
    assert len(found) == 1 and found[0][0] == [side, side] and found[0][1] == [], found


@pytest.mark.parametrize("text", [
    "The Thai prime minister criticized a group of student protesters in Chiang Mai on Monday.",
    "The Thai prime minister met ministers as a group of protesters marched outside on Monday.",
    "태국 총리는 9일 시위대 대표단을 비판했다.",
])
def test_no_meeting_without_a_meeting_verb_at_the_group(text):
    assert sides(text, "CONSULT") == [], sides(text, "CONSULT")
