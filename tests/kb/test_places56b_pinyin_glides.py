"""places56b (issue 13): the Korean rules for Chinese write pinyin 'iang' as 양/장, 'ui' as 우이 and an i between a
consonant and a, o, u into the vowel, so '헤이룽장성', '구이저우성', '랴오닝성' are heard as the regions English names
(kb/region_sound.pinyin_vowels). Our own sentences, with English twins."""
from __future__ import annotations

import pytest

from readout.kb.region_sound import pinyin_vowels, region_named_by_sound
from tests.event_sides import events


@pytest.mark.parametrize("name, vowels", [
    ("Heilongjiang", "EIUA"), ("Guizhou", "UIOU"), ("Liaoning", "AOI"),
    ("Tianjin", "EI"), ("Guangdong", "AU"),  # ian before n (톈), ong: as before
])
def test_pinyin_vowels(name, vowels):
    assert pinyin_vowels(name) == vowels


@pytest.mark.parametrize("word, code, region", [
    ("헤이룽장", "CHN", "Heilongjiang"), ("구이저우", "CHN", "Guizhou"), ("랴오닝", "CHN", "Liaoning"),
    ("톈진", "CHN", "Tianjin"), ("쓰촨", "CHN", "Sichuan"),
    ("헤이룽장", "RUS", None),  # the pinyin reading is China's and Taiwan's only
    ("구이저우", "JPN", None),
])
def test_region_named_by_sound(word, code, region):
    assert region_named_by_sound(word, code) == region


@pytest.mark.parametrize("text, region", [
    ("중국 헤이룽장성에서 경찰이 목요일 노동운동가 4명을 구금했다.", "Heilongjiang"),
    ("중국 구이저우성에서 경찰이 금요일 기자 2명을 체포했다.", "Guizhou"),
    ("Chinese police detained four labour activists in Heilongjiang province on Thursday.", "Heilongjiang"),
    ("Chinese police arrested two reporters in Guizhou province on Friday.", "Guizhou"),
])
def test_one_region_in_both_languages(text, region):
    found = [e for e in events(text) if e.type == "COERCE"]
    assert found and found[0].location is not None, [(e.type, e.location) for e in events(text)]
    loc = found[0].location
    assert (loc.name, loc.country, loc.precision) == (region, "CHN", "region")
