"""Dates of background acts a story tells beside its news, both languages, end to end on our own sentences (dates61):
- an act told as done before ('has previously accused', '비난한 바 있다') in a story of a meeting is no word said
  at that meeting: it takes the window of days up to the story's day, not the meeting's day
  (pipeline/act_dates.date_act).
"""
from __future__ import annotations

import pytest

from readout.api import extract_text


def dates_of(text: str, published: str, kind: str) -> list[tuple[str, str | None, tuple[str, str] | None]]:
    """(date, precision, window) of every event of `kind`, the date as the record writes it."""
    out = []
    for e in extract_text(text, published=published).events:
        if e.type != kind:
            continue
        shown = e.date.isoformat()[:7] if e.date and e.date_precision == "month" else str(e.date)
        window = (e.date_window[0].isoformat(), e.date_window[1].isoformat()) if e.date_window \
            and e.date_precision == "month" else None
        out.append((shown, e.date_precision, window))
    return out


@pytest.mark.parametrize("text, published, expected", [
    ("Chile's foreign minister met Peru's foreign minister in Lima on Tuesday. Chile has previously accused Bolivia "
     "of smuggling.", "2026-11-18", ("2026-11", "month", ("2026-11-10", "2026-11-17"))),
    ("칠레 외교장관은 17일 페루 외교장관과 회담했다. 칠레는 볼리비아를 비난한 바 있다.", "2026-11-18",
     ("2026-11", "month", ("2026-11-10", "2026-11-17"))),
    ("칠레 외교장관은 17일 페루 외교장관과 회담했다. 칠레는 앞서 볼리비아 외교관을 추방한 바 있다.", "2026-11-18",
     ("2026-11", "month", ("2026-11-10", "2026-11-17"))),
])
def test_an_act_told_as_done_before_is_not_said_at_the_storys_meeting(text, published, expected):
    kind = "SANCTION" if "추방" in text else "ACCUSE"
    assert dates_of(text, published, kind) == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # negatives: a statement told plainly after the meeting is the meeting's
    ("Chile's foreign minister met Peru's foreign minister in Lima on Tuesday. Chile accused Bolivia of smuggling.",
     "2026-11-18", ("2026-11-17", "day", None)),
    ("칠레 외교장관은 17일 페루 외교장관과 회담했다. 칠레는 볼리비아를 비난했다.", "2026-11-18",
     ("2026-11-17", "day", None)),
])
def test_a_statement_told_plainly_keeps_the_meetings_day(text, published, expected):
    assert dates_of(text, published, "ACCUSE") == [expected]
