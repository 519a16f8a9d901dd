"""(planned47) A date between a meeting noun and the predicate it is the subject of ('Togo and Benin's summit [next
month] will be held in Lome', 'The talks [on Monday] were called off') dates the meeting: the noun is still the
predicate's subject, as Korean 'A와 B의 [내달] 정상회담이 열린다' is (lang/ko/meeting_lists.date_skipped).
"""
from __future__ import annotations

import re

DATE_PREPOSITION_RE = re.compile(r"\s*(?:(?:on|in)\s+)?")
DATE_REACH = 40  # characters read after the noun: a date phrase ('later this month', 'on Monday, March 3') is short


def date_skipped(text: str, pos: int) -> int:
    """The end of a date starting right after `pos` (read by the English date reader, after 'on' or 'in' where one
    stands before it); `pos` itself where no date starts there."""
    from readout.lang.en.dates import date_may_start, find_dates

    gap = DATE_PREPOSITION_RE.match(text, pos).end()
    head = text[pos:pos + DATE_REACH]
    found = [d.span.end for d in find_dates(head, 0, None, 0) if pos + d.span.start == gap] \
        if head.strip() and date_may_start(head, gap - pos) else []  # speed51b: most nouns have no date after them
    return pos + max(found) if found else pos
