"""(enacts56, issue 15) The Korean twins of tests/lang/en/test_act_third_round_modes.py: a patrol unit as the state's
forces ('순찰대', agents.yaml MIL), a refusal of a demand or an offer (REJECT with the mode of what was asked), an
invitation refused (meet), a bombing by a named armed group (explosives). Open: forces to be stationed in a host state
('벨라루스에 미사일을 배치하겠다고 밝혔다' reads THREATEN aimed at the host), a demand to hand over power refused
('권력을 이양하라는 요구를 거부했다' reads nothing) and a patrol sent ('순찰대를 파견했다' reads nothing): the Korean
act readers' (lang/ko act_*). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides
from tests.plover_rows import OCC, PLAN, check_row, open_class, sweep_rows

ROWS = sweep_rows({  # (sentence, type, acting states among the parties, receiving states or None, mode, status)
    "hosted deployment": [
        open_class("forces to be stationed in a host state said ('X에 배치하겠다고 밝혔다') read THREATEN aimed at the"
                   " host, where English reads MOBILIZE planned (lang/ko act readers)",
                   "러시아는 벨라루스에 미사일을 배치하겠다고 밝혔다.", "MOBILIZE", {"RUS"}, None, "weapons", PLAN),
    ],
    "patrol sent": [
        open_class("a patrol unit sent ('순찰대를 파견했다') reads nothing (ko_acts_cameo_spec 파견하다 objects)",
                   "칠레는 국경에 순찰대를 파견했다.", "MOBILIZE", {"CHL"}, None, "troops", OCC),
    ],
    "refusal noun": [
        ("차드는 수단의 회담 요구에 대한 거부 입장을 밝혔다.", "REJECT", {"TCD"}, None, "meet", OCC),
        ("케냐는 우간다의 원조 제안을 거부했다.", "REJECT", {"KEN"}, {"UGA"}, "assist", OCC),
        ("차드는 카이로 정상회의 초청을 거부했다.", "REJECT", {"TCD"}, None, "meet", OCC),
    ],
    "named group bombing": [
        ("보코하람이 마이두구리의 시장을 폭파했다.", "ASSAULT", {"NGA"}, None, "explosives", OCC),
    ],
    "power handed over": [
        open_class("a demand to hand over power refused ('권력을 이양하라는 요구를 거부했다') reads nothing (lang/ko"
                   " act_wish_modes)",
                   "반군은 권력을 이양하라는 프랑스의 요구를 거부했다.", "REJECT", set(), None, "change", OCC),
    ],
})


@pytest.mark.parametrize("text,kind,actors,recipients,mode,status", ROWS)
def test_third_round_modes_ko(text, kind, actors, recipients, mode, status):
    check_row(text, kind, actors, recipients, mode, status)


@pytest.mark.parametrize("text,acting,receiving", [
    ("무장괴한들이 말리 순찰대에 총격을 가했다.", {("MLI", "UAF")}, {("MLI", "MIL")}),
    ("무장괴한들이 페루 군인들에게 총격을 가했다.", {("PER", "UAF")}, {("PER", "MIL")}),
])
def test_patrol_fired_at_ko(text, acting, receiving):
    """'순찰대' is the state's forces (agents.yaml MIL), as English 'patrol'."""
    assert sector_sides(text, "ASSAULT") == (acting, receiving)
