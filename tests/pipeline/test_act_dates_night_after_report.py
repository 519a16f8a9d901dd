"""dates59: the night after a report's evening ('in the early hours of Friday' in a Thursday report) dates the deeds
of its own clause (act_dates.after_report, `small_hours`), but a statement of that side the story tells after it with
no day of its own stays on the report's day: the night's day is no day its side was last heard on
(act_build.on_the_voices_day)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-06-11"  # a Thursday

LEAD = "Armenia's prime minister said on Thursday his government would not join the European Union's customs talks. "


def dated(text: str, kind: str) -> list[str]:
    return sorted(str(e.date) for e in extract_text(text, published=PUB).events if e.type == kind)


@pytest.mark.parametrize("text, kind, expected", [
    (LEAD + "Thousands of Armenians protested outside parliament in Yerevan in the early hours of Friday. Armenian "
     "opposition leader Davit Harutyunyan accused the government of betraying Armenian voters.", "ACCUSE",
     ["2026-06-11"]),
    (LEAD + "Thousands of Armenians protested outside parliament in Yerevan in the early hours of Friday. Armenian "
     "President Aram Petrosyan criticised Azerbaijan for closing the border.", "ACCUSE", ["2026-06-11"]),
    # the night's own deed keeps the night's day
    (LEAD + "Thousands of Armenians protested outside parliament in Yerevan in the early hours of Friday.", "PROTEST",
     ["2026-06-12"]),
])
def test_a_statement_after_the_night_past_the_report_keeps_the_reports_day(text, kind, expected):
    assert dated(text, kind) == expected
