"""A veto told as a noun in Korean (acts47, lang/ko/act_vetoes.py): the genitive owner of 거부권 rejects, the sponsor of
the text (the subject of 낸/제출한 before it) receives; a veto told with its verb keeps its reading. Every sentence is
our own."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

VETOES = [
    ("프랑스가 낸 말리 결의안이 러시아의 거부권에 막혀 부결됐다.", [("REJECT", {"RUS"}, {"FRA"}, "occurred")]),
    ("영국이 제출한 미얀마 결의안은 중국과 러시아의 거부권 행사로 부결됐다.", [("REJECT", {"CHN", "RUS"}, {"GBR"}, "occurred")]),
    ("프랑스는 멕시코가 제출한 아이티 결의안에 거부권을 행사했다.", [("REJECT", {"FRA"}, {"MEX"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", VETOES)
def test_veto_noun_sides(text, expected):
    check(text, expected)
