"""A bare weekday inside a past claim, read no later than the day of the saying (endates49, issue 13)."""
from __future__ import annotations

from datetime import timedelta

from readout.model import DateRef


def before_saying(out: list[DateRef], text: str, offset: int, past_before) -> None:
    """'칠레는 금요일 페루가 수요일 국경 초소를 포격했다고 비난했다' in a Thursday report: the claim's bare weekday ('수요일',
    no '지난'/'오는'/week word: `bare_weekday`) was read as the Wednesday just before the report, after the Friday it
    was told on; a deed told is no later than its telling, so it is the Wednesday before that Friday (seven days
    back), as English 'said on Friday that ... on Wednesday' (lang/en/claim_weekdays). Only inside the extent of a
    claim the saying's day frames (`said` before the claim, `told` before or after it) and told in the past (its
    predicate closes on ㅆ: '포격했다고', `past_before`); a plan's day ('수요일 방문할 것이라고 밝혔다') keeps its reading."""
    for s in out:
        if not s.value or s.precision != "day":
            continue
        extent = s.span.data.get("told") or s.span.data.get("said")
        if not extent or not s.span.data.get("told") and not past_before(text, extent[1] - offset):
            continue
        for d in out:
            if d is s or not d.value or not d.span.data.get("bare_weekday") or d.span.data.get("planned") \
                    or not extent[0] <= d.span.start < extent[1]:
                continue
            if 0 < (d.value - s.value).days < 7:
                d.value -= timedelta(days=7)
