"""dates45: the day after a noun act an earlier statement judges dates that deed, and no statement that goes on from
the judgement ('On Monday, A denounced B's drills on Saturday, warning ...', 'condemned X's launch on Tuesday and
called on Y to ...': pipeline/act_dates.judged_noun_dates). A day the language reads as the later verb's own
adverbial ('... and on Wednesday urged Y') stays that verb's (`Language.dates_verb`)."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-05-13"  # a Wednesday


def dated(text: str, kind: str) -> list[tuple[str, str, str]]:
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients), str(e.date))
            for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("On Tuesday, Venezuela's foreign ministry denounced Guyana's military exercises with U.S. forces on Sunday, "
     "warning that Georgetown would bear the consequences.", "THREATEN", ("VEN", "GUY", "2026-05-12")),
    ("Chile on Tuesday condemned Argentina's naval drills in the Beagle Channel on Sunday and called on Buenos Aires "
     "to withdraw its ships.", "REQUEST", ("CHL", "ARG", "2026-05-12")),
])
def test_a_day_after_a_judged_noun_does_not_date_the_next_statement(text, kind, expected):
    assert expected in dated(text, kind)


@pytest.mark.parametrize("text, kind, expected", [
    # negative: the day stands right before the later verb: that verb's own
    ("Chile condemned Argentina's naval drills in the Beagle Channel on Sunday and on Monday urged Buenos Aires to "
     "withdraw its ships.", "REQUEST", ("CHL", "ARG", "2026-05-11")),
])
def test_a_day_before_the_next_verb_stays_its_own(text, kind, expected):
    assert expected in dated(text, kind)
