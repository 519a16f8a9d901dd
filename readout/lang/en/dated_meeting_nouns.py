"""(planned47) A date between a meeting noun and the predicate it is the subject of ('Togo and Benin's summit [next
month] will be held in Lome', 'The talks [on Monday] were called off') dates the meeting: the noun is still the
predicate's subject, as Korean 'A와 B의 [내달] 정상회담이 열린다' is (lang/ko/meeting_lists.date_skipped).
"""
from __future__ import annotations

import re
from readout.lang.en.dates import date_may_start, find_dates

DATE_PREPOSITION_RE = re.compile(r"\s*(?:(?:on|in)\s+)?")
DATE_REACH = 40  # characters read after the noun: a date phrase ('later this month', 'on Monday, March 3') is short


def date_skipped(text: str, pos: int) -> int:
    """The end of a date starting right after `pos` (read by the English date reader, after 'on' or 'in' where one
    stands before it, or at that word where the date's own match takes it: 'the summit [in March 2027]'); `pos`
    itself where no date starts there."""
    gap = DATE_PREPOSITION_RE.match(text, pos).end()
    head = text[pos:pos + DATE_REACH]
    starts = date_starts(head, gap - pos)
    found = [d.span.end for d in find_dates(head, 0, None, 0) if d.span.start in starts] \
        if head.strip() and any(date_may_start(head, at) for at in starts) else []  # speed51b: most nouns have none
    return pos + max(found) if found else pos


def date_starts(head: str, gap: int) -> tuple[int, ...]:
    """(speed52) Where in `head` (the words after a meeting noun) a date right after the noun may start: after the
    preposition ('on', 'in') at `gap`, or at the preposition where one stands, as the month pattern reads 'in March
    2027' whole. Why: only `gap` was asked, so a month after 'in' was never skipped, though the full reader found it."""
    opening = len(head) - len(head.lstrip())
    return (opening, gap) if opening < gap else (gap,)
