"""A sanction ordered is a threat, and a retaliation paid with a measure threatens the measure (threats49; lang/ko/
act_ordered_measures, act_retaliation_means), with sentences of our own.

1. 'X 총리는 Y산 수입품에 관세를 부과하라고 장관에게 지시했다': an order to impose a sanction is not yet in force:
   THREATEN at the sanction's target, no REQUEST of the official ordered; a sanction imposed stays SANCTION.
2. '관세로 보복하겠다': THREATEN `restrict`, not violence; paid back with force it stays violence.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def kinds(text: str):
    return [(e.type, e.mode, sorted(p.country for p in e.participants), sorted(r.country for r in e.recipients))
            for e in events(text)]


@pytest.mark.parametrize("text, mode", [
    ("인도 총리는 터키산 수입품에 25% 보복 관세를 부과하라고 통상부 장관에게 지시했다.", "restrict"),
    ("인도 총리는 터키산 철강에 관세를 부과하도록 지시했다.", "restrict"),
    ("인도 총리는 터키에 대한 제재를 부과하라고 명령했다.", "restrict"),  # modes71: an economic measure (1312)
])
def test_ordered_measure_threatens(text, mode):
    found = kinds(text)
    assert ("THREATEN", mode, ["IND"], ["TUR"]) in found
    assert not [k for k in found if k[0] == "REQUEST"]


def test_imposed_measure_stays_sanction():
    assert [k[0] for k in kinds("인도는 터키산 수입품에 보복 관세를 부과했다.")] == ["SANCTION"]


def test_order_of_no_measure_stays_request():
    assert [k[0] for k in kinds("인도 총리는 터키에 대화에 응하라고 요구했다.")] == ["REQUEST"]


@pytest.mark.parametrize("text, mode", [
    ("인도는 터키에 관세로 보복하겠다고 밝혔다.", "restrict"),
    ("파키스탄은 인도에 경제 제재로 보복하겠다고 밝혔다.", "restrict"),
    ("인도는 터키에 미사일로 보복하겠다고 밝혔다.", "violence"),
])
def test_retaliation_means(text, mode):
    assert [k[1] for k in kinds(text) if k[0] == "THREATEN"] == [mode]
