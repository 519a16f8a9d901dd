"""places55b (issues 13/14): a town heard with no state in its sentence sounds near the word, not only by its coarse
consonant key (kb/city_sound.sounds_near, asked by cities_by_sound for the story-town reader)."""
from __future__ import annotations

import pytest

from readout.kb.city_sound import cities_by_sound, sounds_near


@pytest.mark.parametrize("word, name, near", [
    ("우한", "Wuhan", True),  # a w that Korean writes into the vowel (우)
    ("라파", "Rafaḩ", True),
    ("오데사", "Odesa", True),
    ("바르샤바", "Warszawa", True),  # a w Korean writes ㅂ
    ("선양", "Shenyang", True),  # one 'ng', one final ㅇ
    ("싱가포르", "Singapore", True),
    ("한진", "Changqing", False),  # 'ng' twice, no final ㅇ
    ("혼다", "Rhondda", False),  # an r opens with ㄹ, not ㅎ
    ("오라클", "Lorca", False),  # an l opens with ㄹ, not a vowel
    ("나이키", "Nkayi", False),  # the n before k is written ㅇ (Frankfurt 프랑크푸르트): the word writes none
    ("라인", "Währing", False),  # a final ㅇ for an 'ng' the word does not write
])
def test_a_heard_town_opens_as_the_word_and_writes_its_ng(word, name, near):
    assert sounds_near(word, name) is near


@pytest.mark.parametrize("word, refused", [
    ("한진", "CHN"),  # a firm's name before '에서' in a story about China
    ("혼다", "GBR"),
    ("오라클", "ESP"),
    ("라인", "AUT"),
])
def test_a_firms_name_is_no_states_candidate_town(word, refused):
    assert refused not in {e.country for e in cities_by_sound(word)}


@pytest.mark.parametrize("word, state, name", [
    ("우한", "CHN", "Wuhan"),
    ("라파", "PSE", "Rafaḩ"),
    ("자발리아", "PSE", "Jabālyā"),
    ("베를린", "DEU", "Berlin"),
])
def test_a_town_still_heard(word, state, name):
    assert {e.country: e.name for e in cities_by_sound(word)}.get(state) == name
