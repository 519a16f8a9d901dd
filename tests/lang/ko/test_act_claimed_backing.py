"""Allegations of backing an armed group (accuse66, lang/ko/act_verdict_charges.backs_armed_group): a claim verb ('주장했다',
'지적했다') whose complement tells another side arming or backing an armed group is ACCUSE allege at that side, the
backing no AID or SUPPORT of its own; a claim of a fact, of a talk offered or of backing a state alleges nothing.
Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)
NONE = ("ACCUSE", None, None, None, None)

ROWS = [
    ("우루과이는 파라과이가 북부 반군을 무장시키고 있다고 주장했다.",
     [("ACCUSE", {"URY"}, {"PRY"}, "occurred", "allege"), ("AID", None, None, None, None)]),
    ("볼리비아는 아르헨티나가 무장단체를 지원하고 있다고 지적했다.",
     [("ACCUSE", {"BOL"}, {"ARG"}, "occurred", "allege"), ("AID", None, None, None, None)]),
    ("가나는 토고가 분리주의 반군에 소총을 제공했다고 지적했다.",
     [("ACCUSE", {"GHA"}, {"TGO"}, "occurred", "allege")]),
    # negatives: a fact, an offer of talks, aid to a state
    ("우루과이는 파라과이가 대화를 재개할 준비가 되어 있다고 주장했다.", [NONE]),
    ("볼리비아는 아르헨티나 경제가 빠르게 성장하고 있다고 지적했다.", [NONE]),
    ("가나는 토고가 칠레에 식량을 지원했다고 지적했다.", [NONE]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_claimed_backing(text, expected):
    events = extract_text(text, published=DAY).events
    for type_, actors, recipients, status, mode in expected:
        assert_act(events, type_, actors, recipients, status, mode)
