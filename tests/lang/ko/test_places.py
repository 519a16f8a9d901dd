"""Korean places: a seat of government or a ministry's building where something happens names its city
(readout/lang/ko/places.py `find_seats`, the `seats_of_government` table of the Korean lexicon)."""
from __future__ import annotations

import pytest

from readout.kb.geo import lookup_city
from readout.kb.loader import lexicon
from readout.lang.ko.places import find_places


@pytest.mark.parametrize("text, city", [
    ("장관은 정부세종청사에서 기자회견을 열었다.", "Sejong"),
    ("대통령은 용산 대통령실에서 특사를 접견했다.", "Seoul"),
    ("대통령은 크렘린궁에서 외무장관을 만났다.", "Moscow"),
    ("두 정상은 엘리제궁 집무실에서 회담했다.", "Paris"),
    ("서울 종로구 외교부 청사에서 회담이 열렸다.", "Seoul"),  # the city named first, once
])
def test_a_seat_where_something_happens_names_its_city(text, city):
    names = [p.name for p in find_places(text, 0)]
    assert names == [city], names


@pytest.mark.parametrize("text", [
    "대통령실은 이날 북한의 도발을 규탄했다.",  # the office acting
    "백악관 대변인은 성명을 냈다.",
    "정부는 국회에 예산안을 제출했다.",  # a seat as recipient, not a place
])
def test_a_seat_that_acts_is_no_place(text):
    assert find_places(text, 0) == []


def test_every_seat_names_a_known_city():
    seats = lexicon("ko")["seats_of_government"]
    assert len(seats) >= 20
    assert all(lookup_city(city) is not None for city in seats.values()), seats
