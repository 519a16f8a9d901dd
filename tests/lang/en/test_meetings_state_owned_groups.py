"""(meet52) 'the two' owning a thing as states ('a meeting of the two countries' border commission') names no people
of a meeting: the story's last meeting's parties are not that body's meeting (en lexicon group_refs_re). 'The two
sides met' and 'the two leaders' still refer back to the people just named."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2025, 7, 30)
CALL = "Venezuelan President Nicolas Maduro spoke with U.S. Secretary of State Marco Rubio on Tuesday. "
PAIR = {"Nicolás Maduro", "Marco Rubio"}


@pytest.mark.parametrize("text", [
    CALL + "A meeting of the two countries' joint border commission, which brings together defence ministers, is "
    "planned in Caracas next week to discuss details.",
    CALL + "A session of the two nations' trade council is planned in Caracas next month.",
])
def test_states_owning_a_body_name_no_meeting_people(extract, text):
    found = [(names(e), e.status) for e in events_of(extract(text, published=DAY), "CONSULT")]
    assert found == [(PAIR, "occurred")], found


@pytest.mark.parametrize("text", [
    CALL + "The two will meet in Caracas next week to discuss the border.",
])
def test_the_two_still_refers_back(extract, text):
    found = [(names(e), e.status) for e in events_of(extract(text, published=DAY), "CONSULT")]
    assert (PAIR, "planned") in found, found
