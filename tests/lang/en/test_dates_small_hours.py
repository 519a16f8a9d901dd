"""A bare weekday after 'in the early hours of', 'before dawn on', 'overnight into' that names the day after the
report's is that night's morning (agency copy dated by the evening it tells), not the same weekday six days back
(lang/en/dates.small_hours_ahead, dates57)."""
from datetime import date

import pytest

from readout.lang.en import dates
from readout.settings import SETTINGS

REF = date(2026, 6, 16)  # a Tuesday


def first_day(text: str) -> date:
    found = [d for d in dates.find_dates(text, 0, REF, SETTINGS.en.unyeared_future_days) if d.value]
    assert found
    return found[0].value


@pytest.mark.parametrize("text, expected", [
    ("Troops sealed off the port city in the early hours of Wednesday, residents said.", date(2026, 6, 17)),
    ("Gunmen stormed a police post before dawn on Wednesday near the frontier.", date(2026, 6, 17)),
    ("Shelling went on overnight into Wednesday across the valley.", date(2026, 6, 17)),
    ("Guards cleared the camp in the small hours of Wednesday.", date(2026, 6, 17)),
    # negatives: another weekday, or no night phrase, keeps the day behind the report
    ("Troops sealed off the port city in the early hours of Sunday, residents said.", date(2026, 6, 14)),
    ("Troops sealed off the port city on Wednesday, residents said.", date(2026, 6, 10)),
    ("The minister spoke for two hours on Wednesday about the port.", date(2026, 6, 10)),
])
def test_a_weekday_after_the_small_hours(text, expected):
    assert first_day(text) == expected


def test_the_small_hours_date_an_act_of_that_night():
    found = [d for d in dates.find_dates("Police fired tear gas in the early hours of Wednesday.", 0, REF,
                                         SETTINGS.en.unyeared_future_days) if d.value]
    assert found[0].span.data.get("small_hours") is True
