"""dates46: a recalled meeting named by a bare plural event noun after a counted span ('met X on Thursday, a day after
talks with Y in Z'): the span dates that meeting back from the day its main clause states, as it dates a recalled
clause ('a day after he met Y'); the meeting is never left undated (lexicon en recalled_noun_after_re; the date's
recalled clause holds the meeting word: pipeline/meeting_build.build_meeting)."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2026, 11, 14)  # a Saturday: the story's Thursday is the 12th


@pytest.mark.parametrize("span, recalled", [("a day after", date(2026, 11, 11)), ("two days after", date(2026, 11, 10))])
def test_bare_noun_meeting_dated_back_from_the_main_clause(extract, span, recalled):
    text = (f"Chilean Foreign Minister Ana Rojas, on her third visit to the region since the border dispute began, met Peruvian President "
            f"Luis Prado in Lima on Thursday, {span} talks with Bolivia's Foreign Minister Marco Quispe in La Paz.")
    found = events_of(extract(text, published=DAY), "CONSULT")
    story = [e.date for e in found if "Luis Prado" in names(e)]
    earlier = [e.date for e in found if "Marco Quispe" in names(e)]
    assert story == [date(2026, 11, 12)] and earlier == [recalled], [(e.date, names(e)) for e in found]


@pytest.mark.parametrize("text", [
    "The ministers met in Geneva on Monday, a day after clashes in the border town.",
    "The envoy arrived in Cairo on Monday, two days after talks with the rebels in Khartoum.",
])
def test_bare_noun_span_is_a_recalled_date(text):
    from readout.lang.en.dates import find_dates
    from readout.kb.loader import lexicon
    from readout.lang.en.reading_dates import recalled_shift

    span = next(d for d in find_dates(text, 0, DAY, 30) if d.relative_to_narrative)
    assert recalled_shift(lexicon("en"), text, span.span.start, span.span.end)
