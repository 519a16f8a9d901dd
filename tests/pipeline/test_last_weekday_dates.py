"""dates62: 'last Tuesday' in a Wednesday story is the most recent Tuesday, the day before (AP style; lang/en/date_parts
.shifted_weekday), as a bare 'on Tuesday' is; 'last Wednesday' said on a Wednesday is a week back, never the report's
own day; Korean '지난 화요일' reads the same (lang/ko/dates). Our own sentences, published on Wednesday 2025-09-17."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

PUB = date(2025, 9, 17)  # a Wednesday


@pytest.mark.parametrize("text, day", [
    ("Chile expelled a Bolivian diplomat last Tuesday.", date(2025, 9, 16)),
    ("Chile expelled a Bolivian diplomat on Tuesday.", date(2025, 9, 16)),
    ("Chile expelled a Bolivian diplomat last Thursday.", date(2025, 9, 11)),
    ("칠레는 지난 화요일 볼리비아 외교관을 추방했다.", date(2025, 9, 16)),
    ("칠레는 화요일 볼리비아 외교관을 추방했다.", date(2025, 9, 16)),
    ("칠레는 지난 목요일 볼리비아 외교관을 추방했다.", date(2025, 9, 11)),
    # negatives: the report's own weekday after 'last' is a week back, never the report's day
    ("Chile expelled a Bolivian diplomat last Wednesday.", date(2025, 9, 10)),
    ("칠레는 지난 수요일 볼리비아 외교관을 추방했다.", date(2025, 9, 10)),
])
def test_last_weekday_is_the_most_recent_one(text, day):
    assert [e.date for e in extract_text(text, published=PUB).events if e.type == "SANCTION"] == [day]
