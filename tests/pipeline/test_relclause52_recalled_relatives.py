"""(relclause52, issue 13) The pipeline dates a deed the language marks as a relative clause's earlier act (background,
recent: 'the guards it had detained', '[억류했던] 경비대원들을') as a recall before the story's day, never by the main
verb's day, and the main verb's act keeps the story's day; a date named inside the sentence for the main verb still
dates it. Both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 5, 12)

ROWS = [
    ("Chile freed the two Peruvian border guards it had detained.", "COERCE", "RETREAT"),
    ("칠레는 억류했던 페루 국경경비대원 2명을 기소했다.", "COERCE", "ACCUSE"),  # kopar54: a release alone is no recall
    ("Kenya expelled the Ugandan traders it had detained.", "COERCE", "SANCTION"),
]


@pytest.mark.parametrize("text,recalled,main", ROWS)
def test_relative_deed_is_dated_before_the_story(text, recalled, main):
    events = extract_text(text, published=DAY).events
    earlier = [e for e in events if e.type == recalled]
    told = [e for e in events if e.type == main]
    assert earlier and told, [(e.type, e.date) for e in events]
    assert earlier[0].date is not None and earlier[0].date < DAY
    assert told[0].date == DAY
