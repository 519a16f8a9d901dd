"""(kovisit48, issue 13) A day counted forward from the story's last day told ('다음 날', '이튿날', 'the next day') on a
meeting told as done ('A는 이날 B를 방문했다. ... 다음 날 C 외교장관과 회담했다', 'met C the following day') is a day of
the past narration, even where the count lands after the report's day (the story's day told was the report's own): the
verb tells the meeting took place, so it is not turned into a plan by its date.

Why a module of its own: meeting_build turns a meeting dated after the report into a planned one; this is the one
exception, read from the date reader's narrative shift (`span.data["shift"]`, both languages). Not a count forward from a
day after the report itself ('A는 20일 B를 방문한다. 다음 날 ...': the story is ahead), nor a meeting its verb already
tells as planned ('다음 날 회담할 예정이다'), nor a count from no day the story told (date basis 'published': the
report's day by default, where a present 'meets X the next day' may be a plan).
"""
from __future__ import annotations

from datetime import date, timedelta

from readout.model import DateRef


def narrated_next_day(when: DateRef | None, day: date | None, basis: str | None, reference: date | None) -> bool:
    """`when` counts `day` forward from the story's last day told (no default), that day no later than `reference`."""
    if when is None or day is None or reference is None or not when.relative_to_narrative or basis == "published":
        return False
    shift = when.span.data.get("shift")
    return isinstance(shift, int) and shift > 0 and day - timedelta(days=shift) <= reference
