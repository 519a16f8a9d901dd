"""(places54, issue 13) A large foreign city whose Hangul name GeoNames writes only with its suffix apart and which is
two syllables long ('우한 시', '시닝 시', '고베 시') is read right after its state's name before a locative particle
('중국 우한에서'), as English reads 'in Wuhan': kb/cities.state_short_cities, asked by lang/ko/heard_cities. Alone, or
after another state, or where kiwi reads the word as a Korean word, it names no city. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.kb.geo import lookup_city


def places(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in extract_text(text, published="2026-04-14").places}


ROWS = [  # (Korean sentence, English twin, GeoNames name, state)
    ("중국 우한에서 14일 노동자 수백 명이 임금 체불에 항의했다.",
     "Hundreds of workers protested unpaid wages in Wuhan on Tuesday.", "Wuhan", "CHN"),
    ("중국 시닝에서 13일 대학생들이 시위를 벌였다.", "Students protested in Xining on Monday.", "Xining", "CHN"),
    ("일본 고베에서 12일 항만 노동자들이 파업했다.", "Dock workers went on strike in Kobe on Sunday.", "Kobe", "JPN"),
]


@pytest.mark.parametrize("ko, en, city, code", ROWS)
def test_a_two_syllable_city_after_its_state_is_read(ko, en, city, code):
    assert (city, code) in places(ko)
    assert (city, code) in places(en)


@pytest.mark.parametrize("text", [
    "우한에서 14일 노동자 수백 명이 항의했다.",  # no state named before it: a later helper may take the story's state
    "일본 우한에서 14일 노동자 수백 명이 항의했다.",  # another state's: Japan has no city of that name
    "일본 나라에서 14일 회의가 열렸다.",  # a Korean word ('country') though Japan's Nara is written so
])
def test_a_two_syllable_name_without_its_state_is_no_city(text):
    found = extract_text(text, published="2026-04-14").places
    assert all(p.precision == "country" for p in found), [(p.name, p.precision) for p in found]


def test_the_two_syllable_names_stay_out_of_the_city_index():
    """What keeps '지난', '선전' from being towns everywhere: the city index still has no two-syllable spaced key."""
    assert all(lookup_city(w) is None for w in ("우한", "시닝", "지난"))
