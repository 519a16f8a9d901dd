"""A bare weekday inside what a speaker told, read no later than the day of the telling (dates48, issue 13)."""
from __future__ import annotations

from datetime import timedelta

from readout.model import DateRef


def before_saying(out: list[DateRef], low: str, offset: int, weekday_re, reporting_re) -> None:
    """'Peru said on Friday that Bolivian troops had shelled a post on Wednesday' in a Thursday report: the claim's
    bare weekday was read as the Wednesday just before the report, after the Friday it was told on; a deed told is no
    later than its telling, so it is the Wednesday before that Friday (seven days back). Only a day after a reporting
    day of its sentence (its first), resolved as past (not a plan's: 'said on Friday the two would meet on Wednesday' keeps its
    day ahead), named by a bare weekday ('last Wednesday', 'next Wednesday' keep their reading). `low`: the sentence
    folded as the weekday pattern reads it. A day after another saying word is that saying's own."""
    told = next((d for d in out if d.reporting and d.value and d.precision == "day"), None)
    if told is None:
        return
    for d in out:  # (a short claim's own day stands near 'said' and is read as reporting too: 'said on Friday that
        # talks were held on Wednesday')
        if d is told or d.span.start < told.span.end or not d.value or d.precision != "day" \
                or d.relative_to_narrative or d.span.data.get("planned") or d.span.data.get("small_hours"):
            continue
        m = weekday_re.fullmatch(low, d.span.start - offset, d.span.end - offset)
        if reporting_re.search(low, told.span.end - offset, d.span.start - offset):
            continue  # another saying of its own day ('A said on Friday ..., while B said on Wednesday')
        if m and not m.group("next") and 0 < (d.value - told.value).days < 7:
            d.value -= timedelta(days=7)
