"""dates48 (issues 13, 15): event dates from reported speech and relative words, both languages.

A day written before a Korean claim that ends '-다면서' (as '-다고', '-다며') and holds a day of its own is the
saying's: the claim's day dates the told deed, the other the saying ('A는 6일 B군이 4일 포격했다면서 항의했다')."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.en.dates import find_dates
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


def windows_of(text: str, kind: str) -> list[tuple[date, date] | None]:
    return [e.date_window for e in events(text, PUBLISHED) if e.type == kind]


FRIDAY_WINDOW = (date(2026, 2, 27), date(2026, 3, 6))  # the week up to the saying's day, the 6th


@pytest.mark.parametrize("text", [
    # a deed a claim tells in the past with no day of its own: on or before the saying's day, one reading for both
    "Peru's defence ministry said on Friday that Bolivian troops had shelled a border post.",
    "페루 국방부는 6일 볼리비아군이 국경 초소를 포격했다고 밝혔다.",
    "페루 국방부는 볼리비아군이 국경 초소를 포격했다고 6일 밝혔다.",
    "페루 외교부는 6일 볼리비아군이 국경 초소를 포격했다면서 항의했다.",
])
def test_a_deed_told_in_the_past_lies_in_the_week_up_to_the_saying(text):
    assert windows_of(text, "ASSAULT") == [FRIDAY_WINDOW]


@pytest.mark.parametrize("text, kind", [
    # negative: told in the present or as going on, it is done as it is said; a told statement is the saying's day
    ("가나 정부는 토고와의 교역을 중단한다고 6일 발표했다.", "SANCTION"),
    ("페루 국방부는 6일 볼리비아군이 국경 초소를 포격하고 있다고 밝혔다.", "ASSAULT"),
    ("가나 외교부는 6일 토고 대사를 초치했다고 밝혔다.", "ACCUSE"),
    ("Ghana said on Friday it had summoned the Togolese ambassador.", "ACCUSE"),
])
def test_a_present_claim_or_a_told_statement_keeps_the_saying_day(text, kind):
    assert days_of(text, kind) == [date(2026, 3, 6)]
    assert windows_of(text, kind) == [None]


NEXT_WEEK = (date(2026, 3, 16), date(2026, 3, 22))  # the week after the publication's


@pytest.mark.parametrize("text", [
    # a planned act dated by a relative week word: the week after the publication's, as a window
    "Peruvian President Ana Quispe will hold talks with Chilean President Tomas Vidal in Santiago next week.",
    "Ana Quispe, Peru's president, will travel to Santiago next week for talks with Chilean President Tomas Vidal.",
    "아나 키스페 페루 대통령은 다음 주 산티아고를 방문해 토마스 비달 칠레 대통령과 회담할 예정이다.",
    "아나 키스페 페루 대통령과 토마스 비달 칠레 대통령이 다음 주 산티아고에서 회담한다.",
])
def test_a_planned_meeting_next_week_takes_that_week(text):
    found = [e for e in events(text, PUBLISHED) if e.type == "CONSULT"]
    assert [(e.status, e.date_window) for e in found] == [("planned", NEXT_WEEK)]


@pytest.mark.parametrize("text", [
    # negative: a meeting held last week lies in the week before the publication's, never the next
    "Peruvian President Ana Quispe held talks with Chilean President Tomas Vidal in Santiago last week.",
    "아나 키스페 페루 대통령은 지난주 산티아고에서 토마스 비달 칠레 대통령과 회담했다.",
])
def test_a_meeting_held_last_week_takes_the_week_before(text):
    found = [e for e in events(text, PUBLISHED) if e.type == "CONSULT"]
    assert [(e.status, e.date_window) for e in found] == [("occurred", (date(2026, 3, 2), date(2026, 3, 8)))]


@pytest.mark.parametrize("text, day", [
    # a bare weekday in what was told on an earlier weekday is no later than the telling: the 4th, not the 11th
    ("Peru said on Friday that Bolivian troops had shelled a border post on Wednesday.", 4),
    ("Peru's army said on Friday that talks were held on Wednesday.", 4),
    # negative: before the telling already, or a plan's day, or another saying's own day keep their reading
    ("Peru said on Wednesday that Bolivian troops had shelled a border post on Monday.", 9),
    ("Peru said on Friday that the two presidents will meet on Wednesday.", 18),
    ("Peru said on Friday it would protest, while Bolivia said on Wednesday it had closed the post.", 11),
])
def test_a_weekday_in_a_claim_is_no_later_than_its_telling(text, day):
    found = find_dates(text, 0, date(2026, 3, 12), 300)
    assert found[-1].value == date(2026, 3, day)
