"""(consult18) A meeting told as held with no party ('A regional summit was held in Lima on Thursday', '2+2 회의가
9일 리마에서 열렸다'; English: a meeting noun as the subject of 'was held', kind predicate), then a sentence with no
meeting word telling who attended ('It was attended by A, B and C', 'A, B, C, D가 참석했다'): the attendees hold the
meeting told, dated and placed by its sentence (lang/base/meetings.py attendance_triggers; pipeline/meeting_attended.py)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text, states", [
    ("A regional summit was held in Lima on Thursday. It was attended by Peruvian President Lucia Moreno, Chilean "
     "President Tomas Arce and Bolivian President Rosa Quispe.", {"PER", "CHL", "BOL"}),
    ("A regional summit was held in Lima on Thursday. The summit was attended by Peruvian President Lucia Moreno "
     "and Chilean President Tomas Arce.", {"PER", "CHL"}),
    ("페루·칠레 외교·국방장관(2+2) 회의가 9일 리마 외교부 청사에서 열렸다. 루시아 모레노 페루 외교장관, 마르코 디아스 "
     "페루 국방장관, 토마스 아르세 칠레 외교장관, 로사 키스페 칠레 국방장관이 참석했다.", {"PER", "CHL"}),
])
def test_attendees_named_after_a_meeting_told_hold_it(extract, text, states):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert {p.country for p in meeting.participants} == states
    assert meeting.status == "occurred" and meeting.date == date(2024, 5, 9)
    assert meeting.location is not None and meeting.location.name == "Lima"


def test_all_four_of_a_two_plus_two_attend(extract):
    text = ("페루·칠레 외교·국방장관(2+2) 회의가 9일 리마에서 열렸다. 루시아 모레노 페루 외교장관, 마르코 디아스 페루 "
            "국방장관, 토마스 아르세 칠레 외교장관, 로사 키스페 칠레 국방장관이 참석했다.")
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert len(meeting.participants) == 4


@pytest.mark.parametrize("text", [
    # attendees of one state
    "A regional summit was held in Lima on Thursday. It was attended by Peruvian President Lucia Moreno and "
    "Peruvian Foreign Minister Marco Diaz.",
    "페루 정상회의가 9일 리마에서 열렸다. 루시아 모레노 페루 대통령과 마르코 디아스 페루 외교장관이 참석했다.",
])
def test_attendance_alone_or_of_one_state_holds_none(extract, text):
    assert not events_of(extract(text, published=DAY), "CONSULT")
