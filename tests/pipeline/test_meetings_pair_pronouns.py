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


@pytest.mark.parametrize("text, pair", [
    ("Chilean President Tomas Arce and Peruvian President Lucia Moreno on Wednesday adopted a new border program. The "
     "program was agreed on during their talks on the sidelines of the regional summit in Quito. Later on Wednesday, "
     "Arce met Bolivian President Rosa Quispe.", PAIR),
    ("토마스 아르세 칠레 대통령과 루시아 모레노 페루 대통령은 8일 새 국경 협력 프로그램을 채택했다. 프로그램은 이날 키토에서 "
     "열린 두 정상의 회담에서 합의됐다. 아르세 대통령은 이어 로사 키스페 볼리비아 대통령과 만났다.", {"토마스 아르세", "루시아 모레노"}),
])
def test_a_pair_acting_together_whose_talks_are_told_next_met_beside_other_meetings(extract, text, pair):
    """(consult18) 'A and B adopted ...' infers their meeting; 'their talks' referring back to it states it, so it
    stands beside the document's other meeting (an inferred one alone would yield to it)."""
    meetings = events_of(extract(text, published=DAY), "CONSULT")
    assert any(names(m) == pair and m.date == date(2024, 5, 8) for m in meetings) and len(meetings) == 2
