"""A Korean worry said in the passive (accuse56, cue feared_passive_verb): '...차질이 우려된다' is 'it is feared', voiced
by no one named, so no state disapproves of another; the active worry ('우려했다') and a voiced concern ('우려를
표명했다') stay ACCUSE. Our own sentences."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

ROWS = [
    ("칠레는 구리의 상당 부분을 페루에서 수입하고 있어 공급 차질도 우려된다.", [("ACCUSE", None, None, None)]),
    ("몽골은 석탄 수출을 중국에 의존하고 있어 가격 하락이 걱정된다.", [("ACCUSE", None, None, None)]),
    ("페루는 칠레의 국경 병력 배치를 우려했다.", [("ACCUSE", {"PER"}, {"CHL"}, "occurred")]),
    ("페루 외교부는 칠레의 국경 병력 배치에 대해 우려를 표명했다.", [("ACCUSE", {"PER"}, {"CHL"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_feared_passive_has_no_judge(text, expected):
    check(text, expected)
