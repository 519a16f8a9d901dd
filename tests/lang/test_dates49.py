"""endates49 (issues 13, 15): the days of deeds a speaker reports or judges, and a day counted from a week, in both
languages.

A bare weekday inside what a speaker accused, condemned or told in the past is no later than the day of the saying;
the deed noun a verb of judging takes past its own day ('condemned on Friday the shelling of ...') is the judging's
matter, not a deed of the judge; 'the next day' after a week the story told stays a window of days."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.en.dates import find_dates as en_dates
from readout.lang.ko.dates import find_dates as ko_dates
from tests.event_sides import events

PUBLISHED = "2026-03-12"  # a Thursday: the Friday before is the 6th, the Wednesday before it the 4th
REPORT = date(2026, 3, 12)


def dated(text: str, kind: str) -> list[tuple[date, str | None, tuple | None]]:
    return [(e.date, e.date_precision, e.date_window) for e in events(text, PUBLISHED) if e.type == kind]


@pytest.mark.parametrize("text, kind, deed, saying", [
    # a bare weekday in a deed judged or told in the past on a later weekday: the one before the saying's day
    ("Uruguay on Friday condemned the bombing of a customs house by Paraguay on Wednesday.", "ASSAULT", 4, 6),
    ("Uruguay condemned Paraguay on Friday for bombing a customs house on Wednesday.", "ASSAULT", 4, 6),
    ("Uruguay on Monday condemned the bombing of a customs house by Paraguay on Wednesday.", "ASSAULT", 4, 9),
    ("우루과이는 금요일 파라과이군이 수요일 세관 건물을 폭격했다고 비난했다.", "ASSAULT", 4, 6),
    ("우루과이 정부는 금요일 파라과이군이 수요일 세관 건물을 폭격했다며 규탄했다.", "ASSAULT", 4, 6),
    ("우루과이 정부는 파라과이군이 수요일 세관 건물을 폭격했다고 금요일 비난했다.", "ASSAULT", 4, 6),
])
def test_a_weekday_of_the_judged_deed_is_no_later_than_the_judging(text, kind, deed, saying):
    assert dated(text, kind) == [(date(2026, 3, deed), "day", None)]
    assert dated(text, "ACCUSE") == [(date(2026, 3, saying), "day", None)]


@pytest.mark.parametrize("text, day", [
    # negative: 'next' weekday, a weekday before the judging's already, a plan's weekday, a verb of its own after 'and'
    ("Uruguay on Friday condemned a Paraguayan plan to close the border next Wednesday.", 18),
    ("Uruguay on Wednesday condemned the bombing of a customs house by Paraguay on Monday.", 9),
    ("Uruguay on Friday condemned Paraguay and said its president will visit Asuncion on Wednesday.", 18),
    ("Uruguay on Monday condemned Paraguay and on Wednesday recalled its ambassador.", 11),
    ("Uruguay on Friday praised Paraguay and on Wednesday welcomed its ambassador.", 11),
    ("Uruguay condemned Monday's raid on its consulate and Paraguay detained two Uruguayan envoys on Wednesday.", 11),
    ("Uruguay on Monday condemned the raid, and Paraguay detained two Uruguayan envoys on Wednesday.", 11),
])
def test_an_english_weekday_keeps_its_reading(text, day):
    assert en_dates(text, 0, REPORT, 300)[-1].value == date(2026, 3, day)


@pytest.mark.parametrize("text, day", [
    # negative: a plan the claim tells, a weekday before the saying's, a claim in the present, a week word
    ("우루과이 외교부는 금요일 파라과이 대통령이 수요일 몬테비데오를 방문할 것이라고 밝혔다.", 11),
    ("우루과이 외교부는 수요일 파라과이군이 월요일 세관 건물을 폭격했다고 밝혔다.", 9),
    ("우루과이 외교부는 금요일 파라과이군이 수요일 세관 건물을 폭격하고 있다고 밝혔다.", 11),
    ("우루과이 외교부는 금요일 파라과이군이 지난주 수요일 세관 건물을 폭격했다고 밝혔다.", 4),
])
def test_a_korean_weekday_keeps_its_reading(text, day):
    assert ko_dates(text, 0, REPORT, 300)[-1].value == date(2026, 3, day)


@pytest.mark.parametrize("text, accused", [
    # the deed noun a verb of judging takes past its own day: one judging, on its day, and one deed
    ("Uruguay condemned on Friday the bombing of a customs house by Paraguay on Wednesday.", ["PRY"]),
    ("Uruguay condemned on Friday the bombing of a customs house.", []),
    ("Uruguay denounced on Monday the bombing of a customs house by Paraguay.", ["PRY"]),
])
def test_a_day_between_the_judging_verb_and_its_object_dates_the_judging(text, accused):
    found = [(e.type, [p.country for p in e.participants]) for e in events(text, PUBLISHED)]
    assert ("ACCUSE", ["URY"]) in found
    assert [a for t, a in found if t == "ASSAULT"] == [a for a in [accused] if a]


def test_the_judged_deed_keeps_its_own_day():
    assert dated("Uruguay condemned on Friday the bombing of a customs house by Paraguay on Wednesday.",
                 "ASSAULT") == [(date(2026, 3, 4), "day", None)]
    assert dated("Uruguay condemned on Friday the bombing of a customs house by Paraguay on Wednesday.",
                 "ACCUSE") == [(date(2026, 3, 6), "day", None)]


@pytest.mark.parametrize("text", [
    # negative: a verb with no object after its day still reads its complement; a day after the object stays
    "Uruguay urged on Friday that Paraguay withdraw its troops from the border.",
    "Uruguay condemned the bombing of a customs house by Paraguay on Friday.",
])
def test_other_verb_days_keep_their_reading(text):
    assert any(e.type in ("ACCUSE", "REQUEST") for e in events(text, PUBLISHED))


NEXT_OF_LAST_WEEK = (date(2026, 3, 3), date(2026, 3, 9))  # the week before the report's, moved by one day


@pytest.mark.parametrize("text, kind", [
    # the next day of a week the story told is that week's days moved by one, not the day after the report
    ("Uruguay's foreign minister Elena Rocha met Paraguay's foreign minister in Asuncion last week. "
     "A day later, Uruguay expelled Bolivia's ambassador.", "SANCTION"),
    ("Uruguay's foreign minister Elena Rocha met Paraguay's foreign minister in Asuncion last week. "
     "The next day, Uruguayan troops shelled a Bolivian border post.", "ASSAULT"),
    ("우루과이 외교장관은 지난주 아순시온에서 파라과이 외교장관과 회담했다. 이튿날 우루과이군은 볼리비아 국경 초소를 포격했다.",
     "ASSAULT"),
    ("우루과이 외교장관은 지난주 아순시온에서 파라과이 외교장관과 회담했다. 다음 날 우루과이는 볼리비아 대사를 추방했다.",
     "SANCTION"),
])
def test_the_next_day_of_a_told_week_stays_a_week(text, kind):
    found = [e for e in events(text, PUBLISHED) if e.type == kind]
    assert [(e.status, e.date_precision, e.date_window) for e in found] == [("occurred", "month", NEXT_OF_LAST_WEEK)]


@pytest.mark.parametrize("text, kind, day", [
    # negative: a day told after the week is what the next day counts from; a week ahead is a plan's, no story's
    ("Uruguay's foreign minister Elena Rocha met Paraguay's foreign minister in Asuncion last week. On Monday she met "
     "Bolivia's president. The next day, Uruguay expelled Bolivia's ambassador.", "SANCTION", 10),
    ("우루과이 외교장관은 지난주 아순시온에서 파라과이 외교장관과 회담했다. 우루과이군은 9일 볼리비아 국경 초소를 포격했고, 이튿날 "
     "볼리비아 대사를 추방했다.", "SANCTION", 10),
])
def test_a_day_told_after_the_week_is_counted_from(text, kind, day):
    found = [e for e in events(text, PUBLISHED) if e.type == kind]
    assert [(e.date, e.date_precision) for e in found] == [(date(2026, 3, day), "day")]
