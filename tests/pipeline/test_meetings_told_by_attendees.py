"""A meeting told first with no party ('외교·국방장관 회의가 9일 리마에서 열렸다', 'The ministers' meeting was held
in Lima') and then by who attended it ('회의에는 A, B, C가 참석했다', '..., attended by A, B and C') is one meeting of
the attendees, dated and placed by the sentence that told it (pipeline/meeting_attended.py; meeting_parties.attended).
Attendees of one state hold none."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text, states", [
    ("안데스·칠레(3+1) 정상회의가 9일 리마에서 열렸다. 회의에는 루시아 모레노 페루 대통령, 토마스 아르세 칠레 "
     "대통령, 로사 키스페 볼리비아 대통령이 참석했다.", {"PER", "CHL", "BOL"}),
    ("안데스 정상회의가 9일 리마에서 열렸다. 회의에는 토마스 아르세 칠레 대통령과 로사 키스페 볼리비아 대통령이 참석했다.",
     {"CHL", "BOL"}),
    ("The Andean leaders' summit was held in Lima on Thursday, attended by Peruvian President Lucia Moreno, Chilean "
     "President Tomas Arce and Bolivian President Rosa Quispe.", {"PER", "CHL", "BOL"}),
])
def test_a_meeting_told_then_attended_is_the_attendees(extract, text, states):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert {p.country for p in meeting.participants} == states
    assert meeting.status == "occurred" and meeting.date == date(2024, 5, 9)
    assert meeting.location is not None and meeting.location.name == "Lima"


def test_attendees_of_one_state_hold_no_meeting(extract):
    text = "안데스 정상회의가 9일 리마에서 열렸다. 회의에는 루시아 모레노 페루 대통령과 라파엘 소토 페루 외교장관이 참석했다."
    assert not events_of(extract(text, published=DAY), "CONSULT")
