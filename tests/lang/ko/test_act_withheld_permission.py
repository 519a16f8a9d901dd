"""Withholding a permission ('착륙을 허가하지 않겠다', '요청을 허락하지 않았다') is refusing, REJECT, as not allowing
('허용하지 않겠다') already read (cue accept_verb): 허가하다 and 허락하다 are its synonyms of permitting. English 'would
not allow' reads so already; one refusal told in both languages was one report short of its record. A permission
granted, or one withheld only in a condition, is no refusal. Sentences are our own."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

WITHHELD = [
    ("케냐는 소말리아 군용기의 착륙을 허가하지 않겠다고 밝혔다.", [("REJECT", {"KEN"}, {"SOM"}, "occurred")]),
    ("태국 정부는 캄보디아 측의 국경 통과 요청을 허락하지 않았다.", [("REJECT", {"THA"}, {"KHM"}, "occurred")]),
    ("칠레는 아르헨티나 여객기의 영공 통과를 허가하지 않겠다고 통보했다.", [("REJECT", {"CHL"}, {"ARG"}, "occurred")]),
    # negatives: granted, or withheld only in a condition
    ("칠레 정부는 아르헨티나 선박의 입항을 허가했다.", [("REJECT", set(), set(), None)]),
    ("아르헨티나가 입항을 허가하지 않으면 칠레는 제재에 나설 것이다.", [("REJECT", set(), set(), None)]),
]


@pytest.mark.parametrize("text,expected", WITHHELD)
def test_a_withheld_permission_is_a_refusal(text, expected):
    check(text, expected)
