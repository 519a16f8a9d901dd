"""sanction58: three SANCTION classes, both languages in one table (our own sentences).

1. A partnership suspended ('suspended its strategic partnership', '동반자 관계를 중단했다'): CAMEO 161, the
   crosswalk's SANCTION withdraw (a state withdrawing itself from a standing arrangement); relations broken, cut or
   downgraded stay discontinue (the manual's 'curtail, decrease, break'; tests/lang/en/test_act_broken_relations.py).
2. Trade frozen ('froze all trade with X', '교역을 동결했다'): SANCTION discontinue, its object class trade.
3. A treaty put or held in abeyance (English): SANCTION discontinue, its object class accord; a thing with no other
   state named is no sanction.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries

DAY = date(2025, 5, 14)


def sanctions(text: str) -> list:
    return [e for e in extract_text(text, published=DAY).events if e.type == "SANCTION"]


@pytest.mark.parametrize("text, actor, recipient, mode, measure", [
        ("Latvia announced it was suspending its strategic partnership with Armenia.", "LVA", "ARM", "withdraw",
     "relations"),
    ("라트비아 정부는 13일 아르메니아와의 전략적 동반자 관계를 중단한다고 밝혔다.", "LVA", "ARM", "withdraw", "relations"),
    ("라트비아는 아르메니아와의 파트너십을 잠정 중단했다.", "LVA", "ARM", "withdraw", "relations"),
    # negatives of the mode: relations broken off, cut or downgraded
    ("Slovenia downgraded its diplomatic ties with Venezuela on Monday.", "SVN", "VEN", "discontinue", "relations"),
    ("슬로베니아는 12일 베네수엘라와의 외교 관계를 격하했다.", "SVN", "VEN", "discontinue", "relations"),
    ("Slovenia broke off diplomatic relations with Venezuela on Monday.", "SVN", "VEN", "discontinue", "relations"),
    ("슬로베니아는 12일 베네수엘라와 외교 관계를 단절했다.", "SVN", "VEN", "discontinue", "relations"),
    # modes71: talks halted are the crosswalk's 164, SANCTION withdraw (tests/lang/test_halted_talks_modes.py)
    ("Paraguay suspended talks with Cuba on Tuesday.", "PRY", "CUB", "withdraw", "talks"),
    # trade frozen
    ("Moldova froze all trade with Belarus on Wednesday.", "MDA", "BLR", "discontinue", "trade"),
    ("Ecuador has frozen imports from Colombia since the dispute began.", "ECU", "COL", "discontinue", "trade"),
    ("몰도바는 14일 벨라루스와의 모든 교역을 동결했다.", "MDA", "BLR", "discontinue", "trade"),
    # a treaty in abeyance
    ("Zambia on Friday put its treaty with Malawi in abeyance.", "ZMB", "MWI", "discontinue", "accord"),
    ("Zambia said it was holding the accord with Malawi in abeyance.", "ZMB", "MWI", "discontinue", "accord"),
])
def test_reduced_ties_frozen_trade_and_treaties_in_abeyance(text, actor, recipient, mode, measure):
    (act,) = sanctions(text)
    assert (countries(act.participants), countries(act.recipients), act.mode, act.measure) == \
        ({actor}, {recipient}, mode, measure)


@pytest.mark.parametrize("text", [
    "The league put the referee's suspension in abeyance pending an appeal.",  # no state on the other side
    "Zambia froze the account of a local trader.",
    "The ministry held the tender in abeyance for a week.",
])
def test_no_sanction_without_a_state_on_the_other_side(text):
    assert not sanctions(text)
