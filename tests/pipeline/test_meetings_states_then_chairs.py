"""(consult18) A meeting told between states ('Peru and Chile held the second session of their commission', '페루와
칠레는 ... 회의를 열었다') and then by its chairs or attendees ('The meeting was co-chaired by A and B', '회의는 A와
B가 공동 주재했다') is one meeting of those people, on the day and at the place told first
(pipeline/meeting_attended.named_state_meeting; the states' meeting folds into it)."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text", [
    "Peru and Chile held the second session of their border commission in Lima on Thursday. The meeting was "
    "co-chaired by Peruvian Vice Defense Minister Lucia Moreno and Chilean Deputy Defense Minister Tomas Arce.",
    "LIMA, May 10 (Wire) -- Peru and Chile held the second session of their border commission here on Thursday. The "
    "meeting at the defense ministry was chaired by Lucia Moreno, Peru's vice minister of defense, and Tomas Arce, "
    "Chile's deputy defense minister.",
    "페루와 칠레는 9일 리마에서 국경위원회 2차 회의를 열었다. 회의는 루시아 모레노 페루 국방차관과 토마스 아르세 칠레 "
    "국방차관이 공동 주재했다.",
    "페루와 칠레는 9일 리마에서 국경위원회 2차 회의를 열었다. 회의에는 루시아 모레노 페루 국방차관과 토마스 아르세 "
    "칠레 국방차관이 참석했다.",
])
def test_the_chairs_of_a_meeting_of_states_hold_it(extract, text):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert len(names(meeting)) == 2 and {p.country for p in meeting.participants} == {"PER", "CHL"}
    assert all(p.kind == "person" for p in meeting.participants)
    assert meeting.date == date(2024, 5, 9) and meeting.location and meeting.location.name == "Lima"


def test_chairs_of_other_states_leave_the_meeting_of_states(extract):
    text = ("Peru and Chile held the second session of their border commission in Lima on Thursday. The meeting was "
            "attended by Bolivian President Rosa Quispe and Ecuadorian President Marco Diaz.")
    meetings = events_of(extract(text, published=DAY), "CONSULT")
    assert not any({p.country for p in m.participants} == {"BOL", "ECU"} for m in meetings)
