"""places56 (issue 13): a Chinese province written in Korean by the rules for Chinese ('광둥성', '쓰촨성') is heard as
the pinyin name English writes (kb/region_sound.pinyin_vowels), so both reports name one region. Our own sentences,
with English twins."""
from __future__ import annotations

import pytest

from readout.kb.region_sound import pinyin_vowels, region_named_by_sound
from tests.event_sides import events


@pytest.mark.parametrize("name, vowels", [
    ("Guangdong", "AU"), ("Sichuan", "A"), ("Yunnan", "IA"), ("Tianjin", "EI"), ("Hunan", "UA"),
])
def test_pinyin_vowels(name, vowels):
    assert pinyin_vowels(name) == vowels


@pytest.mark.parametrize("word, code, region", [
    ("광둥", "CHN", "Guangdong"), ("산둥", "CHN", "Shandong"), ("쓰촨", "CHN", "Sichuan"), ("윈난", "CHN", "Yunnan"),
    ("후난", "CHN", "Hunan"),  # heard so before, as spelt
    ("광둥", "RUS", None),  # another state's regions: the pinyin reading is China's and Taiwan's only
])
def test_region_named_by_sound(word, code, region):
    assert region_named_by_sound(word, code) == region


@pytest.mark.parametrize("text", [
    "중국 광둥성에서 경찰이 수요일 노동운동가 5명을 구금했다.",
    "Chinese police detained five labour activists in Guangdong province on Wednesday.",
])
def test_one_region_in_both_languages(text):
    found = [e for e in events(text) if e.type == "COERCE"]
    assert found and found[0].location is not None, [(e.type, e.location) for e in events(text)]
    loc = found[0].location
    assert (loc.name, loc.country, loc.precision) == ("Guangdong", "CHN", "region")
