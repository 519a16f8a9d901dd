"""(sanction59) A border closed 'between the two countries' faces the story's other state
(lang/en/act_border_closures.between_pair): SANCTION discontinue on it, as 'closed its border with X'; a border sealed
toward all stays COERCE restrict. Sentences are our own."""
from __future__ import annotations

import pytest

from tests.conftest import countries, events_of


@pytest.mark.parametrize("text, actor, recipient", [
    ("Senegal accused Gambia of tolerating smugglers. On Friday Senegal closed the border crossing between the two "
     "countries.", "SEN", "GMB"),
    ("Botswana and Namibia have feuded over water rights for a year. Botswana closed the main border post between "
     "the two nations on Monday.", "BWA", "NAM"),
])
def test_a_border_between_the_pair_is_a_measure_on_the_other(extract, text, actor, recipient):
    (act,) = events_of(extract(text), "SANCTION")
    assert (act.mode, countries(act.participants) - countries(act.recipients), countries(act.recipients)) \
        == ("discontinue", {actor}, {recipient})


def test_a_border_sealed_toward_all_stays_a_restriction(extract):
    found = extract("Senegal accused Gambia of tolerating smugglers. Senegal closed all its borders on Friday.")
    assert not events_of(found, "SANCTION")
    assert events_of(found, "COERCE")
