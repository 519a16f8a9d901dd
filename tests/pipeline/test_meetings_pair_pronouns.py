"""(consult18) A pair named with a pronoun for one of them. A trip's place told by a relative clause whose subject is
the pair ('returned home after a trip to Lima, where he and B agreed ...') is a meeting of the two (the visitor named
twice counts once: pipeline/meeting_implied.py), not dated by the main clause's day of return; the talks a later
sentence refers back to with its own day date it. A meeting word owned by 'their' in a sentence naming two people of
two states, with no meeting told before ('at a news conference with B after their talks in Z, A said'), is theirs
(pipeline/meeting_their.py). Korean names such a pair by a group word ('두 정상은'), read elsewhere."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2024, 5, 10)  # a Friday

PAIR = {"Tomas Arce", "Lucia Moreno"}


def test_a_place_relative_clause_with_he_and_b_is_their_meeting(extract):
    text = ("Chilean President Tomas Arce flew home Friday after a three-day trip to Lima, where he and Peruvian "
            "President Lucia Moreno agreed to reopen a border crossing.")
    (meeting,) = events_of(extract(text, published=date(2024, 5, 11)), "CONSULT")
    assert names(meeting) == PAIR and meeting.location and meeting.location.name == "Lima"
    assert meeting.date != DAY and meeting.date_basis != "text"  # Friday, the flight home, is not the talks' day


def test_the_referring_talks_date_a_meeting_its_clause_left_undated(extract):
    text = ("Chilean President Tomas Arce flew home Friday after a three-day trip to Lima, where he and Peruvian "
            "President Lucia Moreno agreed to reopen a border crossing. At a joint news conference after their talks "
            "on Wednesday at the presidential palace, Arce said the crossing would open in June.")
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert names(meeting) == PAIR and meeting.date == date(2024, 5, 8)


@pytest.mark.parametrize("text", [
    "Speaking at a joint news conference with visiting Chilean President Tomas Arce after their talks in Lima, "
    "Peruvian President Lucia Moreno said the border would reopen.",
    "Peruvian President Lucia Moreno said the border would reopen, speaking at a joint news conference with Chilean "
    "President Tomas Arce after their talks in Lima.",
])
def test_their_talks_are_the_pair_the_sentence_names(extract, text):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert names(meeting) == PAIR and meeting.location and meeting.location.name == "Lima"


@pytest.mark.parametrize("text", [
    # one person only: 'their' has no pair to stand for
    "Speaking at a news conference after their talks in Lima, Peruvian President Lucia Moreno said the border "
    "would reopen.",
    # two people of one state
    "Speaking at a news conference with Peruvian Foreign Minister Rafael Soto after their talks in Lima, Peruvian "
    "President Lucia Moreno said the border would reopen.",
])
def test_their_talks_need_two_people_of_two_states(extract, text):
    assert not events_of(extract(text, published=DAY), "CONSULT")
