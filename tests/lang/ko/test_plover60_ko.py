"""plover60 (issue 15): the Korean twins of tests/lang/en/test_plover60.py: a crowd of the young or of mourners
(ko_acts crowd_noun, people_noun + 청소년, 조문객; 청년 already a crowd) attacking property is its riot as 시위대's is;
stones thrown with a protest, petrol bombs thrown and a crowd's arson read the riot already; a deed named in a clause
of history with no doer ('볼리비아 침공 이후') is no event, as English 'following the invasion of X' now is. Every
sentence is our own.
"""
from __future__ import annotations

from tests.plover_rows import NEG, OCC, sweep_test

test_plover60_ko = sweep_test({
    "PROTEST riot by a crowd of the young or of mourners": [
        ("청소년들이 스톡홀름에서 경찰서를 습격했다.", "PROTEST", {"SWE"}, None, "riot", OCC),
        ("조문객들이 코나크리에서 경찰서를 습격했다.", "PROTEST", {"GIN"}, None, "riot", OCC),
        ("청년들이 바마코에서 시청을 공격했다.", "PROTEST", {"MLI"}, None, "riot", OCC),
        # read already: stones thrown with a protest, petrol bombs, a crowd's arson
        ("시위대가 키토에서 경찰에 돌을 던지며 항의했다.", "PROTEST", {"ECU"}, None, "riot", OCC),
        ("청소년들이 카라카스에서 경찰에 화염병을 던졌다.", "PROTEST", {"VEN"}, None, "riot", OCC),
        ("폭도들이 마르세유에서 경찰서에 불을 질렀다.", "PROTEST", {"FRA"}, None, "riot", OCC),
        # another people's attack on property stays no riot
        ("상인들이 코나크리에서 경찰서를 습격했다.", "PROTEST", set(), None, None, NEG),
    ],
    "ASSAULT arson by an armed side": [
        # plover60b: read now (lang/ko/act_hit_subjects ARSON), as English 'set fire to' is
        ("반군이 부르키나파소 북부에서 학교에 불을 질렀다.", "ASSAULT", {"BFA"}, None, "primitive", OCC),
    ],
    "doerless deed noun in a background clause": [
        ("케냐는 소말리아 침공 이후 중재를 제안했다.", "ASSAULT", set(), None, None, NEG),
        ("가나는 아크라 시장 폭탄 공격 이후 자제를 촉구했다.", "ASSAULT", set(), None, None, NEG),
    ],
})
