"""plover59b (issue 15): the Korean twins of tests/lang/en/test_plover59b.py: a crowd's stones (PROTEST riot), a
complaint promised to a state (ACCUSE planned) and aid withheld named by 이를 (SANCTION) are read already; a visa
requirement cancelled is ko_acts 비자 요건 + 취소하다 (CONCEDE), while visas cancelled stay a sanction. Every sentence is our
own.
"""
from __future__ import annotations

from tests.plover_rows import NEG, OCC, PLAN, sweep_test

test_plover59b_ko = sweep_test({
    "PROTEST riot by a crowd": [
        ("볼리비아 청년들이 라파스에서 경찰에 돌을 던지며 폭력 시위를 벌였다.", "PROTEST", {"BOL"}, None, "riot", OCC),
    ],
    "ACCUSE complaint promised to a side": [
        ("우루과이 정부는 아르헨티나에 공식 항의할 것이라고 밝혔다.", "ACCUSE", {"URY"}, {"ARG"}, "disapprove", PLAN),
    ],
    "CONCEDE visa requirement cancelled": [
        ("페루 정부는 칠레 국민에 대한 비자 요건을 취소했다.", "CONCEDE", {"PER"}, {"CHL"}, None, OCC),
        ("에콰도르는 콜롬비아 관광객에 대한 비자를 취소했다.", "CONCEDE", set(), None, None, NEG),
    ],
    "SANCTION aid withheld, named by a pronoun": [
        ("스페인은 모로코에 대한 군사 원조를 약속했으나 이를 보류했다.", "SANCTION", {"ESP"}, {"MAR"}, "discontinue", OCC),
    ],
})
