"""(conflict54) A bomb planted is an explosive set by its doer: ASSAULT explosives, not the suicide attack CAMEO 183's
crosswalk reading gave 'planted a bomb' (183 is any non-military bombing), as Korean '폭탄을 설치했다' reads (rows in
tests/lang/ko/test_act_planted_bombs.py). A suicide bombing stays suicide-attack. Our own sentences."""
from __future__ import annotations

import pytest

ROWS = [  # (sentence, mode)
    ("Rebels planted a bomb in a bus station in Mali.", "explosives"),
    ("Separatists planted bombs near a police post in Pakistan on Sunday.", "explosives"),
    ("A suicide bomber attacked a police post in Pakistan on Sunday.", "suicide-attack"),
]


@pytest.mark.parametrize("text, mode", ROWS)
def test_a_planted_bomb_is_explosives(extract, text, mode):
    found = [e for e in extract(text).events if e.type == "ASSAULT"]
    assert found and found[0].mode == mode, [(e.type, e.mode) for e in extract(text).events]
