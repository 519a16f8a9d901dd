"""(debt58, from kb/geo) The city index: GeoNames' cities (15,000 people or more) by their Hangul and large Latin
names, CLDR's Korean exemplar cities, the project's alias table (places.yaml) on top, and what keeps a name out
(a Korean word, a state's name, a region that outranks the city).
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from readout import budget
from readout.cache import disk_cached
from readout.errors import DataFileError
from readout.kb.countries import country_index
from readout.kb.geonames import HANGUL_RE, GeoEntry, all_country_codes, geonames_cities, geonames_countries, iso2_to_iso3
from readout.kb.loader import kb, parse
from readout.kb.names import apostrophe_forms, ascii_fold

MIN_POPULATION_EN = 150_000  # an English city name alone counts only for cities this large
REGION_OVER_CITY = 10  # a region whose state's people per listed region is this many times a foreign city's
# population of the same name is what the name means ('Ontario' is Canada's province, not the Californian city)


@budget.table()
@disk_cached("city-index")
def city_index() -> dict[str, GeoEntry]:
    """City name -> the most populous city of that name (Hangul names at any size, Latin ones only
    for large cities), overridden by the project's alias table."""
    to3 = iso2_to_iso3()
    index: dict[str, GeoEntry] = {}
    cldr = cldr_names_ko()
    for city in geonames_cities().values():
        country = to3.get(city.countrycode)
        if not country:
            continue
        hangul = tuple(a for a in city.alternatenames if HANGUL_RE.search(a))
        hangul += tuple(cldr.get(int(city.geonameid), ()))  # CLDR's Korean exemplar city, GeoNames' second
        entry = GeoEntry(city.name, country, city.latitude, city.longitude, "city",
                         city.population, (city.name, *hangul[:2]))
        keys = [a for a in hangul if len(a) > 1 or city.population >= MIN_POPULATION_EN]  # one syllable: '이'
        # (Huy), '영' (Young) are words and surnames first; a large city keeps its one-syllable name ('빈', Vienna)
        keys += [a[:-1] for a in hangul if len(a) >= 3 and a.endswith(CITY_SUFFIXES)]  # '김해시' is written 김해
        keys += spaced_suffix_keys(hangul, city.population)  # places53: GeoNames' '오사카 시' is written 오사카
        if city.population >= MIN_POPULATION_EN:
            folded = ascii_fold(city.name)
            keys += [city.name, folded]
        for key in keys:
            old = index.get(key)
            if old is None or old.population < entry.population:
                index[key] = entry
    for key in outranked_cities(index):
        index.pop(key, None)
    for key in not_cities_ko():
        index.pop(key, None)
    for key in foreign_state_names(index):
        index.pop(key, None)
    for p in kb().places:
        entry = GeoEntry(p.name, p.country, p.lat, p.lon, p.kind, 10**9, (p.name, *p.ko[:1]))
        for key in p.ko + p.en:
            index[key] = entry
    return index


def foreign_state_names(index: dict[str, GeoEntry]) -> list[str]:
    """(places54) The keys that name a state other than their city's: '팔레스타인' is GeoNames' Palestine, Texas,
    '자메이카' and 'Jamaica' a town of New York, 'Armenia' a Colombian city, '사이프러스' Cypress, California. A name of
    a state is that state wherever news writes it; a city-state's own city (싱가포르, 쿠웨이트, Djibouti) keeps its key.
    Why: the city reader read '팔레스타인 칸유니스에서' as two towns, and an act with two towns in its clause has no
    place."""
    states = country_index()
    return [key for key, entry in index.items() if states.get(key, entry.country) != entry.country]


def cldr_names_ko() -> dict[int, list[str]]:
    """GeoNames id -> the Korean names CLDR's exemplar cities give that city and GeoNames does not
    (cities_cldr_ko.yaml, built by scripts/data/build_cities_cldr_ko.py: '카르툼' Khartoum, '엔자메나' N'Djamena)."""
    out: dict[int, list[str]] = {}
    for name, city in parse("cities_cldr_ko.yaml", "CitiesCldrFile").names.items():
        if city.country not in all_country_codes():
            raise DataFileError(f"unknown country code {city.country}", doc="cities_cldr_ko.yaml")
        out.setdefault(city.geonameid, []).append(name)
    return out


@budget.table()
def neighbour_territories() -> Mapping[str, tuple[str, ...]]:
    """(places57) State -> the territories whose towns a sentence naming that state places (places.yaml
    `neighbour_territories`: Israel and the Palestinian territories, Serbia and Kosovo, each way), read-only."""
    table = parse("places.yaml", "PlacesFile").neighbour_territories
    return MappingProxyType({code: tuple(others) for code, others in table.items()})


@budget.table()
def not_cities_ko() -> frozenset[str]:
    """Hangul city names that Korean writes as ordinary words (places.yaml `not_cities_ko`: '연대', '다만'): a
    word before an agent noun ('연대 학생들', '다만 당국은') is no city's; the city keeps its other names.
    Why a table (speed54, issue 20): `heard_cities.heard_town` asks it of each Hangul word it hears as a town,
    and each call read places.yaml, hashed it and unpickled the whole validated file for a list searched once
    (282 calls over dev and dev2 after the warm-up, 0.34 s of a 14 s profile)."""
    return frozenset(parse("places.yaml", "PlacesFile").not_cities_ko)


