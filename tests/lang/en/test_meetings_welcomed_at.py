"""(consult18) A host welcoming a named guest at a named place ('welcomed Peruvian President X at La Moneda Palace')
receives the guest, as 'welcomed X to the White House' does (lexicon meeting_welcome_re); 'welcomed Peru's decision at
the United Nations' welcomes no one."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2024, 5, 10)


def test_a_guest_welcomed_at_a_named_place_is_met(extract):
    text = "On Thursday, Chilean President Tomas Arce welcomed Peruvian President Lucia Moreno at La Moneda Palace."
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert names(meeting) == {"Tomas Arce", "Lucia Moreno"} and meeting.date == date(2024, 5, 9)


@pytest.mark.parametrize("text", [
    "Chilean President Tomas Arce welcomed Peru's decision at the United Nations on Thursday.",
    "Chilean President Tomas Arce welcomed the decision at a news conference on Thursday.",
])
def test_a_decision_welcomed_is_no_meeting(extract, text):
    assert not events_of(extract(text, published=DAY), "CONSULT")
