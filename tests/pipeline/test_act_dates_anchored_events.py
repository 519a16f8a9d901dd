"""dates46: a day counted from another event the document names ('on the eve of the summit', '정상회의 전날', '열병식 하루
전') is that event's day moved by the count, where the document states it in a sentence naming the event; where it does
not, the act is left undated, never put on the story's or the publication's day (pipeline/anchored_dates.py; lexicon en
date_eve_re, ko date_anchor_noun_before_re)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2026, 11, 14)


@pytest.mark.parametrize("text", [
    "On Nov. 3, the army staged a military parade in the capital. Chilean President Gabriel Boric held talks with "
    "Peruvian President Dina Boluarte on the eve of the parade.",
    "군은 3일 수도에서 열병식을 열었다. 가브리엘 보리치 칠레 대통령은 열병식 하루 전 디나 볼루아르테 페루 대통령과 회담했다.",
    "아시아태평양경제협력체(APEC) 정상회의가 3일 리마에서 개막했다. 보리치 대통령은 정상회의 전날 볼루아르테 대통령과 회담했다.",
])
def test_counted_from_the_named_events_day(extract, text):
    found = events_of(extract(text, published=DAY), "CONSULT")
    talks = [e for e in found if "CHL" in {p.country for p in e.participants} and len(e.participants) == 2]
    assert [e.date for e in talks] == [date(2026, 11, 2)], [(e.date, e.participants) for e in found]


@pytest.mark.parametrize("text", [
    "Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte on the eve of the summit.",
    "보리치 대통령은 정상회의 전날 볼루아르테 대통령과 회담했다.",
])
def test_no_day_of_the_event_leaves_it_undated(extract, text):
    found = events_of(extract(text, published=DAY), "CONSULT")
    assert found and all(e.date is None for e in found), [(e.date, e.date_basis) for e in found]


def test_a_bare_day_before_still_counts_from_the_report(extract):
    found = events_of(extract("보리치 대통령은 전날 볼루아르테 대통령과 회담했다.", published=DAY), "CONSULT")
    assert [e.date for e in found] == [date(2026, 11, 13)]
