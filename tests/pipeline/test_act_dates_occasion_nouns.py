"""dates57: a date owned by a noun before a statement's verb ('the Feb. 9 election', "Sunday's strike") dates that
noun, not the statement ('a resolution that said the Feb. 9 election was rigged and called for a new ballot'); a date
owning an occasion a statement is made at ('In a March 3 statement, ...', "At Monday's session, ...") still dates it
(lang/en/dates.names_occasion, act_dates.names_other_event)."""
from datetime import date

import pytest

from tests.event_sides import events

PUBLISHED = "2026-06-16"  # a Tuesday


def dates_of(text: str, kind: str):
    return [e.date for e in events(text, PUBLISHED) if e.type == kind]


@pytest.mark.parametrize("text, kind, day", [
    ("Armenia's parliament on Tuesday passed a motion that said the May 30 local election in Georgia was rigged and "
     "called on Tbilisi to hold a new ballot.", "REQUEST", date(2026, 6, 16)),
    ("Serbia on Tuesday issued a statement that said Sunday's raid in Kosovo broke the truce and urged Pristina to "
     "withdraw its police.", "REQUEST", date(2026, 6, 16)),
    # negatives: a date owning an occasion of the statement, or the statement's own adverbial, dates it
    ("In a June 12 statement, Chile's foreign ministry condemned Bolivia for closing the border.", "ACCUSE",
     date(2026, 6, 12)),
    ("At Friday's emergency session, Ghana urged Togo to reopen the crossing.", "REQUEST", date(2026, 6, 12)),
])
def test_a_noun_date_before_a_statement(text, kind, day):
    assert dates_of(text, kind) == [day]
