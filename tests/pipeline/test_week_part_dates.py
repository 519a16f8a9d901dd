"""yeardates48: a part of a week ('late last week', '지난주 말', 'early this week', '이번 주 초') dates a meeting by the window
of that week's days (readout/dating.week_part_window), not by the first of the month the week falls in; and a bare
weekday an eve is counted from lies ahead where the eve is the report's day ('on the eve of Sunday's runoff' in a
Saturday report)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import events_of

WEDNESDAY = date(2026, 12, 2)


def talks(article) -> list:
    return [e for e in events_of(article, "CONSULT") if "ECU" in {p.country for p in e.participants}]


@pytest.mark.parametrize("text, window", [
    ("Ecuadorean President Daniel Noboa held talks with Colombian President Gustavo Petro late last week.",
     (date(2026, 11, 26), date(2026, 11, 29))),
    ("다니엘 노보아 에콰도르 대통령은 지난주 말 구스타보 페트로 콜롬비아 대통령과 회담했다.",
     (date(2026, 11, 26), date(2026, 11, 29))),
    ("다니엘 노보아 에콰도르 대통령은 이번 주 초 구스타보 페트로 콜롬비아 대통령과 회담했다.",
     (date(2026, 11, 30), date(2026, 12, 2))),
])
def test_a_part_of_a_week_dates_a_meeting_by_its_window(extract, text, window):
    found = talks(extract(text, published=WEDNESDAY))
    assert found and [e.date_window for e in found] == [window] * len(found)


def test_an_eve_told_on_the_report_day_counts_from_the_day_ahead(extract):
    text = "Ecuadorean President Daniel Noboa held talks with Colombian President Gustavo Petro on the eve of Sunday's runoff."
    assert [e.date for e in talks(extract(text, published=date(2026, 12, 5)))] == [date(2026, 12, 5)]


# dates49: a week with no part is all its days ('last week', '지난주': Monday to Sunday; in a weekend report to the day
# before it, the week just ending being as often meant), and 'earlier this week' the report's week up to its day; the
# month is the window's first day's, so a week across a month's end keeps the earlier month
@pytest.mark.parametrize("text, published, window", [
    ("Ecuadorean President Daniel Noboa held talks with Colombian President Gustavo Petro last week.",
     WEDNESDAY, (date(2026, 11, 23), date(2026, 11, 29))),
    ("다니엘 노보아 에콰도르 대통령은 지난주 구스타보 페트로 콜롬비아 대통령과 회담했다.",
     WEDNESDAY, (date(2026, 11, 23), date(2026, 11, 29))),
    ("Ecuadorean President Daniel Noboa held talks with Colombian President Gustavo Petro earlier this week.",
     WEDNESDAY, (date(2026, 11, 30), date(2026, 12, 2))),
    ("Ecuadorean President Daniel Noboa held talks with Colombian President Gustavo Petro last week.",
     date(2026, 12, 6), (date(2026, 11, 23), date(2026, 12, 5))),
])
def test_a_week_without_a_part_dates_by_all_its_days(extract, text, published, window):
    found = talks(extract(text, published=published))
    assert found and [(e.date_window, e.date) for e in found] == [(window, window[0].replace(day=1))] * len(found)
