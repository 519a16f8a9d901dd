"""dates45: a day after a universal-time clock ('(2150 GMT Thursday)') restates the local time in another zone; it is
no date of the sentence, and the story's day stays the place's own (lang/en/date_verbs.converted_clock)."""
from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.en import dates
from readout.settings import SETTINGS

REF = date(2026, 5, 15)  # a Friday


def days(text: str) -> list[date]:
    return [d.value for d in dates.find_dates(text, 0, REF, SETTINGS.en.unyeared_future_days) if d.value]


@pytest.mark.parametrize("text, expected", [
    ("The rocket lifted off at 6:50 a.m. (2150 GMT Thursday) from the coast.", []),
    ("The strike hit the port at 3 a.m. on Friday (0000 UTC on Friday).", [date(2026, 5, 15)]),
    # negative: a clock with no zone before the day is the day's own
    ("The rocket lifted off at 2150 on Thursday from the coast.", [date(2026, 5, 14)]),
])
def test_a_day_after_a_universal_clock_is_no_date(text, expected):
    assert days(text) == expected


def test_the_story_day_stays_the_local_one():
    text = ("TAIPEI, May 15 - China fired a ballistic missile into the sea on Friday, Taiwan's defence ministry said.\n\n"
            "The missile was launched at 6:50 a.m. (2250 GMT Thursday) from the mainland's coast.\n\n"
            "Japan condemned the launch.")
    accuse = [e for e in extract_text(text, published="2026-05-15").events if e.type == "ACCUSE"]
    assert accuse and str(accuse[0].date) == "2026-05-15"
