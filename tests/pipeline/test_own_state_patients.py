"""An agentless arrest of a part of a state's political life ('the opposition leader was arrested', '야당 대표가
체포됐다') is that state's own doing, aimed at that part: COERCE arrest by the state, recipient the same state. A
citizen held with no place named ('two Japanese nationals were detained') stays no one's act. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act

ROWS = [  # (sentence, actors, recipients or None, status or None)
    ("The Bolivian opposition leader was arrested on Monday, his party said.", {"BOL"}, {"BOL"}, "occurred"),
    ("Malaysian opposition leader Ali Hassan was detained late on Friday, his lawyer said.", {"MYS"}, {"MYS"},
     "occurred"),
    ("볼리비아 야당 대표가 체포됐다고 현지 언론이 5일 보도했다.", {"BOL"}, {"BOL"}, "occurred"),
    ("말레이시아 제1야당 대표가 6일 밤 체포됐다고 변호인이 밝혔다.", {"MYS"}, {"MYS"}, "occurred"),
    ("Two Japanese nationals were detained on Monday, officials said.", set(), None, None),
    ("A Kenyan diplomat was detained on Sunday, the ministry said.", set(), None, None),
    ("일본인 2명이 간첩 혐의로 체포됐다고 현지 언론이 5일 보도했다.", set(), None, None),
]


@pytest.mark.parametrize("text, actors, recipients, status", ROWS)
def test_agentless_arrest_of_own_political_part(extract, text, actors, recipients, status):
    assert_act(extract(text).events, "COERCE", actors, recipients, status, mode="arrest" if status else None)
