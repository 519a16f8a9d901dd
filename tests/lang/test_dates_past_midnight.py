"""(dates61) A day a span of time reaches into the small hours of is the day after the one it began on: 'held talks
until the early hours of Monday', 'into early Monday', '16일 새벽까지 회담했다' date the talks on Sunday, the 15th
(lang/base/dates.ran_past_midnight; lexicons en `date_past_midnight_before_re`, ko `date_past_midnight_after_re`).
A day named plainly, or the small hours the act itself took place in ('16일 새벽 회담했다'), keeps its day."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.en.dates import find_dates as en_dates
from readout.lang.ko.dates import find_dates as ko_dates

REF = date(2026, 11, 18)  # a Wednesday
FINDERS = {"en": en_dates, "ko": ko_dates}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The two presidents held talks until the early hours of Monday.", date(2026, 11, 15)),
    ("en", "The negotiations ran into early Monday.", date(2026, 11, 15)),
    ("ko", "두 대통령은 나이로비에서 16일 새벽까지 회담했다.", date(2026, 11, 15)),
    ("ko", "협상은 16일 새벽 2시까지 이어졌다.", date(2026, 11, 15)),
    # negatives: a plain day, the small hours an act took place in, a day a span runs until
    ("en", "The two presidents held talks on Monday.", date(2026, 11, 16)),
    ("en", "The border stayed closed until Monday.", date(2026, 11, 16)),
    ("ko", "두 대통령은 16일 새벽 나이로비에서 회담했다.", date(2026, 11, 16)),
    ("ko", "협상은 16일까지 이어졌다.", date(2026, 11, 16)),
])
def test_a_day_reached_past_midnight_dates_the_day_before(lang, text, expected):
    days = [d.value for d in FINDERS[lang](text, 0, REF, 30) if d.precision == "day"]
    assert days == [expected]
