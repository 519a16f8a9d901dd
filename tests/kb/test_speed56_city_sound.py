"""speed56: `cities_by_sound` asks only the states whose cities stand under the word's consonant key with as many vowel
classes (`sound_states`) or that name a short city so (`short_states`), in the states' order, and reads an exact vowel
agreement by comparison (`region_sound.vowels_agree`): the same cities as asking every state with the edit distance.
Hangul words only (the reader hears a Korean word as a foreign town): no English side."""
from __future__ import annotations

import itertools
import random

import pytest

from readout.kb.region_sound import ANY, vowel_match, vowels_agree


@pytest.mark.parametrize("hangul, latin", [
    ("", ""), ("A", ""), ("", "A"), ("A", "A"), ("AE", "AE"), ("AE", "EA"), ("AEO", "AE"), ("AE", "AEO"),
    (ANY + "E", "OE"), ("O" + ANY, "OA"), ("OA", "O" + ANY), (ANY, ""), (ANY * 3, "AEI"), ("IU", "IUU"),
])
def test_vowels_agree_is_an_edit_distance_of_nothing(hangul, latin):
    assert vowels_agree(hangul, latin) is (vowel_match(hangul, latin) == 1.0)


def test_vowels_agree_over_every_short_pair():
    classes = ["A", "E", "I", "O", "U", ANY]
    strings = ["".join(p) for n in range(4) for p in itertools.product(classes, repeat=n)]
    pairs = random.Random(56).sample([(h, v) for h in strings for v in strings], 20000)
    assert all(vowels_agree(h, v) is (vowel_match(h, v) == 1.0) for h, v in pairs)


def every_state(word: str) -> list:
    """`cities_by_sound` as it read before speed56: every state asked, the edit distance weighed."""
    from readout.kb.city_sound import (HOME_STATES, MIN_CONSONANTS, MIN_SYLLABLES, OPENING_LIQUID, WORLD_MIN_POPULATION,
                                       city_facts, heard_city, sound_index, sounds_near)
    from readout.kb.cities import state_short_cities
    from readout.kb.geo import iso2_to_iso3
    from readout.kb.names import jamo_indexes
    from readout.kb.phonetic import hangul_token
    from readout.kb.region_sound import hangul_vowels

    if len(word) < MIN_SYLLABLES or any(jamo_indexes(ch) is None for ch in word):
        return []
    key, vowels = hangul_token(word), hangul_vowels(word)
    if len(key) + word.startswith(OPENING_LIQUID) < MIN_CONSONANTS:
        return []
    index, short, facts, out = sound_index(), state_short_cities(), city_facts(), []
    for code in dict.fromkeys(iso2_to_iso3().values()):
        if code in HOME_STATES:
            continue
        heard = {gid for v, gid in index.get(f"{code} {key}", ()) if vowel_match(vowels, v) == 1.0
                 and facts[gid][3] >= WORLD_MIN_POPULATION}
        one = heard.pop() if len(heard) == 1 else None
        entry = short.get(f"{code} {word}") or (heard_city(one, code, word) if one and sounds_near(word, facts[one][0])
                                                else None)
        if entry is not None:
            out.append(entry)
    return sorted(out, key=lambda e: -e.population)


@pytest.mark.parametrize("word", [
    "라파", "우한", "파리", "런던", "베를린", "오데사", "모스크바", "도쿄", "하르키우", "토론토", "리마", "나이로비",
    "보잉", "삼성", "바이두", "서울", "장관", "회담", "가", "라마", "산티아고", "카이로", "멜버른", "마닐라",
])
def test_the_indexed_states_hear_what_every_state_heard(word):
    from readout.kb.city_sound import cities_by_sound

    assert cities_by_sound(word) == every_state(word)


def test_a_word_no_state_holds_asks_no_city():
    from readout.kb.city_sound import short_states, sound_states

    assert ("zzzzzz", 1) not in sound_states()
    assert all(isinstance(codes, frozenset) and codes for codes in sound_states().values())
    assert all(len(code) == 3 for codes in short_states().values() for code in codes)
