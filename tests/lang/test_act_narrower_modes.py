"""(stance68, issue 15) One act a sentence reads twice keeps the narrower mode: 'protesters' gives a protest its
broad mode (demo), 'threw paint on X' its narrower one (vandalize), whichever reading comes first; a sentence whose
words state no narrower mode of that type keeps demo. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def _protests(text: str) -> list[tuple]:
    return [(e.mode, sorted(p.country for p in e.participants)) for e in events(text) if e.type == "PROTEST"]


@pytest.mark.parametrize("text, actor", [
    ("Belgian protesters splashed black paint on the Dutch embassy gate in Brussels on Tuesday.", "BEL"),
    ("Chilean demonstrators hurled red paint at the Peruvian consulate in Santiago on Tuesday.", "CHL"),
    ("칠레 시위대는 15일 산티아고의 페루 영사관 정문에 붉은 페인트를 뿌렸다.", "CHL"),
    ("벨기에 시위대는 15일 브뤼셀에서 집회를 열고 네덜란드 대사관 담장에 물감을 끼얹었다.", "BEL"),
])
def test_a_protest_read_twice_keeps_the_narrower_mode(text, actor):
    assert _protests(text) == [("vandalize", [actor])], events(text)


@pytest.mark.parametrize("text, actor", [
    ("Belgian protesters rallied outside the Dutch embassy in Brussels on Tuesday.", "BEL"),
    ("Chilean demonstrators chanted slogans outside the Peruvian consulate in Santiago on Tuesday.", "CHL"),  # enacts55
    ("칠레 시위대는 15일 산티아고의 페루 영사관 앞에서 집회를 열었다.", "CHL"),
])
def test_a_protest_with_no_narrower_reading_stays_a_demonstration(text, actor):
    assert _protests(text) == [("demo", [actor])], events(text)
