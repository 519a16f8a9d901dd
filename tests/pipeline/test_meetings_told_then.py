"""(consult18) A meeting of another day told with no party while the story is about another meeting ('The deal was
finalized at the commission meeting held in Santiago on April 9', '... 지난달 9일 산티아고에서 열린 국경위원회 회의에서
문안이 확정됐다'), then named by a word pointing at that moment ('That meeting was co-chaired by A and B', '당시 회의는
A와 B가 공동 주재했다'): the people named hold the meeting told, on its day and at its place (pipeline/meeting_then.py)."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text, chairs", [
    ("Chilean President Tomas Arce met Peruvian President Lucia Moreno in Lima on Thursday. The border deal was "
     "finalized at the second commission meeting held in Santiago on April 9. That meeting was co-chaired by Chilean "
     "Vice Foreign Minister Rosa Quispe and Peruvian Vice Foreign Minister Marco Diaz.", {"Rosa Quispe", "Marco Diaz"}),
    ("토마스 아르세 칠레 대통령과 루시아 모레노 페루 대통령은 9일 리마에서 정상회담을 열었다. 이번 국경 합의는 지난달 9일 "
     "산티아고에서 열린 양국 국경위원회 2차 회의에서 문안이 확정됐다. 당시 회의는 로사 키스페 칠레 외교차관과 마르코 디아스 "
     "페루 외교차관이 공동 주재했다.", {"로사 키스페", "마르코 디아스"}),
])
def test_the_chairs_of_a_meeting_told_then_hold_it_on_its_day(extract, text, chairs):
    meetings = events_of(extract(text, published=DAY), "CONSULT")
    (earlier,) = [m for m in meetings if names(m) == chairs]
    assert earlier.date == date(2024, 4, 9) and earlier.location and earlier.location.name == "Santiago"
    assert any(m.date == date(2024, 5, 9) and m is not earlier for m in meetings)


def test_a_pronoun_subject_is_no_pointing_word(extract):
    text = ("토마스 아르세 칠레 대통령은 9일 리마에서 루시아 모레노 페루 대통령과 정상회담을 열었다. 그는 회담에서 국경 재개방을 "
            "제안했다.")
    meetings = events_of(extract(text, published=DAY), "CONSULT")
    assert len(meetings) == 1 and meetings[0].date == date(2024, 5, 9)
