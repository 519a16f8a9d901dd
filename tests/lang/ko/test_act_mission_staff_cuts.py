"""(sanction57) A mission's staff cut ('X 주재 대사관 인력을 감축했다', '대사관 직원을 줄였다') curtails diplomatic
exchanges: SANCTION discontinue aimed at the mission's state (ko_acts: 대사관 인력 감축), a measure of its own beside
another of the day (class 'diplomats'). A firm's staff cut is none. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "칠레는 5일 볼리비아 주재 대사관 인력을 20명으로 감축했다.",
    "파라과이는 지난 2일 우루과이 대사관 직원을 절반으로 줄였다.",
])
def test_a_missions_staff_cut_is_a_sanction(text):
    found = sides(text, "SANCTION")
    assert len(found) == 1 and len(found[0][1]) == 1, events(text)


def test_a_staff_cut_beside_a_trade_halt_is_a_measure_of_its_own():
    text = "칠레는 5일 볼리비아 대사관 인력을 감축하고 볼리비아와의 교역을 중단했다."
    assert sorted(str(e.measure) for e in events(text) if e.type == "SANCTION") == ["diplomats", "trade"]


def test_a_firms_staff_cut_is_no_sanction():
    assert not sides("칠레 광산 회사는 5일 볼리비아 지사 직원을 절반으로 줄였다.", "SANCTION")
