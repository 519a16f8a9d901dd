"""(conflict54) A bomb planted ('폭탄을 설치했다') is ASSAULT explosives, as English 'planted a bomb' now reads
(tests/lang/en/test_act_planted_bombs.py); a suicide bombing stays suicide-attack. Our own sentences."""
from __future__ import annotations

import pytest

ROWS = [  # (sentence, mode)
    ("반군이 말리에서 폭탄을 설치했다.", "explosives"),
    ("자살폭탄 테러범이 파키스탄의 경찰 초소를 공격했다.", "suicide-attack"),
]


@pytest.mark.parametrize("text, mode", ROWS)
def test_a_planted_bomb_is_explosives(extract, text, mode):
    found = [e for e in extract(text).events if e.type == "ASSAULT"]
    assert found and found[0].mode == mode, [(e.type, e.mode) for e in extract(text).events]
