"""Korean regret and remorse (acts47, lang/ko/act_remorse.py): 유감 over the speaker's own side's deed and heartache
over others' suffering are CONCEDE (PLOVER: 'expressions of regret or remorse'); 유감 over another side's deed stays
ACCUSE; heartache over no suffering is no act. Every sentence here is our own."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

MET = "로사 이바라 에콰도르 대통령과 마리오 두케 콜롬비아 대통령은 9일 키토에서 정상회담을 했다. "

REMORSE = [
    ("에콰도르 정부는 자국 군인들의 콜롬비아 어민 총격에 대해 유감을 표했다.",
     [("CONCEDE", {"ECU"}, {"COL"}, "occurred"), ("ACCUSE", None, None, None)]),
    (MET + "이바라 대통령은 \"전쟁 중 많은 가족들이 큰 고통을 겪은 데 대해 마음이 아프다\"고 말했다.",
     [("CONCEDE", {"ECU"}, {"COL"}, "occurred")]),
    # negatives: 유감 over another's deed is disapproval; heartache over no suffering
    ("에콰도르 외교부는 콜롬비아의 국경 폐쇄 결정에 대해 유감을 표명했다.",
     [("ACCUSE", {"ECU"}, {"COL"}, "occurred"), ("CONCEDE", None, None, None)]),
    (MET + "이바라 대통령은 경기 결과에 마음이 아프다고 말했다.", [("CONCEDE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", REMORSE)
def test_remorse_is_concede(text, expected):
    check(text, expected)
