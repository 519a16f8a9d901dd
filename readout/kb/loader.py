"""Load and cross-check the data files into one in-memory `KnowledgeBase`.

Loading is cached per process: the files are read once, validated, and indexed for lookup.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

from readout import budget
from readout.cache import cached_data, disk_cached
from readout.errors import DataFileError
from readout.kb import entries
from readout.kb.agency_heads import add_agency_heads
from readout.kb.data_checks import (check_countries, check_office_holders, check_shared_forms, check_tenures,
                                    check_unique, merge_countries)
from readout.kb.deputy_heads import add_deputy_heads
from readout.kb.entries import plain
from readout.kb.lexicon_patterns import Lexicon
from readout.kb.names import normalize

DATA_PACKAGE = "readout.data"
IGO_CODES = frozenset({"UNO", "EUR", "IGO"})
# PLOVER's codes of the sides that are no state and no body of states: NGO a non-governmental organization
# (a rights, aid or professional body), IMG an armed group of no one state (al-Qaeda).
NONSTATE_CODES = frozenset({"NGO", "IMG"})


DATA_DIR = Path(__file__).resolve().parent.parent / "data"  # the `DATA_PACKAGE` folder: importlib.resources
# (what finds it in a zipped install too) and the tempfile module it imports cost a start-up 10 ms


def read_text(name: str) -> str:
    try:
        return (DATA_DIR / name).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"cannot read data file: {exc}", doc=name) from exc


def load_yaml(name: str, text: str) -> dict[str, Any]:
    """Parse a data file's text with libyaml when PyYAML has it (the country files load 8x faster).
    PyYAML is imported here: a process whose data files are all cached never needs it."""
    # cold start: PyYAML loads only when no cached value serves
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise DataFileError(f"cannot read data file: {exc}", doc=name) from exc


def read_yaml(name: str) -> dict[str, Any]:
    """A data file parsed (what `parse` validates; tests replace it to feed crafted entries)."""
    return load_yaml(name, read_text(name))


def cached_yaml(name: str) -> dict[str, Any]:
    """A data file read without a schema, kept by the start-up cache under the hash of its text."""
    text = read_text(name)
    return cached_data(f"yaml-{name}", text, lambda: load_yaml(name, text))


def parse(name: str, model: str | type, check: Callable[[Any], None] | None = None,
          convert: Callable[[Any], Any] = plain) -> Any:
    """Data file `name` validated by the schema model `model` (a class of `kb/schema.py` or its name) and
    by `check` (given the validated model), as plain records (`convert`, `kb/entries.py`).

    Why cached, and why plain: parsing YAML and validating thousands of entries took most of a process's
    start-up, in every process. The validated value is kept under the hash of the file's text and of the
    code (readout/cache.py `cached_data`), so a file is validated again exactly when it or a validator
    changes, and `readout kb check` (under `revalidating()`) validates every file again. What is kept is
    plain data: a process that finds every file cached never imports pydantic or the schema."""
    text = read_text(name)
    model_name = model if isinstance(model, str) else model.__qualname__

    def build() -> Any:
        # cold start: pydantic and the schema load only when a data file is validated
        from pydantic import ValidationError

        # cold start: pydantic and the schema load only when a data file is validated
        from readout.kb import schema

        try:
            value = getattr(schema, model_name).model_validate(read_yaml(name))  # read again only when not cached
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise DataFileError(f"{where}: {first['msg']}", doc=name,
                                detail={"errors": len(exc.errors())}) from exc
        if check is not None:
            check(value)
        return convert(value)

    label = "-".join(["data", name, f"readout.kb.schema.{model_name}", *([check.__qualname__] if check else [])])
    return cached_data(label, text, build)


def load_lexicon(lang: str) -> Lexicon:
    name = f"lexicon/{lang}.yaml"

    def patterns_compile(model: Any) -> None:
        """Every pattern compiles: checked once per version of the file (`parse` keeps the result)."""
        try:
            model.check_patterns()
        except re.error as exc:
            raise DataFileError(f"a pattern does not compile: {exc}", doc=name) from exc

    raw = parse(name, "LexiconFile", patterns_compile, lambda model: model.model_dump() | model.model_extra)
    return Lexicon(lang, raw)


@budget.table(maxsize=2)  # one per language: a table, bounded (budget53)
@budget.loads  # a language's lexicon, read when its first document needs it (budget.loading)
def lexicon(lang: str) -> Lexicon:
    return load_lexicon(lang)


@dataclass
class KnowledgeBase:
    countries: entries.Plain
    organizations: list[entries.Plain]
    offices: dict[str, entries.OfficeEntry]
    persons: dict[str, entries.PersonEntry]
    places: list[entries.Plain]
    known_codes: set[str]

    def person(self, pid: str) -> entries.PersonEntry | None:
        return self.persons.get(pid)

    def offices_held(self, pid: str, day: date | None) -> list[str]:
        p = self.persons.get(pid)
        return [t.office for t in p.offices if t.covers(day)] if p else []

    def same_office(self, held: str, asked: str) -> bool:
        """`held` answers a question about `asked`: the same office, or a country's own office that
        counts as the general one (the US Secretary of State answers "foreign minister"; not the
        other way: a question about the Secretary of State is not about every foreign minister)."""
        entry = self.offices.get(held)
        return held == asked or (entry is not None and entry.equivalent == asked)

    @functools.cached_property
    def tenures_by_country(self) -> dict[str, list[tuple[entries.PersonEntry, entries.Tenure]]]:
        """Every tenure under the country it was held for: office-by-date questions (asked for every
        '한미 정상' and 'the foreign minister') read one country's tenures, not every person's."""
        out: dict[str, list[tuple[entries.PersonEntry, entries.Tenure]]] = defaultdict(list)
        for p in self.persons.values():
            for t in p.offices:
                out[p.tenure_country(t)].append((p, t))
        return dict(out)

    @functools.cached_property
    def office_states(self) -> dict[str, frozenset[str]]:
        """Each office -> the states and bodies the knowledge base knows it in (over all its tenures)."""
        out: dict[str, set[str]] = defaultdict(set)
        for country, tenures in self.tenures_by_country.items():
            for _p, t in tenures:
                out[t.office].add(country)
        return {office: frozenset(codes) for office, codes in out.items()}

    def sole_holder(self, office: str, day: date | None, country: str | None) -> entries.PersonEntry | None:
        """The one holder of a title named without a name ('the Secretary', '국무위원장'): of the given state,
        or, with none given, only for an office the knowledge base knows in one state or body (the US
        Secretary of State, the UN Secretary-General). A president or a party leader named without a state
        is nobody: the one such holder the base knows on an old day is an artefact of its coverage."""
        if country is None and (len(self.office_states.get(office, ())) > 1
                                or office in self.offices and not self.offices[office].country):
            return None  # an office every state has ('대사', 'the spokesperson'), named alone, is no one in particular
        found = self.holders(office, day, country)
        return found[0] if len(found) == 1 else None

    def holders(self, office: str, day: date | None, country: str | None = None) -> list[entries.PersonEntry]:
        """Who held `office` (of `country`) on `day`: "the foreign minister" in a 2022 article. With a
        country, an equivalent office counts when none holds this one ("미 국방장관" finds a defense minister)."""
        def held(match) -> list[entries.PersonEntry]:
            pool = self.tenures_by_country.get(country, []) if country else \
                [pt for tenures in self.tenures_by_country.values() for pt in tenures]
            return list({p.id: p for p, t in pool if match(t.office) and t.covers(day)}.values())
        found = held(lambda o: self.same_office(o, office))
        if found or country is None or office not in self.offices:
            return found
        same = self.offices[office].equivalence
        return held(lambda o: o in self.offices and self.offices[o].equivalence == same)


def load_kb() -> KnowledgeBase:
    from readout.kb.geonames import all_country_codes  # CLDR / GeoNames codes

    countries = merge_countries(parse("countries.yaml", "CountriesFile"),
                                parse("countries_world.yaml", "CountriesWorldFile"))
    orgs = own_orgs = parse("organizations.yaml", "OrganizationsFile").organizations
    orgs = orgs + parse("institutions_world.yaml", "OrganizationsWorldFile").organizations  # then institutions
    orgs = orgs + parse("organizations_world.yaml", "OrganizationsWorldFile").organizations  # Phoenix last
    orgs = orgs + parse("nonstate_world.yaml", "NonstateFile").organizations  # NGO and IMG sides, after every state's
    offices = parse("offices.yaml", "OfficesFile").offices
    offices = add_agency_heads(offices, orgs)  # 'Mossad chief', '모사드 국장': the agencies' heads (SPY)
    offices = add_deputy_heads(offices, own_orgs)  # '국가정보원 1차장': the deputies of a state's organs
    persons_file = parse("persons.yaml", "PersonsFile")
    persons = persons_file.persons
    places = parse("places.yaml", "PlacesFile").places
    known = all_country_codes() | IGO_CODES | NONSTATE_CODES
    check_countries(countries, known)
    for code in [*(o.country for o in orgs if o.country), *(p.country for p in places),
                 *(o.country for o in offices if o.country), *countries.surname_first_states]:
        if code not in known:
            raise DataFileError(f"unknown country code {code}", doc="data files")
    for p in persons:
        unknown = sorted(p.countries() - known)
        if unknown:
            raise DataFileError(f"{p.id}: unknown country code {unknown[0]}", doc="persons.yaml")
    check_unique([(o.id, str(i)) for i, o in enumerate(orgs)], "organization id", "organizations.yaml")
    check_unique([(o.id, str(i)) for i, o in enumerate(offices)], "office id", "offices.yaml")
    check_unique([(p.id, str(i)) for i, p in enumerate(persons)], "person id", "persons.yaml")
    shared = check_shared_forms(persons, persons_file.shared_forms)
    check_unique([(normalize(n), p.id) for p in persons for n in [p.name, *p.ko, *p.ko_titled, *p.variants]
                  if normalize(n) not in shared], "person name", "persons.yaml")
    office_map = {o.id: o for o in offices}
    for o in offices:
        if o.equivalent and o.equivalent not in office_map:
            raise DataFileError(f"{o.id}: unknown equivalent office {o.equivalent!r}", doc="offices.yaml")
    for p in persons:
        check_tenures(p, set(office_map))
    check_office_holders(persons, office_map)
    return KnowledgeBase(countries, orgs, office_map, {p.id: p for p in persons}, places, known)


@budget.table()
@disk_cached("kb")
def kb() -> KnowledgeBase:
    return load_kb()
