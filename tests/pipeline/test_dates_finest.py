"""An act dated by a day and by a month containing it in one sentence takes the day (pipeline/act_dates.finest): the
month is the frame of what was decided, said or done ('이달 안에', 'within the month'), however close it stands to
the verb. A month alone still dates the act. Our own sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from readout.api import extract_text

PUB = "2025-09-16"  # a Tuesday


@pytest.mark.parametrize("text, etype, day, precision", [
    ("한국과 일본은 15일 이달 안에 공동 조사단을 파견하기로 합의했다.", "AGREE", dt.date(2025, 9, 15), "day"),
    ("외교부는 15일 이달 중 북한에 인도적 지원을 제공하겠다고 밝혔다.", None, dt.date(2025, 9, 15), "day"),
    ("South Korea and Japan on Monday agreed this month to send a joint survey team.", "AGREE",
     dt.date(2025, 9, 15), "day"),
    ("한국과 일본은 이달 공동 조사단을 파견하기로 합의했다.", "AGREE", dt.date(2025, 9, 1), "month"),
    ("South Korea and Japan agreed this month to send a joint survey team.", "AGREE", dt.date(2025, 9, 1), "month"),
], ids=["ko-day-and-month", "ko-statement", "en-day-and-month", "ko-month-alone", "en-month-alone"])
def test_a_day_wins_over_the_month_containing_it(text, etype, day, precision):
    events = [e for e in extract_text(text, published=PUB).events if etype in (None, e.type)]
    assert events
    assert all((e.date, e.date_precision) == (day, precision) for e in events)
