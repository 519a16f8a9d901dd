"""(acts57b, issues 13/15) The Korean twins of tests/lang/en/test_acts57b.py: an attack at a site of worship is the
faithful's (worship_site_noun, REL); a state's warplanes and warships are its forces (agents.yaml agents_ko, MIL); a
release a demanded ransom buys is no release done. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

ROWS = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("바스라의 시장에서 차량 폭탄 테러가 발생했다.", "ASSAULT", "explosives", set(), {("IRQ", "CVL")}),
    ("바스라의 모스크에서 차량 폭탄 테러가 발생했다.", "ASSAULT", "explosives", set(), {("IRQ", "REL")}),
    ("무장괴한들이 카두나 인근의 교회를 공격했다.", "ASSAULT", None, {("NGA", "UAF")}, {("NGA", "REL")}),
    ("케냐 전투기들이 소말리아 진지를 공습했다.", "ASSAULT", "aerial", {("KEN", "MIL")}, {("SOM", "MIL")}),
    ("케냐 군함이 소말리아 항구를 포격했다.", "ASSAULT", "heavy-weapons", {("KEN", "MIL")}, {("SOM", "GOV")}),
    ("납치범들은 가나인 간호사의 석방 대가로 몸값을 요구했다.", "RETREAT", None, None, None),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_acts57b_ko(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)
