"""(speed52, issue 20) `dated_meeting_nouns.date_skipped` skips the date right after a meeting noun wherever the full
English date reader finds one there: after 'on' or 'in', or at that word where the reader's own match takes it ('the
summit in March 2027', 'the talks on the 14th'), which the start-only check (`date_may_start` asked after the
preposition alone) missed. Our own sentences and dates."""
from __future__ import annotations

import pytest

from readout.lang.en.dated_meeting_nouns import DATE_PREPOSITION_RE, date_skipped, date_starts
from readout.lang.en.dates import date_may_start, find_dates

NOUN_DATES = [
    ("The summit in March 2027 will be held in Sucre.", "summit", "in March 2027"),
    ("The talks in late June 2028 were called off.", "talks", "in late June 2028"),
    ("The conference in May 2028 will be held in Potosi.", "conference", "in May 2028"),
    ("Their meeting on the 14th was postponed.", "meeting", "on the 14th"),
    ("The talks on Monday were called off.", "talks", "on Monday"),
    ("The summit on March 5 was postponed.", "summit", "on March 5"),
    ("The meeting next week will be held in Oruro.", "meeting", "next week"),
    ("The summit March 9 was cancelled.", "summit", "March 9"),
    ("The talks in Sucre were called off.", "talks", ""),  # a place, no date
    ("The summit in time for the harvest was postponed.", "summit", ""),
    ("The meeting on trade ended.", "meeting", ""),
]


def full_reader_end(text: str, pos: int) -> int:
    """The end of the longest date the full reader finds over the whole sentence starting at the preposition after
    `pos` or after it (`pos` where none does)."""
    gap = DATE_PREPOSITION_RE.match(text, pos).end()
    opening = pos + len(text[pos:]) - len(text[pos:].lstrip())
    ends = [d.span.end for d in find_dates(text, 0, None, 0) if d.span.start in (opening, gap)]
    return max(ends, default=pos)


@pytest.mark.parametrize("text, noun, date", NOUN_DATES)
def test_the_date_after_a_meeting_noun_is_skipped(text, noun, date):
    pos = text.index(noun) + len(noun)
    assert text[pos:date_skipped(text, pos)].strip() == date


@pytest.mark.parametrize("text, noun, date", NOUN_DATES)
def test_date_skipped_agrees_with_the_full_reader(text, noun, date):
    pos = text.index(noun) + len(noun)
    assert date_skipped(text, pos) == full_reader_end(text, pos)


@pytest.mark.parametrize("head, gap, starts", [
    (" in March 2027 will", 4, (1, 4)),
    (" on Monday", 4, (1, 4)),
    (" next month", 1, (1,)),  # no preposition: one place
    ("", 0, (0,)),
])
def test_a_date_may_start_at_the_preposition_or_after_it(head, gap, starts):
    assert date_starts(head, gap) == starts


def test_the_start_check_allows_the_preposition_s_date():
    head = " in March 2027 will be held"
    assert date_may_start(head, 1)  # the month pattern's match opens with 'in'
