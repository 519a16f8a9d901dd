"""places59b (issue 14, class 2): cities heard alike (one consonant key, every vowel class agreeing) are told apart by
where the Hangul word writes its ㄹ (kb/city_sound.liquid_ties, reusing kb/region_sound.liquids_agreeing)."""
from __future__ import annotations

import pytest

from readout.kb.city_sound import city_by_sound, struck_town_by_sound, town_by_sound


@pytest.mark.parametrize("word, code, city", [
    ("가즈니", "AFG", "Ghazni"),  # Qarqīn shares the key and vowels; it has an r, the word none
    ("바스라", "IRQ", "Basrah"),  # one city heard, as before
])
def test_state_city_by_liquids(word, code, city):
    found = city_by_sound(word, code)
    assert found is not None and found.name == city


@pytest.mark.parametrize("word, reader, city", [
    ("사르니아", struck_town_by_sound, "Sarnia"),  # Sanya, Chaniá, Athens share the key and vowels; none has the r
    ("아헤른", struck_town_by_sound, "Achern"),  # Acheng, Jaén have no liquid
    # no liquid in the word and several cities without one: none, as before
    ("사노", town_by_sound, None),
    ("사노", struck_town_by_sound, None),
])
def test_world_town_by_liquids(word, reader, city):
    found = reader(word)
    assert (found.name if found else None) == city
