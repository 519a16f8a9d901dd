"""dates53: a participial clause after a weekday's clause (', saying the vote would be unfair', ', warning it will
respond') is another clause: its 'would', 'will' do not make the weekday a day ahead of the report
(lang/en/dates.planned_clause, lexicon `date_participle_clause_re`)."""
from datetime import date

import pytest

from readout.lang.en import dates
from readout.settings import SETTINGS

REF = date(2026, 6, 12)  # a Friday


def first_day(text: str) -> date | None:
    found = [d for d in dates.find_dates(text, 0, REF, SETTINGS.en.unyeared_future_days) if d.value]
    return found[0].value if found else None


@pytest.mark.parametrize("text, expected", [
    ("Kenya criticised Uganda on Thursday, saying the vote would not be fair.", date(2026, 6, 11)),
    ("Kenya on Wednesday denounced the raid, warning it will answer any further incursion.", date(2026, 6, 10)),
    ("Bolivia protested to Chile on Tuesday, adding that it would take the case to court.", date(2026, 6, 9)),
    # negatives: a plan in the weekday's own clause still counts forward
    ("Kenya said it would send troops to the border on Monday, citing threats from rebels.", date(2026, 6, 15)),
    ("The two ministers will meet in Lima on Tuesday, hoping to settle the dispute.", date(2026, 6, 16)),
])
def test_a_participle_clause_plans_nothing_of_the_weekday(text, expected):
    assert first_day(text) == expected
