"""(acts56b, issue 15) Power handed over, asked ('권력 이양을 요구했다', '권력을 이양하라고 요구했다'), is a change of
leadership: REQUEST change (ko_acts cue mode_change 이양), as English 'demanded that the junta hand over power'
(tests/lang/en/test_acts56b_that_demands.py). Open: a refusal of a demand with its content clause and owner
('권력을 이양하라는 B의 요구를 거부했다') reads nothing (strict xfail in test_act_third_round_modes_ko.py). Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

ROWS = [  # (sentence, type, mode); mode None: no event of the type
    ("베냉은 토고 군정에 권력 이양을 요구했다.", "REQUEST", "change"),
    ("베냉은 토고 군정에 권력을 이양하라고 요구했다.", "REQUEST", "change"),
    ("베냉은 토고에 억류된 어부들의 석방을 요구했다.", "REQUEST", "yield"),
]


@pytest.mark.parametrize("text,kind,mode", ROWS)
def test_power_handed_over_asked_ko(text, kind, mode):
    found = [e.mode for e in events(text) if e.type == kind]
    assert mode in found, found
