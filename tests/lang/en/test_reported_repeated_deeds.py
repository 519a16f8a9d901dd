"""acts59b (issue 13): a deed a speaker reports in the past perfect with an adverb of repetition ('Peru said Bolivia
had repeatedly shelled its border post') is a deed done, not a habit over an open stretch
(lang/en/act_background.reported_past_perfect); the speaker's own present perfect ('has repeatedly shelled') and an
adverb of duration ('had long shelled') stay background. Korean twins: '거듭 포격했다고 밝혔다' and (koacts60) '여러
차례 포격했다고 밝혔다' read the deed. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, actors", [
    ("Peru said Bolivia had repeatedly shelled its border post.", ["BOL"]),
    ("In a statement, Peru said Bolivia had repeatedly shelled its border post.", ["BOL"]),
    ("Estonia stated that Latvia had frequently bombed its depots.", ["LVA"]),
    ("페루는 볼리비아가 국경 초소를 거듭 포격했다고 밝혔다.", ["BOL"]),
    ("페루는 볼리비아가 국경 초소를 여러 차례 포격했다고 밝혔다.", ["BOL"]),  # koacts60: lang/ko/act_counted_deeds
])
def test_a_reported_repeated_deed_occurred(text, actors):
    assert [a for a, _r in sides(text, "ASSAULT")] == [actors]


@pytest.mark.parametrize("text", [
    "Bolivia has repeatedly shelled Peruvian border posts.",
    "Peru said Bolivia had long shelled its border post.",
    "Bolivia had repeatedly shelled Peruvian border posts before the truce.",
])
def test_a_habit_stays_background(text):
    assert sides(text, "ASSAULT") == []
