"""A plan told beside a meeting just held takes no place from it: 'A and B agreed to meet again next month, after
their talks in Z on Monday', 'A와 B는 9일 Z에서 회담한 뒤 다음 달 다시 만나기로 했다': Z is the held talks' place;
the plan has none unless its own clause names one (pipeline/meeting_build.held_meetings_place,
meeting_places.held_there)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2024, 5, 10)


def held_and_planned(article):
    found = events_of(article, "CONSULT")
    return ([e for e in found if e.status == "occurred"], [e for e in found if e.status == "planned"])


@pytest.mark.parametrize("text", [
    "Peruvian President Lucia Moreno and Chilean President Tomas Arce agreed to meet again next month, after their "
    "talks in Lima on Thursday.",
    "루시아 모레노 페루 대통령과 토마스 아르세 칠레 대통령은 9일 리마에서 회담한 뒤 다음 달 다시 만나기로 합의했다.",
])
def test_a_plan_takes_no_place_from_the_held_talks(extract, text):
    held, planned = held_and_planned(extract(text, published=DAY))
    assert held and held[0].location is not None and held[0].location.name == "Lima"
    assert planned and all(e.location is None for e in planned), [e.location for e in planned]


@pytest.mark.parametrize("text", [
    "Peruvian President Lucia Moreno and Chilean President Tomas Arce agreed to meet again in Santiago next month, "
    "after their talks in Lima on Thursday.",
])
def test_a_plan_keeps_its_own_place(extract, text):
    _held, planned = held_and_planned(extract(text, published=DAY))
    assert planned and planned[0].location is not None and planned[0].location.name == "Santiago"
