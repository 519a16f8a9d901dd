"""Co-chairs meet: 'A co-chaired the summit with B', 'A는 B와 공동 의장을 맡아 정상회의를 주재했다' (taking the chair's
seat beside B closes no clause, so B is the meeting's 'with' party: lexicon ko clause chair_seat_verbs and
chair_seat_nouns, lang/ko/clauses.py; meets48)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text", [
    "루시아 모레노 페루 대통령은 9일 리마에서 토마스 아르세 칠레 대통령과 공동 의장을 맡아 태평양 연안국 정상회의를 "
    "주재했다.",
    "루시아 모레노 페루 대통령은 9일 리마에서 토마스 아르세 칠레 대통령과 공동의장을 맡아 회의를 이끌었다.",
    "Peruvian President Lucia Moreno co-chaired the Pacific coast summit in Lima on Thursday with Chilean President "
    "Tomas Arce.",
])
def test_the_co_chairs_meet(extract, text):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert {p.country for p in meeting.participants} == {"PER", "CHL"}
    assert meeting.status == "occurred" and meeting.date == date(2024, 5, 9)
