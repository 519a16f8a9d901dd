"""(kotypes53) The Korean twin of tests/lang/en/test_act_parallel_types.py: another side's words refused
('발언을 거부한다', '망언을 배격한다') are disapproved (ACCUSE, not REJECT), and a complaint or suit withdrawn
('제소를 철회했다', '소송을 취하했다') yields a claim (CONCEDE). Every sentence here is our own."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

ROWS = [
    ("페루 외교부는 칠레 대통령의 발언을 강하게 거부한다고 밝혔다.",
     [("ACCUSE", {"PER"}, {"CHL"}, "occurred"), ("REJECT", set(), None, None)]),
    ("가나 정부는 토고 대통령의 망언을 단호히 배격한다고 밝혔다.",
     [("ACCUSE", {"GHA"}, {"TGO"}, "occurred"), ("REJECT", set(), None, None)]),
    ("우루과이 정부는 파라과이 내무장관의 언급을 거부했다.", [("ACCUSE", {"URY"}, {"PRY"}, "occurred")]),
    # negatives: a proposal or a charge refused stays REJECT
    ("칠레는 페루의 공동 순찰 제안을 거부했다.", [("REJECT", {"CHL"}, {"PER"}, "occurred"), ("ACCUSE", set(), None, None)]),
    ("케냐 정부는 우간다의 의혹 제기를 일축했다.", [("REJECT", {"KEN"}, {"UGA"}, "occurred"), ("ACCUSE", set(), None, None)]),
    # a complaint or suit withdrawn
    ("멕시코 정부는 캐나다에 대한 제소를 취하했다.", [("CONCEDE", {"MEX"}, {"CAN"}, "occurred")]),
    ("베트남은 캄보디아를 상대로 낸 소송을 취하했다.", [("CONCEDE", {"VNM"}, {"KHM"}, "occurred")]),
    ("브라질 정부는 아르헨티나에 대한 제소를 철회한다고 밝혔다.", [("CONCEDE", {"BRA"}, {"ARG"}, "occurred")]),
    ("인도네시아 정부는 말레이시아에 대한 제소를 중단하겠다고 밝혔다.", [("CONCEDE", {"IDN"}, {"MYS"}, "planned")]),
    # negatives: aid suspended is still a sanction; troops withdrawn still retreat
    ("인도네시아는 말레이시아에 대한 군사 지원을 중단했다.", [("SANCTION", {"IDN"}, {"MYS"}, "occurred"), ("CONCEDE", set(), None, None)]),
    ("러시아는 핀란드 국경에서 병력을 철수했다.", [("RETREAT", {"RUS"}, None, "occurred"), ("CONCEDE", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_parallel_act_types(text, expected):
    check(text, expected)
