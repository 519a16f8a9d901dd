"""(groups53b, issue 14) A date's prefix ('지난 4일', '오는 화요일': kiwi's 지나/VV or 오/VV with ᆫ/는 ETM) is no
adnominal clause edge for a reader walking back from its verb (lang/ko/act_clash_sides.date_prefix_edge); a
relative clause's ending ('공격한 4명', '지난달 떠난 군인') still is. Our own phrases."""
from __future__ import annotations

import pytest

from readout.lang.ko.act_clash_sides import date_prefix_edge
from readout.lang.ko.ending_reading import tokens_of
from readout.lang.ko.sentences import kiwi


def edges(text: str) -> list[bool]:
    toks = tokens_of([(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])
    return [date_prefix_edge(toks, j) for j, t in enumerate(toks) if t[1] == "ETM"]


@pytest.mark.parametrize("text, expected", [
    ("군은 지난 4일 합의했다", [True]),
    ("군은 오는 화요일 회담한다", [True]),
    ("마을을 공격한 4명이 체포됐다", [False]),  # a relative clause before a count
    ("국경을 지난 군인들이 체포됐다", [False]),  # 지나다 as a verb of its own: no day after it
])
def test_date_prefix_edge(text, expected):
    assert edges(text) == expected
