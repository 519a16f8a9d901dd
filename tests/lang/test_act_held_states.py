"""coerce57: a holding told as a lasting state ('has been held at the prison', 'had been jailed in a desert prison';
Korean '교도소에 수감돼 있다', '억류된 상태다') is where someone is, no act of that day (lang/en/act_held_states,
lang/ko/reading_acts.held_state); the arrest told as news ('have been detained in X', '억류됐다') and a holding with a
dated start ('since May 3', '지난 3일부터') stay acts. Our own sentences, both languages in one table."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 6, 4)


def coercions(text: str) -> list:
    return [e for e in extract_text(text, published=DAY).events if e.type == "COERCE"]


STORY_ONE_ARREST = [  # the arrest told, then where the person is held: one act
    "Chilean police arrested the former governor on Monday. The former governor has been held at the San Miguel "
    "prison ever since.",
    "칠레 경찰은 지난 2일 전 주지사를 체포했다. 전 주지사는 산티아고의 교도소에 수감돼 있다.",
]

NO_ACT = [  # a holding told as a state, alone
    "The activist had been jailed by Egyptian authorities in a desert prison.",
    "에스토니아 기자 2명은 벨라루스 당국에 억류된 상태다.",
]

ACTS = [  # (sentence, actors, recipients): told as news, or with its start
    ("Two Estonian journalists have been detained in Belarus, Tallinn said on Monday.", {"BLR"}, {"EST"}),
    ("The Ethiopian army has been holding hundreds of Eritrean refugees in a camp near the border.", {"ETH"}, {"ERI"}),
    ("에스토니아 기자 2명이 벨라루스 당국에 억류됐다.", {"BLR"}, {"EST"}),
    ("에스토니아 기자 2명은 지난 3일부터 벨라루스 당국에 억류돼 있다.", {"BLR"}, {"EST"}),
]


@pytest.mark.parametrize("text", STORY_ONE_ARREST)
def test_holding_after_the_arrest_is_no_second_act(text):
    found = coercions(text)
    assert len(found) == 1 and found[0].date.day == 2, [(e.date, e.mode) for e in found]


@pytest.mark.parametrize("text", NO_ACT)
def test_holding_as_a_state_is_no_act(text):
    assert not coercions(text)


@pytest.mark.parametrize("text, actors, recipients", ACTS)
def test_arrest_told_as_news_or_dated_stays(text, actors, recipients):
    assert_act(coercions(text), "COERCE", actors, recipients, "occurred", mode="arrest")
