"""places58 (issue 14): Korean place reading. Every sentence is our own."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.kb.town_sound import small_town_by_sound
from readout.lang.ko.heard_cities import korean_word, struck_town
from readout.lang.ko.site_nouns import place_common_noun
from readout.settings import KOREAN
from tests.event_sides import place


@pytest.mark.parametrize("word,common", [
    ("야영지", True),  # a camp site: 야영하다 + 지
    ("주둔지", True),
    ("훈련장", True),
    ("검문소", True),
    ("은신처", True),
    ("탄약고", True),
    ("보로네지", False),  # a transcribed name: its stem is no word of kiwi's
    ("벵가지", False),
    ("아비장", False),  # the gazetteer's town, though kiwi reads '아비하다'
    ("자포리자", False),  # no place ending
    ("도하", False),
])
def test_place_common_noun(word, common):
    """A verbal noun and a Sino-Korean place ending is a common noun of a place; a name is not."""
    assert place_common_noun(word, KOREAN.site_stem_syllables) is common


@pytest.mark.parametrize("word", ["야영지", "숙영지", "은신처"])
def test_place_common_noun_is_korean_word_and_no_struck_town(word):
    """Such a noun is a Korean word, and no town is heard in it when it is struck."""
    assert korean_word(word)
    assert struck_town(word) is None


@pytest.mark.parametrize("text", [
    "말리군이 사막의 야영지를 폭격했다.",
    "러시아군은 우크라이나 남부의 야영지를 포격했다.",
])
def test_struck_place_noun_places_nothing(text):
    """A struck camp site places the attack in no town heard by sound (it was Annecy, France)."""
    assert place(text, "ASSAULT") is None


@pytest.mark.parametrize("text,located", [
    ("이스라엘군이 새벽에 나블루스주를 급습했다.", ("Nablus", "PSE")),
    ("연합군 전투기들이 밤새 헬만드주를 폭격했다.", ("Helmand", "AFG")),
])
def test_struck_region_is_the_place_ko(text, located):
    """(class 4) A region struck as an attack's object, no state before it, is the attack's place."""
    assert place(text, "ASSAULT") == located


@pytest.mark.parametrize("text,state", [
    ("경찰은 화요일 엘아이운에서 활동가 6명을 구금했다.", "ESH"),  # GeoNames: EH
    ("경찰은 화요일 스마라에서 활동가 6명을 구금했다.", "MAR"),  # GeoNames: MA
])
def test_western_sahara_towns_follow_geonames_ko(text, state):
    """(class 3) The English twin's states (tests/kb/test_places58.py): GeoNames' country code in both languages."""
    assert place(text, "COERCE")[1] == state


@pytest.mark.parametrize("text,located", [
    ("러시아군은 우크라이나 시베르스크를 포격했다.", ("Siversk", "UKR")),  # a town of 11,000: the town table's
    ("러시아군은 우크라이나 부흘레다르를 공습했다.", ("Vuhledar", "UKR")),
    ("러시아군은 우크라이나 시베르스크를 방문했다.", None),  # not struck: no small town heard
    ("러시아군은 우크라이나 시베르스크에서 철수했다.", None),  # before a locative: the 15,000 floor stands
])
def test_small_struck_town_after_its_state_ko(text, located):
    """(class 2) A town under 15,000 struck right after its state is heard among the state's towns of the English
    town table, named as the English reader names it (tests/kb/test_places58.py)."""
    got = place(text, "ASSAULT") if located else None
    assert got == located
    if located is None:
        assert not [p for p in extract_text(text, "places58.txt", "2026-05-04").places if p.precision == "city"]


@pytest.mark.parametrize("word,code", [("정부", "UKR"), ("국경", "UKR"), ("키이우", "UKR")])
def test_small_town_needs_no_city_nor_word(word, code):
    """A Korean word, or a word a city of 15,000 or more sounds like (Kyiv), names no small town."""
    assert small_town_by_sound(word, code, KOREAN.town_dominance) is None