def outranked_cities(index: dict[str, GeoEntry]) -> list[str]:
    """The keys (the name and its Hangul forms) of cities that a first-level region of another state shares
    a name with and outranks: 'Ontario' (a Californian city of 171,000) is read as Canada's province, 'Parana'
    as Brazil's state, while 'Santiago', 'Manchester' and 'Granada' stay cities. GeoNames gives no region's
    population, so a region is estimated as its state's people over the state's listed regions, and it wins
    when that is REGION_OVER_CITY times the city's population. The name then resolves as the region
    (subdivision_index) wherever a place stands for its state; a meeting 'in Ontario' gets no city."""
    names = parse("subdivisions_world.yaml", "SubdivisionsFile").names
    regions: dict[str, int] = {}
    for code in names.values():
        regions[code] = regions.get(code, 0) + 1
    people = {c["iso3"]: c["population"] for c in geonames_countries().values()}
    out = []
    for name, code in names.items():
        city = index.get(name)
        if city is None or city.country == code or city.population <= 0:
            continue
        if people.get(code, 0) / regions[code] >= REGION_OVER_CITY * city.population:
            out += [key for key in dict.fromkeys((name, *city.names)) if index.get(key) is city]
    return out


SPACED_SUFFIX = " 시"  # (places53) the administrative suffix GeoNames writes apart after many foreign cities' Hangul names
MIN_SPACED_SYLLABLES = 3  # a name left by it this long ('오사카', '칭다오'): two syllables are a Korean word first ('지난
# 시', Jinan: 지난 'last'; '선전 시', Shenzhen: propaganda)


def spaced_suffix_keys(hangul: tuple[str, ...], population: int) -> list[str]:
    """(places53) The Hangul names GeoNames writes with the suffix apart ('오사카 시', '칭다오 시', '충칭 시') as Korean news
    writes them, without it ('오사카에서'): only for cities of MIN_POPULATION_EN or more (a smaller town's name is a
    person's or a firm's first: '오바마', Obama in Fukui), of MIN_SPACED_SYLLABLES or more, and no country form ('멕시코
    시' is Mexico City's, '멕시코' the state). Why: CLDR names a few dozen cities, GeoNames' joined forms ('김해시') were
    read, and 224 large cities of China and Japan had only this spelling; on KLUE-NER's dev split it finds 8 more
    location mentions and 4 words of other tags (a firm, a person), against 200 two-syllable names that would find
    hundreds of Korean words."""
    if population < MIN_POPULATION_EN:
        return []
    return [key for a in hangul if a.endswith(SPACED_SUFFIX)
            and len(key := a[:-len(SPACED_SUFFIX)]) >= MIN_SPACED_SYLLABLES and key not in country_index()]


@budget.table()
@disk_cached("state-short-cities")
def state_short_cities() -> dict[str, GeoEntry]:
    """(places54) '<state code> <two-syllable Hangul name>' -> the largest city of that state GeoNames names so with
    its suffix apart ('CHN 우한': Wuhan, from '우한 시'), of MIN_POPULATION_EN or more: the names `spaced_suffix_keys`
    leaves out of the city index because two syllables alone are a Korean word first ('지난', '선전'). Why keyed by
    state: read only where the sentence names the state right before the word ('중국 우한에서',
    lang/ko/heard_cities), which a Korean word after a state's name ('중국 지난 3일') is rarely, and kiwi must not read
    the word as its own (`korean_word`)."""
    to3 = iso2_to_iso3()
    out: dict[str, GeoEntry] = {}
    for city in geonames_cities().values():
        country = to3.get(city.countrycode)
        if not country or city.population < MIN_POPULATION_EN:
            continue
        for a in (a for a in city.alternatenames if HANGUL_RE.search(a)):
            key = a[:-len(SPACED_SUFFIX)] if a.endswith(SPACED_SUFFIX) else ""
            if len(key) != MIN_SPACED_SYLLABLES - 1 or key in country_index():
                continue
            old = out.get(f"{country} {key}")
            if old is None or old.population < city.population:
                out[f"{country} {key}"] = GeoEntry(city.name, country, city.latitude, city.longitude, "city",
                                                   city.population, (city.name, key))
    return out


LOCAL_KINDS = ("city", "region")  # (places53) entries of the city index: a town, or a region or territory that
# places.yaml names ('Gaza Strip'); read where a town is read, placed at their own precision
CITY_SUFFIXES = ("시",)  # the Hangul administrative suffix GeoNames keeps ('김해시', '원주시') and the news drops


def lookup_city(name: str) -> GeoEntry | None:
    """The city index's entry of the name, its apostrophe read in either form or
    none (places56: "Xi'an" is Xi’an, "Sana'a" Sanaa)."""
    index = city_index()
    found = index.get(name)
    for form in apostrophe_forms(name) if found is None else ():
        found = found or index.get(form)
    return found
