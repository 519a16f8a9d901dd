"""Renewed charges (accuse66): a criticism repeated ('X에 대한 비난을 되풀이했다', '거듭 비판했다', '비판을 이어갔다')
is ACCUSE at X as a first one is; a series of deeds judged ('잇단 미사일 발사') is no one dated deed. Every sentence
here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 2)

ROWS = [
    ("가나는 토고에 대한 비난을 되풀이했다.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred", "disapprove"),
    ("가나는 토고를 거듭 비판했다.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred", "disapprove"),
    ("가나 외교부는 토고를 향한 비판을 이어갔다.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred", "disapprove"),
    # negative: a series of launches judged is no launch of its own
    ("가나는 토고의 잇단 미사일 발사를 비판했다.", "ASSAULT", None, None, None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status,mode", ROWS)
def test_renewed_charges(text, type_, actors, recipients, status, mode):
    assert_act(extract_text(text, published=DAY).events, type_, actors, recipients, status, mode)
