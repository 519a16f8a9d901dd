"""places58 (issue 14): Korean place reading. Every sentence is our own."""
from __future__ import annotations

import pytest

from readout.lang.ko.heard_cities import korean_word, struck_town
from readout.lang.ko.site_nouns import place_common_noun
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
    assert place_common_noun(word) is common


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
