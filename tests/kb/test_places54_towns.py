"""(places54, issue 13) Two gaps of the town tables, as classes.

A Latin name's word-opening y before a vowel is a glide Korean writes into the vowel after it ('Khan Yunis' 칸유니스,
'Yambol' 얌볼): kb/city_sound hears the name's vowels without it, as it already did for a glide after a consonant.

A Hangul or Latin key that names a state is that state, never a town of another state that GeoNames spells so
('팔레스타인' is no Texan town, 'Jamaica' no town of New York): kb/cities.foreign_state_names; a city-state's own city keeps
its name. Our own sentences."""
from __future__ import annotations

import pytest

from readout.kb.city_sound import city_by_sound, town_by_sound
from readout.kb.geo import city_index, lookup_city

HEARD = [  # (Hangul word, the state named before it or None, GeoNames name, its state)
    ("칸유니스", "PSE", "Khān Yūnis", "PSE"),
    ("칸유니스", None, "Khān Yūnis", "PSE"),  # three syllables and more: heard among the world's towns too
    ("얌볼", "BGR", "Yambol", "BGR"),
    ("예나키예베", "UKR", "Yenakiyeve", "UKR"),  # a glide inside the name, as before
]


@pytest.mark.parametrize("word, code, name, state", HEARD)
def test_a_word_opening_glide_is_heard_in_the_korean_vowel(word, code, name, state):
    entry = city_by_sound(word, code) if code else town_by_sound(word)
    assert entry is not None and (entry.name, entry.country) == (name, state)


@pytest.mark.parametrize("word, code", [
    ("얌볼", "RUS"),  # a state that has no town of that sound
    ("유볼", "BGR"),  # the glide is heard, the vowel after it still must agree
])
def test_a_glide_heard_makes_no_town_of_another_sound(word, code):
    assert city_by_sound(word, code) is None


@pytest.mark.parametrize("key, state", [
    ("팔레스타인", "PSE"), ("자메이카", "JAM"), ("Jamaica", "JAM"), ("Armenia", "ARM"), ("사이프러스", "CYP"),
])
def test_a_state_name_is_no_foreign_town(key, state):
    entry = lookup_city(key)
    assert entry is None or entry.country == state


@pytest.mark.parametrize("key, state", [("싱가포르", "SGP"), ("쿠웨이트", "KWT"), ("Djibouti", "DJI"), ("모나코", "MCO")])
def test_a_city_state_keeps_its_city(key, state):
    assert city_index()[key].country == state
