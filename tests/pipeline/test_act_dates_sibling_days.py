"""dates59: two act words one sentence tells in a row, each with a day of its own ('expelled X on Monday and recalled
Y on Wednesday', '8일 추방했고, 10일 소환했다'): the day between them is the one whose far side holds no other day,
so each act keeps its own day and two acts of one type on two days stay two (pipeline/sibling_dates.py)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-06-12"  # a Friday


def dated(text: str, kind: str) -> list[str]:
    return sorted(str(e.date) for e in extract_text(text, published=PUB).events if e.type == kind)


@pytest.mark.parametrize("text, kind, expected", [
    ("Paraguay expelled Uruguay's ambassador on Monday and recalled its own envoy from Montevideo on Wednesday.",
     "SANCTION", ["2026-06-08", "2026-06-10"]),
    ("Guyanese police detained two opposition organisers on Tuesday and arrested a union leader on Thursday.",
     "COERCE", ["2026-06-09", "2026-06-11"]),
    ("파라과이 정부는 8일 우루과이 대사를 추방했고, 10일 몬테비데오 주재 자국 대사를 소환했다.",
     "SANCTION", ["2026-06-08", "2026-06-10"]),
    # negative: one day after both acts dates both
    ("Paraguay expelled Uruguay's ambassador and recalled its own envoy from Montevideo on Wednesday.",
     "SANCTION", ["2026-06-10", "2026-06-10"]),
    # negative: one act word, one day
    ("Paraguay recalled its envoy from Montevideo on Wednesday after a dispute over a river dam.",
     "SANCTION", ["2026-06-10"]),
])
def test_each_of_two_acts_in_a_row_keeps_its_own_day(text, kind, expected):
    assert dated(text, kind) == expected
