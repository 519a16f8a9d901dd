"""(sanction57) A mission's staff cut ('reduced its diplomatic staff in X', 'cut the embassy staff of X', 'X 주재
대사관 인력을 감축했다', '대사관 직원을 줄였다') curtails diplomatic exchanges: SANCTION discontinue aimed at the
mission's host (en_acts_additions: mission_staff; ko_acts: 대사관 인력 감축), a measure of its own beside another of
the day (class 'diplomats'). A firm's staff cut is none. Our own sentences, both languages in one table."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "Chile reduced its diplomatic staff in Bolivia on Monday.",
    "Paraguay slashed its embassy staff in Uruguay by half on Friday.",
    "칠레는 5일 볼리비아 주재 대사관 인력을 20명으로 감축했다.",
    "파라과이는 지난 2일 우루과이 대사관 직원을 절반으로 줄였다.",
])
def test_a_missions_staff_cut_is_a_sanction_on_its_host(text):
    found = sides(text, "SANCTION")
    assert len(found) == 1 and len(found[0][1]) == 1, events(text)


@pytest.mark.parametrize("text", [
    "Chile cut the embassy staff of Bolivia to 20 on Monday and halted trade with Bolivia.",
    "칠레는 5일 볼리비아 대사관 인력을 감축하고 볼리비아와의 교역을 중단했다.",
])
def test_a_staff_cut_beside_a_trade_halt_is_a_measure_of_its_own(text):
    assert sorted(str(e.measure) for e in events(text) if e.type == "SANCTION") == ["diplomats", "trade"]


@pytest.mark.parametrize("text", [
    "The Chilean mining company reduced its staff in Bolivia on Monday.",
    "칠레 광산 회사는 5일 볼리비아 지사 직원을 절반으로 줄였다.",
])
def test_a_firms_staff_cut_is_no_sanction(text):
    assert not sides(text, "SANCTION")
