"""A joint exercise of one state's own services is that state's drill, no COOPERATE (precision48;
pipeline/solo_exercises), with sentences of our own in both languages; joint drills of two states stay COOPERATE.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, state", [
    ("India's Southern Command on Monday launched joint exercises involving the army, navy and air force off the "
     "coast of Gujarat.", "IND"),
    ("The Indian army and navy held joint drills near the Pakistani border on Monday.", "IND"),
    ("인도 남부사령부는 8일 육해공군 합동훈련을 시작했다.", "IND"),
])
def test_one_state_joint_exercise_is_its_drill(text, state):
    events = read(text)
    assert_act(events, "COOPERATE", set(), None, None)
    assert_act(events, "MOBILIZE", {state}, set(), "occurred", "troops")


@pytest.mark.parametrize("text", [
    "India and France held joint naval drills in the Arabian Sea on Monday.",
    "India held joint naval drills with France in the Arabian Sea on Monday.",
])
def test_two_states_joint_exercise_stays_cooperation(text):
    assert_act(read(text), "COOPERATE", {"IND", "FRA"}, None, "occurred")
