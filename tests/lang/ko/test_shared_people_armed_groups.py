"""An armed group of a people whose homeland spans several states ('쿠르드 반군', '발루치 무장세력') is of the one of
those states the sentence names ('터키군을 공격했다': TUR), the state it fights in, as PLOVER codes an insurgency;
a state before it in the genitive places it ('시리아의 쿠르드 민병대'). Our own sentences (English:
tests/lang/en/test_shared_people_armed_groups.py)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act

ROWS = [  # (sentence, type, actors, recipients or None, status or None)
    ("쿠르드 반군은 5일 국경 근처에서 터키군을 공격했다.", "ASSAULT", {"TUR"}, None, "occurred"),
    ("발루치 무장세력은 5일 파키스탄 군인들을 공격했다.", "ASSAULT", {"PAK"}, None, "occurred"),
    ("시리아의 쿠르드 민병대는 5일 터키군을 공격했다.", "ASSAULT", {"SYR"}, {"TUR"}, "occurred"),
]


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_shared_people_armed_group_fights_in_the_state_named(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)
