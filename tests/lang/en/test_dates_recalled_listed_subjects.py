"""agree54: a recalled clause counted from ('a week after A, B and C signed a pact') may have a listed subject with
commas, and an aside between commas after it ('A, B and C, all led by juntas, signed'): the count still dates that
clause's act, a day, not the report's day (lexicon `date_narrative_re`, `date_recalled_shift_re`,
`recalled_clause_after_re`; lang/en/reading_dates.background_extent: the clause runs to the first comma past its verb)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of
from tests.event_sides import first_of

DAY = date(2021, 4, 11)


@pytest.mark.parametrize("sentence, kind, states, day", [
    ("The Dutch move comes a week after Kenya, Uganda and Rwanda signed a mutual defence pact.", "AGREE",
     {"KEN", "UGA", "RWA"}, date(2021, 4, 4)),
    ("The Dutch move comes a week after Kenya, Uganda and Rwanda, all members of the bloc, signed a defence pact.",
     "AGREE", {"KEN", "UGA", "RWA"}, date(2021, 4, 4)),
    ("Peru recalled its ambassador two days after Bolivia, Chile and Brazil signed a border accord.", "AGREE",
     {"BOL", "CHL", "BRA"}, date(2021, 4, 9)),
    # negative: an act of the main clause keeps the report's day
    ("Kenya, Uganda and Rwanda signed a mutual defence pact on Sunday.", "AGREE", {"KEN", "UGA", "RWA"},
     date(2021, 4, 11)),
])
def test_a_recalled_clause_with_a_listed_subject_takes_the_counted_day(sentence, kind, states, day):
    first = first_of(events_of(extract_text(sentence, published=DAY)), type=kind)
    assert states <= countries(first.participants)
    assert first.date == day, (first.date, day)
