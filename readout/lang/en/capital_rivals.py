"""(enplace47) A capital's name that a larger city of another state also bears ('Victoria', 'San Jose', 'Hamilton'):
the city index gives the name to the most populous city of it, which is right until the sentence names the
capital's state and not that city's ('Seychelles President X met Y in Victoria'): then the capital is where.

Why by the sentence's states and not always the capital: 'San Jose' in a Californian story is the American city,
and the city index cannot tell; the states the sentence names can. A capital the city index lacks altogether is read
before any town of the same name already (places.unindexed_capital before the town readers)."""
from __future__ import annotations

import functools

from readout.cache import disk_cached
from readout.kb.geo import GeoEntry


@functools.lru_cache(maxsize=1)
@disk_cached("en-rival-capitals")  # a pass over GeoNames' cities: most of a second per process, kept on disk
def rival_capitals() -> dict[str, GeoEntry]:
    """A capital's name (as GeoNames' country table writes it, and its ASCII fold) that the city index gives to a city
    of another state -> the capital as a city of its own state (GeoNames' city of that name there, else no
    coordinates)."""
    from readout.kb.geo import _geonames, iso2_to_iso3, lookup_city
    from readout.kb.loader import kb
    from readout.kb.names import ascii_fold

    to3 = iso2_to_iso3()
    states = {c.code for c in kb().countries.countries}  # a state of today ('Belgrade' was Serbia and Montenegro's)
    wanted: dict[tuple[str, str], str] = {}  # (form, iso2) -> the state's code
    for iso, country in _geonames().get_countries().items():
        capital, code = (country.get("capital") or "").strip(), to3.get(iso)
        for form in {capital, ascii_fold(capital)} - {""}:
            entry = lookup_city(form)
            if code in states and entry is not None and entry.country != code:
                wanted[(form, iso)] = code
    out = {form: GeoEntry(form, code, None, None, "city") for (form, _), code in wanted.items()}
    for city in _geonames().get_cities().values():  # the capital's own coordinates, its largest city of the name
        for form in {city["name"], ascii_fold(city["name"])}:
            code = wanted.get((form, city["countrycode"]))
            old = out.get(form)
            if code and (old is None or old.lat is None or old.population < city["population"]):
                out[form] = GeoEntry(city["name"], code, city["latitude"], city["longitude"], "city",
                                     city["population"], (city["name"],))
    return out


def capital_named(text: str, form: str, entry: GeoEntry) -> GeoEntry:
    """The capital `form` names when the sentence names its state and not the state of the city index's `entry`;
    else `entry`."""
    from readout.lang.en.bare_towns import state_named

    capital = rival_capitals().get(form)
    if capital is None or entry.kind != "city" or not state_named(text, capital.country) \
            or state_named(text, entry.country):
        return entry
    return capital
