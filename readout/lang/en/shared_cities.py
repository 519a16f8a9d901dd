"""(entowns49, issue 14) A large city's English name that large cities of several states bear ('Tripoli' of Libya and
of Lebanon, 'Valencia' of Venezuela and of Spain, 'Cordoba' of Argentina, Spain and Mexico): the city index keeps only
the most populous, so a Lebanese or Spanish story was placed abroad. As the Korean reader does for its shared Hangul
names (lang/ko/shared_towns.py, towns48), the city of the one sharing state the sentence names is taken; where the
sentence names none of them, the place is marked with its candidates (lang/place_candidates) and the story decides
(pipeline/places.story_places: the state it names most); with no evidence the most populous city stays.

A name is shared where a city of another state bearing it (its GeoNames name or that name's ASCII fold) has
MIN_RIVAL_POPULATION people or more and the index's city is less than DOMINANT times as large. A capital's name is
read by lang/en/capital_rivals.py first; a name places.yaml fixes is not shared."""
from __future__ import annotations


from readout import budget
from readout.cache import disk_cached
from readout.kb.cities import MIN_POPULATION_EN
from readout.kb.geo import GeoEntry, city_index, iso2_to_iso3
from readout.kb.geonames import geonames_cities
from readout.kb.loader import kb
from readout.kb.names import ascii_fold
from readout.lang.en.bare_towns import state_named
from readout.lang.place_candidates import rival_capitals

DOMINANT = 10  # the largest city keeps the name alone when it is this many times any other state's (as towns48)
MIN_RIVAL_POPULATION = MIN_POPULATION_EN  # a rival city as large as the index's own size cut: a large city too


@budget.table()
@disk_cached("en-shared-cities")  # a pass over GeoNames' cities: kept on disk as the rival capitals are
def shared_cities() -> dict[str, list[GeoEntry]]:
    """English name -> the largest city of that name in each state sharing it, the city index's first."""
    to3 = iso2_to_iso3()
    states = {c.code for c in kb().countries.countries}
    index, capitals = city_index(), rival_capitals()
    best: dict[str, dict[str, GeoEntry]] = {}
    for city in geonames_cities().values():
        code = to3.get(city.countrycode)
        if code not in states:
            continue
        for name in {city.name, ascii_fold(city.name)}:
            if name not in index or name in capitals:
                continue
            old = best.setdefault(name, {}).get(code)
            if old is None or old.population < city.population:
                best[name][code] = GeoEntry(city.name, code, city.latitude, city.longitude, "city",
                                            city.population, (city.name,))
    out = {}
    for name, found in best.items():
        own = index[name]
        rivals = sorted((e for c, e in found.items() if c != own.country), key=lambda e: -e.population)
        if rivals and rivals[0].population >= MIN_RIVAL_POPULATION and own.population < DOMINANT * rivals[0].population:
            out[name] = [own, *(e for e in rivals if e.population >= MIN_RIVAL_POPULATION)]
    return out


def shared_city(text: str, form: str, entry: GeoEntry) -> tuple[GeoEntry, list[GeoEntry]]:
    """(the place `form` names in the sentence `text`, its candidates): the sharing state's city where the sentence
    names exactly that one of them, the index's `entry` with every sharing city as candidates where it names none;
    `entry` and no candidates otherwise."""
    cities = shared_cities().get(form) if entry.kind == "city" else None
    if not cities or entry.country != cities[0].country:
        return entry, []
    named = [c for c in cities if state_named(text, c.country)]
    if len(named) == 1:
        return (entry if named[0].country == entry.country else named[0]), []
    return entry, ([] if named else cities)
