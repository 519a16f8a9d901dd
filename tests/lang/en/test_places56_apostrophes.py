"""places56 (issue 13): a place name's apostrophe, straight or curly or none, is one name (kb/names.apostrophe_forms,
asked by kb/geo.lookup_city and town_entry). Our own sentences, with Korean twins."""
from __future__ import annotations

import pytest

from readout.kb.geo import lookup_city
from readout.kb.names import apostrophe_forms
from tests.event_sides import events


@pytest.mark.parametrize("name, forms", [
    ("Xi'an", ("Xi\u2019an", "Xian")),
    ("N\u2019Djamena", ("N'Djamena", "NDjamena")),
    ("Lviv", ()),  # no apostrophe: no other spelling to ask
])
def test_apostrophe_forms(name, forms):
    assert apostrophe_forms(name) == forms


@pytest.mark.parametrize("name, country", [
    ("Xi'an", "CHN"), ("Xi\u2019an", "CHN"), ("N'Djamena", "TCD"), ("N\u2019Djamena", "TCD"), ("Sana'a", "YEM"),
    ("Sana\u2019a", "YEM"),
])
def test_either_apostrophe_finds_the_city(name, country):
    entry = lookup_city(name)
    assert entry is not None and entry.country == country, entry


def test_an_apostrophe_makes_no_city_of_a_surname():
    assert lookup_city("O'Hara") is None


@pytest.mark.parametrize("text, place, country", [
    ("Police in Xi'an detained four teachers on Tuesday.", "Xi\u2019an", "CHN"),
    ("Police in Xi\u2019an detained four teachers on Tuesday.", "Xi\u2019an", "CHN"),
    ("Soldiers arrested six traders in N\u2019Djamena on Tuesday.", "N'Djamena", "TCD"),
    ("Police in Sana'a detained four teachers on Tuesday.", "Sanaa", "YEM"),
    ("화요일 중국 시안에서 경찰이 교사 4명을 구금했다.", "Xi\u2019an", "CHN"),
    ("화요일 차드 은자메나에서 군인들이 상인 6명을 체포했다.", "N'Djamena", "TCD"),
])
def test_an_arrest_in_the_town_is_placed_there(text, place, country):
    found = [e for e in events(text) if e.type == "COERCE"]
    assert found and found[0].location is not None, [(e.type, e.location) for e in events(text)]
    assert (found[0].location.name, found[0].location.country) == (place, country)
    assert [p.country for p in found[0].participants] == [country]
