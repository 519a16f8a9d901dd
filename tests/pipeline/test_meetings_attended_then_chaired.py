"""A meeting its sentence names one side attending ('A attended the summit in X on Thursday', 'A는 X에서 열린
정상회의에 참석했다'), then told by its chair or attendee of another state ('The meeting was chaired by B', '회의는 B가
주재했다'), is one meeting of both sides, dated and placed by the sentence that told it (meets48;
pipeline/meeting_attended.py `attending_side`, `joined_present`). A chair of the attendee's own state adds no one."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text, states", [
    ("루시아 모레노 페루 대통령은 9일 리마에서 열린 태평양 연안국 정상회의에 참석했다. 회의는 토마스 아르세 칠레 "
     "대통령이 주재했다.", {"PER", "CHL"}),
    ("루시아 모레노 페루 대통령은 9일 리마에서 열린 태평양 연안국 정상회의에 참석했다. 이날 회의에는 로사 키스페 볼리비아 "
     "대통령도 참석했다.", {"PER", "BOL"}),
    ("Peruvian President Lucia Moreno attended the Pacific coast summit in Lima on Thursday. The meeting was chaired "
     "by Chilean President Tomas Arce.", {"PER", "CHL"}),
    ("Peruvian President Lucia Moreno attended the Pacific coast summit in Lima on Thursday. The summit was also "
     "attended by Bolivian President Rosa Quispe.", {"PER", "BOL"}),
])
def test_the_side_that_attended_meets_the_chair_named_next(extract, text, states):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert {p.country for p in meeting.participants} == states
    assert meeting.status == "occurred" and meeting.date == date(2024, 5, 9)
    assert meeting.location is not None and meeting.location.name == "Lima"


@pytest.mark.parametrize("text", [
    "루시아 모레노 페루 대통령은 9일 리마에서 열린 태평양 연안국 정상회의에 참석했다. 회의는 라파엘 소토 페루 외교장관이 "
    "주재했다.",
    "Peruvian President Lucia Moreno attended the Pacific coast summit in Lima on Thursday. The meeting was chaired "
    "by Peruvian Foreign Minister Rafael Soto.",
])
def test_a_chair_of_the_same_state_holds_no_meeting(extract, text):
    assert not events_of(extract(text, published=DAY), "CONSULT")
