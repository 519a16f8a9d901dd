"""A month counted in years or named as the last or next one ('in June last year', 'last June', 'next March'; '지난해 6월',
'작년 6월', '내년 3월') is that month of the year it counts to, not the month nearest the report. Our own sentences, read
against a report of 12 June 2024.

Formerly tests/lang/test_news8_dates.py; classes first read as "news8" (docs/history.md)."""
from datetime import date

import pytest

from readout.lang.en import dates as en_dates
from readout.lang.ko import dates as ko_dates
from readout.settings import Settings

REF = date(2024, 6, 12)
SETTINGS = Settings()


def first_month(module, future_days: int, text: str) -> tuple[date | None, str | None, str]:
    found = [d for d in module.find_dates(text, 0, REF, future_days) if d.value]
    assert found, text
    d = found[0]
    return d.value, d.precision, text[d.span.start:d.span.end]


@pytest.mark.parametrize("text, expected, phrase", [
    ("The two ministers met in Hanoi in June last year.", date(2023, 6, 1), "in June last year"),
    ("The envoys last met in Rome in March last year.", date(2023, 3, 1), "in March last year"),
    ("They first met last June in Rome.", date(2023, 6, 1), "last June"),  # said in June: a year ago
    ("They first met last March in Rome.", date(2024, 3, 1), "last March"),  # the nearest March behind
    ("The summit is planned for next March.", date(2025, 3, 1), "next March"),
    ("The summit is planned for next July.", date(2024, 7, 1), "next July"),
    ("The envoy will visit Lima in January next year.", date(2025, 1, 1), "in January next year"),
    ("They met in May.", date(2024, 5, 1), "in May"),  # unchanged: the month nearest the report
    ("The talks were held last May in Oslo.", date(2024, 5, 1), "last May"),  # 'last May' is no modal verb
])
def test_english_months_counted_in_years(text, expected, phrase):
    value, precision, span = first_month(en_dates, SETTINGS.en.unyeared_future_days, text)
    assert (value, precision) == (expected, "month") and span == phrase


def test_english_modal_may_is_still_no_month():
    assert not en_dates.find_dates("The talks may resume soon.", 0, REF, SETTINGS.en.unyeared_future_days)


@pytest.mark.parametrize("text, expected", [
    ("두 장관은 지난해 6월 하노이에서 만났다.", date(2023, 6, 1)),
    ("두 정상은 작년 3월 로마에서 회담했다.", date(2023, 3, 1)),
    ("정상회의는 내년 3월 열린다.", date(2025, 3, 1)),
    ("두 장관은 지난 3월 로마에서 만났다.", date(2024, 3, 1)),
])
def test_korean_months_counted_in_years(text, expected):
    value, precision, _ = first_month(ko_dates, SETTINGS.ko.unyeared_future_days, text)
    assert (value, precision) == (expected, "month")
