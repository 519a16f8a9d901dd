"""A day that names an occasion does not move the story's day (dates40), end to end on our own sentences:
- 'Under the accord, signed at Tuesday's summit in Lima, ...': a weekday owned by a noun (the language's `of_noun`
  mark, lang/en/dates.POSSESSIVE_RE) names an earlier occasion; the undated acts told after it stay on the story's day
  (pipeline/story_days.advance_story_day). Korean writes no such possessive day (a date before a noun opens a clause,
  lang/ko/date_relatives), so the class is English only;
- negative: a day the sentence's own verb takes ('met on Tuesday') still moves it.
"""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-03-18"  # a Wednesday


def dated(text: str, kind: str) -> list[tuple[str, str, str]]:
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients), str(e.date))
            for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("Chile's president warned Bolivia on Wednesday against closing the border. Under the accord, signed at Tuesday's "
     "summit in Lima, Chile and Peru promised to share border patrol data. Before leaving Lima, Chile's president held "
     "talks with Ecuador's president.", "CONSULT", ("CHL,ECU", "", "2026-03-18")),
])
def test_a_named_occasions_day_leaves_the_story(text, kind, expected):
    assert expected in dated(text, kind)


@pytest.mark.parametrize("text, kind, expected", [
    ("Chile's president warned Bolivia on Wednesday against closing the border. Chile and Peru signed a border accord "
     "on Tuesday in Lima. Before leaving Lima, Chile's president held talks with Ecuador's president.", "CONSULT",
     ("CHL,ECU", "", "2026-03-17")),
])
def test_a_day_of_the_sentences_own_act_moves_it(text, kind, expected):
    assert expected in dated(text, kind)
