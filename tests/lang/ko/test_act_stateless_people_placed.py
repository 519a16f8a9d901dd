"""Armed people named by no state ('반군은', '무장괴한들이') who act on another state's people in a place are of the
place's state ('무장괴한들이 나이지리아 북부에서 터키인 기술자 2명을 납치했다': Nigeria's side, the Turks acted on), as
PLOVER's gold codes armed groups by where they operate; with no other state named the act is domestic. Our own
sentences (English: tests/lang/en/test_act_stateless_people_placed.py)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act

ROWS = [  # (sentence, type, actors, recipients or None, status or None)
    ("무장괴한들이 나이지리아 북부에서 터키인 기술자 2명을 납치했다.", "ASSAULT", {"NGA"}, {"TUR"}, "occurred"),
    ("무장괴한들이 파키스탄 북부에서 중국인 노동자 3명을 살해했다.", "ASSAULT", {"PAK"}, {"CHN"}, "occurred"),
    ("반군은 3일 콩고에서 우간다 군인 3명을 살해했다.", "ASSAULT", {"COD"}, {"UGA"}, "occurred"),
    ("반군은 3일 콩고 동부에서 주민 12명을 살해했다.", "ASSAULT", {"COD"}, None, "occurred"),
]


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_stateless_armed_people_take_the_place_state(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)
