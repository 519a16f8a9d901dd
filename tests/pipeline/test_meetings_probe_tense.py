"""consult14 probes: a meeting's status and day from its clause's tense.
- Korean plain present on the meeting clause's predicate ('회담은 28일 열린다', '회담한다', '회담을 갖는다'): a plan,
  not a meeting held (lang/ko/meeting_tense.py); past, hearsay and conjecture frames stay as they were;
- a bare day of the month in a planned clause ('28일 열린다', 'will be held on the 28th'), written before that day,
  is this month's, not last month's (lang/*/dates.py `ahead_value`, pipeline/meeting_build.ahead_date)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2022, 9, 19)  # a Monday


def meeting(extract, text: str):
    found = events_of(extract(text, published=DAY), "CONSULT")
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text", [
    "한독 외교장관 회담은 23일 베를린에서 열린다.",
    "박진 외교부 장관은 23일 안나레나 베어보크 독일 외교장관과 회담한다.",
    "박진 외교부 장관은 23일 안나레나 베어보크 독일 외교장관과 회담을 갖는다.",
    "박진 외교부 장관이 23일 베어보크 독일 외교장관과 회담을 가진다고 외교부가 밝혔다.",
    "The foreign ministers of South Korea and Germany will hold talks on the 23rd.",
])
def test_present_tense_or_future_meeting_is_planned_and_dated_ahead(extract, text):
    event = meeting(extract, text)
    assert event.status == "planned", event.status
    assert event.date == date(2022, 9, 23), event.date


@pytest.mark.parametrize("text", [
    "박진 외교부 장관은 16일 안나레나 베어보크 독일 외교장관과 회담했다.",
    "박진 외교부 장관은 16일 안나레나 베어보크 독일 외교장관과 회담했다고 한다.",
    "박진 외교부 장관은 16일 안나레나 베어보크 독일 외교장관과 회담한 것으로 알려진다.",
    "박진 외교부 장관은 16일 안나레나 베어보크 독일 외교장관과 회담한 것으로 보인다.",
    "Foreign Minister Park Jin met German Foreign Minister Annalena Baerbock on the 16th.",
])
def test_past_hearsay_and_conjecture_stay_occurred(extract, text):
    event = meeting(extract, text)
    assert event.status == "occurred", event.status
    assert event.date == date(2022, 9, 16), event.date


@pytest.mark.parametrize("text", [
    "박진 외교부 장관은 3일 안나레나 베어보크 독일 외교장관과 회담한다.",
    "Foreign Minister Park Jin will meet German Foreign Minister Annalena Baerbock on the 3rd.",
])
def test_planned_day_already_past_this_month_is_next_months(extract, text):
    event = meeting(extract, text)
    assert event.status == "planned" and event.date == date(2022, 10, 3), (event.status, event.date)
