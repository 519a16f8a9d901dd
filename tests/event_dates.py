"""(debt57b) The dates the pipeline's tests of act dates read off a text we wrote (tests/pipeline/
test_act_dates_recalled_windows.py, test_act_dates_background_frames.py): one reading, so a record's month and
window are shown alike in every table."""
from __future__ import annotations

from readout.api import extract_text


def dates_of(text: str, published: str, kind: str) -> list[tuple[str, str | None, tuple[str, str] | None]]:
    """(date, precision, window) of every event of `kind`, the date as the record writes it (a month's as YYYY-MM,
    with its window of days; a day's or none's without)."""
    out = []
    for e in extract_text(text, published=published).events:
        if e.type != kind:
            continue
        shown = e.date.isoformat()[:7] if e.date and e.date_precision == "month" else str(e.date)
        window = (e.date_window[0].isoformat(), e.date_window[1].isoformat()) if e.date_window \
            and e.date_precision == "month" else None
        out.append((shown, e.date_precision, window))
    return out
