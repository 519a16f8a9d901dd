"""(towns48, issue 14) One Hangul name for towns of several states ('가오': Gao of Mali and of Burkina Faso): the
city index keeps only the largest, so a Korean story about the smaller one's state was placed abroad. As English
reads its `shared` towns (lang/en/bare_towns.py), the town of the one state the sentence names is taken; where the
sentence names none, the place is marked with its candidates (lang/place_candidates) and the story decides
(pipeline/places.story_places).

A name is shared where towns of two states bear it as a Hangul GeoNames name and the largest is less than DOMINANT
times the largest of any other state (build_towns.py's rule for English names); a name places.yaml fixes is not, nor
one a town of the writer's own state bears."""
from __future__ import annotations


from readout import budget
from readout.cache import disk_cached
from readout.kb.geo import GeoEntry, iso2_to_iso3
from readout.kb.geonames import HANGUL_RE, geonames_cities
from readout.lang.place_candidates import mark_candidates
from readout.model import Place
from readout.kb.loader import kb

DOMINANT = 10  # the largest town's state keeps the name alone when it is this many times any other state's
HOME = "KOR"  # a town of the writer's own state keeps its Hangul name ('화성' is Hwaseong, whatever state is named)


@budget.table()
@disk_cached("ko-shared-towns")  # a pass over GeoNames' cities: kept on disk as the rival capitals are
def shared_towns() -> dict[str, list[GeoEntry]]:
    """Hangul name -> the largest town of that name in each state sharing it, largest first."""
    to3 = iso2_to_iso3()
    fixed = {key for p in kb().places for key in p.ko}
    best: dict[str, dict[str, GeoEntry]] = {}
    for city in geonames_cities().values():
        code = to3.get(city.countrycode)
        if not code:
            continue
        for name in {a for a in city.alternatenames if HANGUL_RE.search(a) and len(a) >= 2} - fixed:
            states = best.setdefault(name, {})
            old = states.get(code)
            if old is None or old.population < city.population:
                states[code] = GeoEntry(city.name, code, city.latitude, city.longitude, "city",
                                        city.population, (city.name, name))
    out = {}
    for name, states in best.items():
        ranked = sorted(states.values(), key=lambda e: -e.population)
        if len(ranked) > 1 and ranked[0].population < DOMINANT * max(ranked[1].population, 1) \
                and HOME not in states:
            out[name] = ranked
    return out


def shared_town(place: Place, form: str, named: set[str]) -> Place:
    """`place`, read from the Hangul `form`, as the town of the one sharing state the sentence names, or marked with
    every sharing state's town where it names none; itself where the name is no shared one."""
    towns = shared_towns().get(form) if place.precision == "city" else None
    if not towns or place.country in named:
        return place
    chosen = [t for t in towns if t.country in named]
    if len(chosen) == 1:
        t = chosen[0]
        place.name, place.country, place.lat, place.lon = t.name, t.country, t.lat, t.lon
        return place
    if chosen:
        return place
    own = GeoEntry(place.name, place.country, place.lat, place.lon, "city")
    return mark_candidates(place, [own, *(t for t in towns if t.country != place.country)])
