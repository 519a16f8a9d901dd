"""plover59 (issue 15): the Korean twins of tests/lang/en/test_plover59.py: killing the defenceless (살해하다 reads
ASSAULT targeted; koacts59b: the plain 죽이다 with a people object too), a visa requirement lifted (ko_acts 비자 요건
+ 폐지하다/완화하다/해제하다/면제하다: CONCEDE), a release sought (ko_acts 석방 + 모색하다: REQUEST yield), and the twins read
already of a side taken to court, a protest promised to a state, a deed resumed, a crowd's stones and deaths a disaster caused. Every
sentence is our own.
"""
from __future__ import annotations

from tests.plover_rows import NEG, OCC, PLAN, sweep_test

test_plover59_ko = sweep_test({
    "ASSAULT targeted killing of the defenceless": [
        ("볼리비아 경찰은 시위대를 살해했다.", "ASSAULT", {"BOL"}, {"BOL"}, "targeted", OCC),
        ("과테말라 군은 마을 주민들을 살해했다.", "ASSAULT", {"GTM"}, {"GTM"}, "targeted", OCC),
        # koacts59b: the plain 죽이다 + a defenceless people noun (ko_acts pairs, cue victim_noun_verb): targeted, the
        # pair's noun its victims
        ("볼리비아 경찰이 시위대 3명을 죽였다.", "ASSAULT", {"BOL"}, {"BOL"}, "targeted", OCC),
        ("과테말라 군은 마을 주민들을 죽였다.", "ASSAULT", {"GTM"}, {"GTM"}, "targeted", OCC),
        ("볼리비아 경찰이 칠레 시위대 3명을 죽였다.", "ASSAULT", {"BOL"}, {"CHL"}, "targeted", OCC),
    ],
    "CONCEDE visa requirements lifted": [
        ("페루는 칠레 국민에 대한 비자 요건을 폐지했다.", "CONCEDE", {"PER"}, {"CHL"}, None, OCC),
        ("조지아는 아르메니아 관광객에 대한 비자 요건을 완화했다.", "CONCEDE", {"GEO"}, {"ARM"}, None, OCC),
    ],
    "REQUEST release sought": [
        ("페루는 칠레 정부에 자국 어민들의 석방을 모색했다.", "REQUEST", {"PER"}, {"CHL"}, "yield", OCC),
    ],
    "ACCUSE taken to court": [
        # the twins of English 'took X to court', 'will take X to the ICJ': read already (제소하다)
        ("페루는 칠레를 국제사법재판소에 제소했다.", "ACCUSE", {"PER"}, {"CHL"}, "allege", OCC),
        ("에콰도르는 콜롬비아를 국제재판소에 제소하겠다고 밝혔다.", "ACCUSE", {"ECU"}, {"COL"}, "allege", PLAN),
    ],
    "ACCUSE protest made to someone, promised": [
        # the twin of English 'will protest to X', open there: read here (항의하다 + 에, planned)
        ("우루과이는 준설 문제에 대해 아르헨티나에 항의하겠다고 밝혔다.", "ACCUSE", {"URY"}, {"ARG"}, "disapprove", PLAN),
    ],
    "deed done, crowd's stones": [
        # the twins of 'returned to shelling' and 'youths threw stones': read already (포격을 재개하다, 돌을 던지다)
        ("칠레 군은 마을들에 대한 포격을 재개했다.", "ASSAULT", {"CHL"}, None, "heavy-weapons", OCC),
        ("볼리비아 청년들은 라파스에서 경찰에 돌을 던졌다.", "PROTEST", {"BOL"}, None, "riot", OCC),
    ],
    "no ASSAULT for deaths a disaster caused": [
        # the twins of English 'Floods killed', 'were killed in a bus crash': read already (숨지다, 사망하다: no act)
        ("볼리비아 홍수로 주민 40명이 사망했다.", "ASSAULT", set(), None, None, NEG),
        ("페루 학생 8명이 볼리비아에서 버스 사고로 숨졌다.", "ASSAULT", set(), None, None, NEG),
    ],
})

