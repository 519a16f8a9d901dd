"""speed51b (issue 20): `dates.date_may_start` answers whether a date can start at one position, so
`dated_meeting_nouns.date_skipped` runs the English date reader only where one of its patterns matches there. Every
date the reader finds starts where the gate says one may, and `date_skipped` answers what the old scan answered.

Each sentence is our own.
"""
from __future__ import annotations

import pytest

from readout.lang.en.dated_meeting_nouns import DATE_PREPOSITION_RE, DATE_REACH, date_skipped, date_starts
from readout.lang.en.dates import date_may_start, find_dates

SENTENCES = [
    "The summit next month will be held in Tarija, officials said on Monday.",
    "Their talks on Friday, March 6, were called off after the border clash.",
    "The envoys' meeting later this month in Oruro was postponed a day earlier.",
    "The ministers met on the 14th and again on March 2 and 3 near Cobija.",
    "A week after the vote, the president immediately recalled his ambassador.",
    "On the eve of Sunday's election the two leaders spoke by telephone.",
    "The conference early next week has been moved to late June 2027.",
    "Talks in May between the two navies were cancelled this weekend, yesterday's statement said.",
]


def old_date_skipped(text: str, pos: int) -> int:
    """The scan `date_skipped` ran before the gate: the whole reader over the next DATE_REACH characters. (speed52) A
    date may start at the preposition too, where the reader's match takes it ('in March 2027', 'on the 14th'):
    `date_starts`."""
    gap = DATE_PREPOSITION_RE.match(text, pos).end()
    head = text[pos:pos + DATE_REACH]
    starts = date_starts(head, gap - pos)
    found = [d.span.end for d in find_dates(head, 0, None, 0) if d.span.start in starts] if head.strip() else []
    return pos + max(found) if found else pos


@pytest.mark.parametrize("text", SENTENCES)
def test_every_date_starts_where_the_gate_says_one_may(text):
    found = find_dates(text, 0, None, 0)
    assert found  # each sentence has a date: the test reads something
    for d in found:
        assert date_may_start(text, d.span.start), (text[d.span.start:d.span.end], d.span.start)


@pytest.mark.parametrize("text", SENTENCES)
def test_date_skipped_answers_as_the_whole_scan_did_at_every_position(text):
    for pos in range(len(text)):
        assert date_skipped(text, pos) == old_date_skipped(text, pos), pos


@pytest.mark.parametrize("text, noun, date", [
    ("The summit next month will be held in Tarija.", "summit", "next month"),
    ("Their talks on Friday were called off.", "talks", "on Friday"),
    ("The meeting on March 5 was postponed.", "meeting", "on March 5"),
])
def test_a_date_after_a_meeting_noun_is_skipped(text, noun, date):
    pos = text.index(noun) + len(noun)
    assert text[pos:date_skipped(text, pos)].strip() == date


@pytest.mark.parametrize("text, at", [
    ("The summit in Tarija was postponed.", 10),  # 'in Tarija': a place, no date
    ("The talks between the navies were called off.", 9),
    ("The talks on trade resumed.", 9),
])
def test_no_pattern_matches_where_no_date_starts(text, at):
    assert not date_may_start(text, at)
    assert date_skipped(text, at) == at
