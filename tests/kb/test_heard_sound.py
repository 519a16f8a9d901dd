"""The gate of every Hangul look-up by sound (kb/city_sound.heard_sound, debt60): a word too short, not Hangul, or of
too few consonant classes is heard as no place; else its consonant key and vowel classes."""
from __future__ import annotations

import pytest

from readout.kb.city_sound import MIN_CONSONANTS, MIN_SYLLABLES, WORLD_MIN_SYLLABLES, heard_sound
from readout.kb.phonetic import hangul_token
from readout.kb.region_sound import hangul_vowels


@pytest.mark.parametrize("word, min_syllables, heard", [
    ("카르타고", MIN_SYLLABLES, True),
    ("카르타고", WORLD_MIN_SYLLABLES, True),
    ("모술", WORLD_MIN_SYLLABLES, False),   # two syllables: too short where no state is named
    ("강", MIN_SYLLABLES, False),           # one syllable
    ("Tunis", MIN_SYLLABLES, False),        # no Hangul
    ("아이오", MIN_SYLLABLES, False),       # no consonant heard
])
def test_heard_sound_gate(word, min_syllables, heard):
    got = heard_sound(word, min_syllables, MIN_CONSONANTS)
    assert (got == (hangul_token(word), hangul_vowels(word))) if heard else got is None, got
