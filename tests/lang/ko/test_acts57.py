"""(acts57, issues 13/15) The Korean twins of tests/lang/en/test_acts57.py: an attack told as occurring at a police
site strikes the police (act_occurred_attacks.place_sector). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

POLICE_SITES = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("키르쿠크의 경찰서 앞에서 차량 폭탄 테러가 발생했다.", "ASSAULT", "explosives", set(), {("IRQ", "COP")}),
    ("키르쿠크의 한 시장에서 차량 폭탄 테러가 발생했다.", "ASSAULT", "explosives", set(), {("IRQ", "CVL")}),
    ("키르쿠크의 은행 앞에서 폭탄 테러가 발생했다.", "ASSAULT", "explosives", set(), {("IRQ", "BUS")}),
    ("무장세력이 키르쿠크의 경찰서를 공격했다.", "ASSAULT", None, {("IRQ", "REB")}, {("IRQ", "COP")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", POLICE_SITES)
def test_police_sites_ko(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)
