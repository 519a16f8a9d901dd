"""dates48 (issues 13, 15): event dates from reported speech and relative words, both languages.

A day written before a Korean claim that ends '-다면서' (as '-다고', '-다며') and holds a day of its own is the
saying's: the claim's day dates the told deed, the other the saying ('A는 6일 B군이 4일 포격했다면서 항의했다')."""
from __future__ import annotations

from datetime import date

import pytest

from tests.event_sides import events

PUBLISHED = "2026-03-12"  # a Thursday; the 6th is the Friday before


def days_of(text: str, kind: str) -> list[date]:
    return sorted(e.date for e in events(text, PUBLISHED) if e.type == kind and e.date_precision == "day")


@pytest.mark.parametrize("text, kind, deed, saying", [
    ("페루 외교부는 6일 볼리비아군이 4일 국경 초소를 포격했다면서 항의했다.", "ASSAULT", 4, 6),
    ("가나 정부는 6일 토고 해군이 3일 자국 어선을 나포했다면서 강력히 규탄했다.", "COERCE", 3, 6),
    ("페루 외교부는 6일 볼리비아군이 4일 국경 초소를 포격했다며 항의했다.", "ASSAULT", 4, 6),
    ("Peru said on Friday that Bolivian troops had shelled a border post on March 4.", "ASSAULT", 4, None),
])
def test_the_quoted_clause_day_dates_the_deed_the_day_before_it_the_saying(text, kind, deed, saying):
    assert days_of(text, kind) == [date(2026, 3, deed)]  # one deed, on its own day, not a second on the saying's
    if saying:
        assert days_of(text, "ACCUSE") == [date(2026, 3, saying)]


@pytest.mark.parametrize("text, day", [
    # negative: a claim with a day after its saying verb's, or no day before it, keeps the reading it had
    ("페루 외교부는 볼리비아군이 4일 국경 초소를 포격했다면서 6일 항의했다.", 4),
    ("페루 외교부는 볼리비아군이 4일 국경 초소를 포격했다면서 항의했다.", 4),
])
def test_a_claim_with_no_saying_day_before_it_keeps_its_day(text, day):
    assert days_of(text, "ASSAULT") == [date(2026, 3, day)]
