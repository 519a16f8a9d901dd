"""places56 (issue 13): a v after a vowel before a consonant inside a Ukrainian-shaped name is written 우, as a final
v after i is (kb/city_sound.INNER_V_RE, read by written_forms into the sound index; the index's disk cache is keyed
on the package's code, so the new forms are built at once). Our own sentences, with English twins."""
from __future__ import annotations

import pytest

from readout.kb.city_sound import city_by_sound, written_forms
from tests.event_sides import events


@pytest.mark.parametrize("name, forms", [
    ("Pokrovsk", ["Pokrovsk", "Pokrousk"]),
    ("Ivano-Frankivsk", ["Ivano-Frankivsk", "Ivano-Frankiusk"]),
    ("Lviv", ["Lviv", "Lviu", "Liviu"]),  # the final v after i, as before
    ("Vinnytsia", ["Vinnytsia"]),  # a v opening the name: no vowel before it
    ("Slavutych", ["Slavutych"]),  # a v before a vowel stays a v
])
def test_written_forms(name, forms):
    assert written_forms(name) == forms


@pytest.mark.parametrize("word, city", [
    ("포크로우스크", "Pokrovsk"), ("이바노프란키우스크", "Ivano-Frankivsk"), ("체르니우치", "Chernivtsi"),
    ("르비우", "Lviv"),
])
def test_heard_among_the_states_cities(word, city):
    entry = city_by_sound(word, "UKR")
    assert entry is not None and entry.name == city, entry


@pytest.mark.parametrize("text, city", [
    ("러시아군은 일요일 우크라이나 이바노프란키우스크에서 발전소를 공습했다.", "Ivano-Frankivsk"),
    ("러시아군은 일요일 포크로우스크를 포격했다.", "Pokrovsk"),
    ("Russian missiles struck a power plant in Ivano-Frankivsk on Sunday.", "Ivano-Frankivsk"),  # English twin
])
def test_the_town_is_the_place(text, city):
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and found[0].location is not None, [(e.type, e.location) for e in events(text)]
    assert (found[0].location.name, found[0].location.country) == (city, "UKR")
