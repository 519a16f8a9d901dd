"""(debt58, from kb/geo) First-level regions (ISO 3166-2, subdivisions_world.yaml) by name, with the bare cores of
regions split into compass parts and the names news writes without a local type word.
"""
from __future__ import annotations

import re

from readout import budget
from readout.cache import disk_cached
from readout.errors import DataFileError
from readout.kb.countries import country_index
from readout.kb.geonames import all_country_codes
from readout.kb.loader import kb, parse


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


# (places59, issue 14) the ISO 3166-2 types of a state's large first-level regions news names bare: provinces, states,
# governorates and oblasts (iso-codes writes Ukraine's oblasts 'Region', Russia's 'Administrative region'; Ethiopia's
# 'Regional state', Germany's 'Land'); not a municipality, district, parish or commune, of which there are thousands
PROVINCE_TYPES = frozenset({"Province", "State", "Governorate", "Oblast", "Region", "Administrative region",
                            "Regional state", "Land"})


@budget.table()
def province_names() -> frozenset[str]:
    """(places59) The first-level region names whose ISO type is of PROVINCE_TYPES ('Helmand', 'Anbar', 'Kharkiv'; not
    Slovenia's municipality 'Tabor'), from subdivisions_world.yaml `types`. Why: a Korean word struck bare
    ('헬만드를 공습했다') is heard as a region only among these (lang/ko/struck_regions), where hearing it among every
    first-level name heard '다르포르' as a Slovenian municipality."""
    types = parse("subdivisions_world.yaml", "SubdivisionsFile").types
    return frozenset(name for name, kind in types.items() if kind in PROVINCE_TYPES)
