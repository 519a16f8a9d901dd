"""places56 (issue 13): a part of a town written between the town and the case ending ('X 항구를', 'X 공항에서';
lexicon ko `town_part_nouns`) leaves the town the place, heard after its state (lang/ko/heard_cities.part_res) or as
a proper noun kiwi split before the part (heard_cities.split_before_part). Our own sentences, with English twins."""
from __future__ import annotations

import pytest

from readout.lang.ko.heard_cities import split_before_part
from tests.event_sides import events


@pytest.mark.parametrize("text, town", [
    ("러시아군은 우크라이나 초르노모르스크 항구에서 밀 창고를 공격했다.", "Chornomors’k"),  # state, part, 에서
    ("러시아군은 우크라이나 초르노모르스크 항구를 미사일로 공격했다.", "Chornomors’k"),  # state, part, 를
    ("러시아 드론이 밤새 미콜라이우 항구를 공격했다.", "Mykolayiv"),  # kiwi: 미콜라이/NNP 우/NNG 항구
    ("Russian missiles struck the port of Chornomorsk overnight.", "Chornomors’k"),  # English twin
])
def test_the_town_of_its_part_is_the_place(text, town):
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and found[0].location is not None, [(e.type, e.location) for e in events(text)]
    assert (found[0].location.name, found[0].location.country) == (town, "UKR")


@pytest.mark.parametrize("text", [
    "러시아군은 우크라이나 남부 항구를 포격했다.",  # a part of the state, no town
    "러시아군은 우크라이나 군사 기지를 공습했다.",  # a Korean word before the part
])
def test_no_town_of_a_word_before_the_part(text):
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and all(e.location is None or e.location.precision == "country" for e in found), \
        [(e.type, e.location) for e in found]


@pytest.mark.parametrize("text, tokens, form", [
    ("미콜라이우 항구를", [("미콜라이", "NNP", 0, 4), ("우", "NNG", 4, 1), ("항구", "NNG", 6, 2), ("를", "JKO", 8, 1)],
     "미콜라이우"),
    ("미콜라이우 주민을", [("미콜라이", "NNP", 0, 4), ("우", "NNG", 4, 1), ("주민", "NNG", 6, 2), ("을", "JKO", 8, 1)],
     "미콜라이"),  # no part of a town after it: the noun as kiwi read it
    ("미콜라이의 항구를", [("미콜라이", "NNP", 0, 4), ("의", "JKG", 4, 1), ("항구", "NNG", 6, 2), ("를", "JKO", 8, 1)],
     "미콜라이"),  # a particle inside the word: not one name
])
def test_split_before_part(text, tokens, form):
    assert split_before_part(text, 0, "미콜라이", tokens) == form
