"""(speed54, issue 20) GeoNames' cities are read as compact `City` rows kept on disk by the library's version, and
`build_tables` leaves them for their first reader: the tables built from them are the ones the library's dicts gave."""
from __future__ import annotations

import pytest

from readout import parallel
from readout.kb import city_sound, geo, geonames, town_spellings
from readout.kb.geo import GeoEntry


@pytest.fixture(scope="module")
def raw_cities() -> dict[str, dict]:
    return geonames.geonames_cache().get_cities()


def test_rows_hold_the_library_fields(raw_cities: dict[str, dict]) -> None:
    rows = geonames.geonames_cities()
    assert list(rows) == list(raw_cities)  # the same ids in the same order: a table's ties fall as before
    for gid, city in raw_cities.items():
        row = rows[gid]
        assert (row.geonameid, row.name, row.countrycode, row.latitude, row.longitude, row.population) == (
            city["geonameid"], city["name"], city["countrycode"], city["latitude"], city["longitude"],
            city["population"])


def test_every_reader_finds_its_alternate_names(raw_cities: dict[str, dict]) -> None:
    """What each reader keeps of a city's alternate names (its filter over the library's list) is unchanged."""
    readers = [
        lambda a: bool(geonames.HANGUL_RE.search(a)),  # city_index, town_entry
        lambda a: bool(geonames.HANGUL_RE.search(a)) and len(a) >= 2,  # ko/shared_towns
        lambda a: a.isascii() and a[:1].isupper(),  # state_town_spellings
        lambda a: bool(city_sound.NAME_RE.fullmatch(a)),  # sound_index
    ]
    rows = geonames.geonames_cities()
    kept = dropped = 0
    for gid, city in raw_cities.items():
        names = city.get("alternatenames", [])
        for wanted in readers:
            assert [a for a in rows[gid].alternatenames if wanted(a)] == [a for a in names if wanted(a)]
        kept += len(rows[gid].alternatenames)
        dropped += len(names) - len(rows[gid].alternatenames)
    assert dropped > kept > 0  # not vacuous: most names are dropped, many kept


# (English spelling, state): towns of our own choosing that GeoNames spells one way in that state
TOWNS = [("Kharkiv", "UKR"), ("Mosul", "IRQ"), ("Daegu", "KOR")]


@pytest.mark.parametrize("form,code", TOWNS)
def test_town_entry_as_from_the_library_row(form: str, code: str, raw_cities: dict[str, dict]) -> None:
    found = town_spellings.state_town_spellings()[f"{code} {form}"]
    assert len(found) == 1
    city = raw_cities[found[0]]
    hangul = tuple(a for a in city["alternatenames"] if geonames.HANGUL_RE.search(a))
    assert hangul  # the Korean names travel with the compact row
    want = GeoEntry(city["name"], code, city["latitude"], city["longitude"], "city", city["population"],
                    (city["name"], *hangul[:2]))
    assert town_spellings.town_entry(form, code) == want


def test_rows_read_from_disk_without_the_library(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUT_CACHE_DIR", str(tmp_path))
    geonames.geonames_cities.cache_clear()
    try:
        first = geonames.geonames_cities()
        assert list((tmp_path / "geonames").glob("*.pickle"))
        geonames.geonames_cities.cache_clear()

        def refused():
            raise AssertionError("the compact rows parsed GeoNames' JSON again")

        monkeypatch.setattr(geonames, "geonames_cache", refused)
        assert geonames.geonames_cities() == first
    finally:
        monkeypatch.undo()
        geonames.geonames_cities.cache_clear()


def kb_tables() -> list:
    """The knowledge modules' cached tables (what `build_tables` builds of readout/kb)."""
    return [value for name, module in parallel.table_modules() if name.startswith("readout.kb")
            for value in vars(module).values()
            if getattr(value, "__module__", None) == name and callable(getattr(value, "cache_clear", None))]


def clear(tables: list) -> None:
    for table in tables:
        table.cache_clear()


def test_build_tables_leaves_the_cities(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a warm start-up cache, building the tables before a fork never reads GeoNames' cities. Why a first build
    in a fresh cache folder: a cold cache builds the disk-cached city tables from the cities (as it must), so the
    claim holds only once they are on disk, whatever earlier tests left in memory or in the user's cache folder."""
    monkeypatch.setenv("READOUT_CACHE_DIR", str(tmp_path))
    tables = kb_tables()
    clear(tables)
    try:
        parallel.build_tables()  # cold: the city tables written to the fresh folder
        clear(tables)
        parallel.build_tables()  # warm: read from it
        assert geonames.geonames_cities.cache_info().currsize == 0
        assert geo.city_index.cache_info().currsize == 1  # the tables a document reads are built
    finally:
        monkeypatch.undo()
        clear(tables)
