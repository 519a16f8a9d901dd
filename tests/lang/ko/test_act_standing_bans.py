"""A ban told as a standing legal state under a resolution (modal43): '볼리비아는 안보리 결의에 따라 전투기 구매가 금지돼
있다' names the resolution as the legal basis of what is in force ('결의에 따라', lexicon cue `legal_basis_noun`,
lang/ko/act_requested.py): no CONCEDE by the subject, no COERCE or SANCTION of that day. Complying with a resolution
('결의를 따르겠다') stays a concession, and a demand yielded to ('요구에 따라 석방했다') too. Our own sentences."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

ROWS = [
    ("볼리비아는 유엔 안보리 결의에 따라 전투기 구매가 금지돼 있다.",
     [("CONCEDE", None, None, None), ("COERCE", None, None, None), ("SANCTION", None, None, None)]),
    ("휴전감시단은 2001년 유엔 안보리 결의에 따라 창설됐다.", [("CONCEDE", None, None, None)]),
    ("페루는 칠레의 요구에 따라 억류 선원들을 석방했다.", [("CONCEDE", {"PER"}, {"CHL"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_standing_ban_under_resolution(text, expected):
    check(text, expected)
