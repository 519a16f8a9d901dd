"""places57 (issue 14): a Ukrainian name's closing yi, iy or yy after a consonant (-ий, -ій) is one vowel, written 이
(kb/city_sound.FINAL_YI_RE, read by written_forms into the sound index). Our own sentences, with English twins; a yi
before a vowel inside the word and a name with no such ending as negative rows."""
from __future__ import annotations

import pytest

from readout.kb.city_sound import city_by_sound, written_forms
from tests.event_sides import events


@pytest.mark.parametrize("name, forms", [
    ("Kropyvnytskyi", ["Kropyvnytskyi", "Kropyunytski"]),  # the inner v and the closing yi, one form
    ("Khmelnytskyi", ["Khmelnytskyi", "Khmelnytski"]),
    ("Kryvyy Rih", ["Kryvyy Rih", "Kryvi Rih"]),  # a closing yy of a word inside the name
    ("Kyiv", ["Kyiv", "Kyiu"]),  # no closing yi: the final v only, as before
    ("Kolomyia", ["Kolomyia"]),  # a yi before a vowel: no closing yi
])
def test_written_forms(name, forms):
    assert written_forms(name) == forms


@pytest.mark.parametrize("word, city", [
    ("크로피우니츠키", "Kropyvnytskyi"), ("흐멜니츠키", "Khmelnytskyi"),
    ("포크로우스크", "Pokrovsk"),  # places56's inner v still heard
])
def test_heard_among_the_states_cities(word, city):
    entry = city_by_sound(word, "UKR")
    assert entry is not None and entry.name == city, entry


def test_unheard_word():
    assert city_by_sound("크로피니", "UKR") is None  # a word short of the name's sounds


@pytest.mark.parametrize("text, city", [
    ("러시아군은 금요일 우크라이나 크로피우니츠키를 공습했다.", "Kropyvnytskyi"),
    ("러시아군은 우크라이나 흐멜니츠키에서 비행장을 공습했다.", "Khmelnytskyi"),
    ("Russian drones struck an airfield in Khmelnytskyi on Friday.", "Khmelnytskyi"),  # English twin
])
def test_the_town_is_the_place(text, city):
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and found[0].location is not None, [(e.type, e.location) for e in events(text)]
    assert (found[0].location.name, found[0].location.country) == (city, "UKR")
