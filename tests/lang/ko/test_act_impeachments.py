"""(accuse59) A Korean impeachment is a legislature's formal charge (the manual's ACCUSE 'allege'): the verb
('대통령을 탄핵했다') or the motion moved or passed ('[X 대통령] 탄핵소추안을 제출했다', '[X 대통령에 대한] 탄핵안을
가결했다'), the office holder charged standing as the motion's modifier; one named with no state is the
legislature's own (a domestic act). A motion only debated, or one naming no one, is no charge. Our own sentences."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

ROWS = [
    ("에콰도르 야당 의원들은 7일 베라 대통령 탄핵소추안을 국회에 제출했다.", [("ACCUSE", {"ECU"}, {"ECU"}, "occurred")]),
    ("에콰도르 국회는 7일 베라 대통령에 대한 탄핵소추안을 가결했다.", [("ACCUSE", {"ECU"}, {"ECU"}, "occurred")]),
    ("몰도바 의회는 지난 5일 총리 탄핵안을 찬성 61표로 통과시켰다.", [("ACCUSE", {"MDA"}, {"MDA"}, "occurred")]),
    ("에콰도르 의회는 7일 베라 대통령을 탄핵했다.", [("ACCUSE", {"ECU"}, {"ECU"}, "occurred")]),
    # negatives: a motion debated, and a motion that names no one charged
    ("에콰도르 국회는 7일 탄핵소추안을 논의했다.", [("ACCUSE", set(), set(), None)]),
    ("에콰도르 국회는 7일 탄핵소추안을 가결했다.", [("ACCUSE", set(), set(), None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_impeachment_is_a_domestic_charge(text, expected):
    check(text, expected)
