"""consult16: English meetings a span of time is counted since ('The talks came a month after X's talks with Y in Z',
'two weeks after X met Y'): the recalled meeting is dated back from the story's day by the elapsed days, or, counted
in months or years, keeps no day; never the story's or the report's (lexicon en elapsed_since_before_re)."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2026, 3, 10)
STORY = date(2026, 3, 9)


@pytest.mark.parametrize("text", [
    "Brazilian President Luiz Inacio Lula da Silva met Spanish Prime Minister Pedro Sanchez in Madrid on Monday. "
    "The talks came a month after Lula's talks with Chinese President Xi Jinping in Beijing.",
    "Brazilian President Luiz Inacio Lula da Silva met Spanish Prime Minister Pedro Sanchez in Madrid on Monday. "
    "The visit came two years after Lula held talks with Chinese President Xi Jinping in Beijing.",
])
def test_recalled_meeting_keeps_no_story_day(extract, text):
    found = events_of(extract(text, published=DAY), "CONSULT")
    story = [e for e in found if "Pedro Sánchez" in names(e)]
    recalled = [e for e in found if "Xi Jinping" in names(e)]
    assert story and story[0].date == STORY, [(e.date, names(e)) for e in found]
    assert recalled and all(e.date is None for e in recalled), [(e.date, e.date_basis) for e in recalled]


def test_recalled_meeting_counted_in_weeks_dates_back(extract):
    found = events_of(extract("Brazilian President Luiz Inacio Lula da Silva met Spanish Prime Minister Pedro Sanchez "
                              "in Madrid on Monday. The meeting came two weeks after Lula met Chinese President Xi "
                              "Jinping.", published=DAY), "CONSULT")
    recalled = [e for e in found if "Xi Jinping" in names(e)]
    assert recalled and recalled[0].date == date(2026, 2, 23), [(e.date, e.date_basis) for e in recalled]
