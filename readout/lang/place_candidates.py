"""(koplace47, issue 14) A place whose state the sentence cannot decide: a capital's name a larger city of another
state also bears ('Victoria', 'San Jose': `rival_capitals`) or a town name towns of several states share ('Gao' of
Mali and of Burkina Faso), in a sentence that names none of its states. The language's place reader marks it with
its `candidates` (span data: one (state, name, lat, lon) each, the place's own first); the pipeline
(pipeline/places.story_places) gives it the state the whole story names most among them. A place with no state of
its own (a shared town) that the story does not decide is no place, as the sentence alone made it.

Why here and not in each language: the rival capitals come from GeoNames, which knows no language; each reader only
says which states the sentence names."""
from __future__ import annotations


from readout import budget
from readout.cache import disk_cached
from readout.kb.geo import GeoEntry, iso2_to_iso3, lookup_city
from readout.kb.geonames import geonames_cities, geonames_countries
from readout.model import Place
from readout.kb.loader import kb
from readout.kb.names import ascii_fold

CANDIDATES = "candidates"


@budget.table()
@disk_cached("en-rival-capitals")  # a pass over GeoNames' cities: most of a second per process, kept on disk
def rival_capitals() -> dict[str, GeoEntry]:
    """A capital's name (as GeoNames' country table writes it, and its ASCII fold) that the city index gives to a city
    of another state -> the capital as a city of its own state (GeoNames' city of that name there, else no
    coordinates)."""
    to3 = iso2_to_iso3()
    states = {c.code for c in kb().countries.countries}  # a state of today ('Belgrade' was Serbia and Montenegro's)
    wanted: dict[tuple[str, str], str] = {}  # (form, iso2) -> the state's code
    for iso, country in geonames_countries().items():
        capital, code = (country.get("capital") or "").strip(), to3.get(iso)
        for form in {capital, ascii_fold(capital)} - {""}:
            entry = lookup_city(form)
            if code in states and entry is not None and entry.country != code:
                wanted[(form, iso)] = code
    out = {form: GeoEntry(form, code, None, None, "city") for (form, _), code in wanted.items()}
    for city in geonames_cities().values():  # the capital's own coordinates, its largest city of the name
        for form in {city.name, ascii_fold(city.name)}:
            code = wanted.get((form, city.countrycode))
            old = out.get(form)
            if code and (old is None or old.lat is None or old.population < city.population):
                out[form] = GeoEntry(city.name, code, city.latitude, city.longitude, "city",
                                     city.population, (city.name,))
    return out


def candidate(entry: GeoEntry) -> tuple:
    return (entry.country, entry.name, entry.lat, entry.lon)


def undecided_town(form: str) -> GeoEntry:
    """A town name several states share, written where the sentence names none of them: a city of no state yet,
    which `mark_candidates` gives its states."""
    return GeoEntry(form, None, None, None, "city")  # type: ignore[arg-type]: the story decides its state


def mark_candidates(place: Place, entries: list[GeoEntry]) -> Place:
    """`place` with its candidate states (the place's own entry first where it has a state)."""
    place.span.data[CANDIDATES] = list(dict.fromkeys(candidate(e) for e in entries))
    return place


def rival_capital(place: Place, named: set[str]) -> Place:
    """A city the index gives to another state than a capital of the same name: the capital where the sentence names
    the capital's state and not the city's ('세이셸 대통령이 빅토리아에서'), both as candidates where it names
    neither; `place` itself otherwise."""
    capital = rival_capitals().get(place.name) if place.precision == "city" else None
    if capital is None or capital.country == place.country or place.country in named:
        return place
    if capital.country in named:
        place.name, place.country, place.lat, place.lon = capital.name, capital.country, capital.lat, capital.lon
        return place
    own = GeoEntry(place.name, place.country, place.lat, place.lon, "city")
    return mark_candidates(place, [own, capital])
