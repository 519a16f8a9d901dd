"""places59b (issue 14, class 3): a 르 before a syllable of no initial consonant writes an r closing its syllable (a
Latin word's last letter), so it drops from the key as a final liquid does; an r opening the next syllable stays.
Every region sentence is our own."""
from __future__ import annotations

import pytest

from readout.kb.phonetic import hangul_token
from readout.kb.region_sound import latin_keys
from tests.event_sides import events


@pytest.mark.parametrize("hangul, latin", [
    ("데이르에조르", "Deir Ezzor"),
    ("바르엘리아스", "Bar Elias"),
    ("카스르알리", "Qasr Ali"),
])
def test_closing_liquid_meets_latin(hangul, latin):
    """The Hangul key is one of the Latin name's keys."""
    assert hangul_token(hangul) in latin_keys(latin)


@pytest.mark.parametrize("hangul, key", [
    ("키로프", "KLP"),  # an r opening a syllable stays
    ("쿠나르", "KN"),  # a final 르 drops, as before
    ("보르노", "PN"),  # a liquid before a consonant drops, as before
])
def test_other_liquids_unchanged(hangul, key):
    assert hangul_token(hangul) == key


@pytest.mark.parametrize("text", [
    "시리아 정부군은 데이르에조르주에서 반군 거점을 공격했다.",
    "미군 전투기들이 데이르에조르주를 공습했다.",
])
def test_region_with_closing_liquid(text):
    """The region is the attack's place."""
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and found[0].location is not None and found[0].location.name == "Deir Ezzor", found
