"""Load and cross-check the data files into one in-memory `KnowledgeBase`.

Loading is cached per process: the files are read once, validated, and indexed for lookup.
"""
from __future__ import annotations

import copy
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterator

from readout.cache import cached_data, compile_patterns, disk_cached
from readout.errors import DataFileError
from readout.kb import entries
from readout.kb.agency_heads import add_agency_heads
from readout.kb.deputy_heads import add_deputy_heads
from readout.kb.entries import plain
from readout.kb.names import normalize
from readout.patterns import Scanner, case_free_gated, case_free_needs, gated, opens_with_literal, required_literals

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
        from pydantic import ValidationError

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


class Compiled(dict):
    """Values by key, built on first use (`__missing__`): a lookup that hits is the dict's own, in C."""

    def __init__(self, build: Callable[[str], Any]):
        super().__init__()
        self.build = build

    def __missing__(self, key: str) -> Any:
        value = self[key] = self.build(key)
        return value


WORD_MEMO = 50_000  # answers about words `Lexicon.names_whole` and `finds_in_word` keep before they start again


@dataclass
class Lexicon:
    """One language's lexicon with its regular expressions compiled once."""

    lang: str
    raw: dict[str, Any]
    compiled: dict[str, list[re.Pattern]] = field(default_factory=dict)
    case_free: dict[str, Scanner] = field(default_factory=dict)  # for `scan`

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.raw.get(key, default)

    def __post_init__(self) -> None:
        # `re(key)` and `patterns(key)` are asked some two hundred times per document: after the first
        # compile each is one dict lookup in C (`Compiled.__getitem__`), with no Python call of its own
        self.compiled = Compiled(self._compile)
        self.word_answers: dict[tuple[str, str, bool], bool] = {}
        self.first = Compiled(lambda key: self.compiled[key][0])
        self.patterns = self.compiled.__getitem__
        self.re = self.first.__getitem__

    def _compile(self, key: str) -> list[re.Pattern]:
        if not self.compiled:  # the first question compiles every `*_re` pattern from the cached bundle
            self.compile_all()
            if key in self.compiled:
                return self.compiled[key]
        return [gate(re.compile(p), needs) for p, needs in zip(self.sources(key), gate_literals(self.sources(key)))]

    def __getstate__(self) -> dict:
        return {"lang": self.lang, "raw": self.raw}  # the compiled patterns are rebuilt on use

    def __setstate__(self, state: dict) -> None:
        self.lang, self.raw, self.case_free = state["lang"], state["raw"], {}
        self.__post_init__()

    def re(self, key: str) -> re.Pattern:  # replaced per instance by `first.__getitem__` (same answer)
        return self.patterns(key)[0]

    def patterns(self, key: str) -> list[re.Pattern]:  # replaced per instance by `compiled.__getitem__`
        return self.compiled[key]

    def compile_all(self) -> None:
        """Every `*_re` pattern of the lexicon at once, from one cached bundle of compiled programs
        (readout/cache.py `compile_patterns`): a process asks for about sixty of them, and `re` compiles
        in pure Python."""
        keys = [k for k in self.raw if k.endswith("_re")]
        sources = [self.sources(k) for k in keys]
        every = [p for group in sources for p in group]
        compiled = iter(map(gate, compile_patterns(every), gate_literals(every)))
        self.compiled.update({k: [next(compiled) for _ in group] for k, group in zip(keys, sources)})

    def sources(self, key: str) -> list[str]:
        value = self.raw[key]
        return value if isinstance(value, list) else [value]

    def names_whole(self, key: str, word: str) -> bool:
        """Whether pattern `key` matches the whole of `word` (a trigger's or act's own text: 'met', '회담'),
        remembered per word. Why: readers ask it of one trigger for every name of the sentence (twice per name
        and trigger in English `role`), and a long case-free alternation costs about a microsecond per short
        word where the remembered answer is one dict look-up."""
        return self._word_answer(key, word, True)

    def finds_in_word(self, key: str, word: str) -> bool:
        """Whether pattern `key` matches somewhere in `word` (one word of a sentence: '회담한', '만났다'),
        remembered per word: asked of each word by several readers of its sentence, and a search of a
        Hangul word by a long alternation costs a few microseconds."""
        return self._word_answer(key, word, False)

    def _word_answer(self, key: str, word: str, whole: bool) -> bool:
        memo = self.word_answers
        found = memo.get((key, word, whole))
        if found is None:
            if len(memo) >= WORD_MEMO:
                memo.clear()
            pattern = self.re(key)
            found = memo[key, word, whole] = (pattern.fullmatch(word) if whole else pattern.search(word)) is not None
        return found

    def scan(self, key: str, text: str) -> Iterator[re.Match]:
        """Matches of pattern `key` in `text`; a `(?i)` pattern runs folded, on the lower-cased text,
        so take surfaces from `text[m.start():m.end()]`, not from the match. One opening with `\\b` or a
        lookbehind is matched only where its literal words start (patterns.Scanner: the same matches)."""
        if key not in self.case_free:
            self.case_free[key] = Scanner(self.sources(key)[0])
        return self.case_free[key].finditer(text)


def gate_literals(sources: list[str]) -> list[list[str] | None]:
    """For each pattern, the literals one of which every match contains (`patterns.required_literals`), or None
    where a gate saves nothing (none found, or the pattern opens with a literal `re` skips ahead to itself).
    Kept by the start-up cache under the patterns' text and the code (parsing them is pure Python)."""
    def build() -> list[list[str] | None]:
        return [case_free_needs(p.removeprefix(CASE_FREE)) if p.startswith(CASE_FREE)
                else None if opens_with_literal(p) else required_literals(p) for p in sources]

    return cached_data("gate-literals", "\x00".join(sources), build)


CASE_FREE = "(?i)"


def gate(compiled: re.Pattern, needs: list[str] | None):
    """A lexicon pattern behind its gate: `patterns.CaseFreeGated` (its words looked for in the lower-cased text) for
    one opening with `(?i)`, which `re` tries at every position however literal it opens, `patterns.Gated` for the
    others (`gate_literals`)."""
    return (case_free_gated if compiled.pattern.startswith(CASE_FREE) else gated)(compiled, needs)


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


@functools.lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    return load_lexicon(lang)


def check_unique(pairs: list[tuple[str, str]], what: str, file: str) -> None:
    """Fail on a key that two different entries claim."""
    seen: dict[str, str] = {}
    for key, owner in pairs:
        if key in seen and seen[key] != owner:
            raise DataFileError(f"{what} {key!r} belongs to both {seen[key]} and {owner}", doc=file)
        seen[key] = owner


def merge_countries(hand: Any, world: Any) -> Any:
    """The hand file with the generated world entries merged in by code: hand forms first (their first
    Korean form is the display name), then the world file's forms that the hand entry does not have.
    Takes plain records (`kb/entries.py`) or schema models, and returns the same kind."""
    check_unique([(c.code, str(i)) for i, c in enumerate(hand.countries)], "country code", "countries.yaml")
    check_unique([(c.code, str(i)) for i, c in enumerate(world.countries)], "country code", "countries_world.yaml")
    keys = ("ko", "en", "adjectives_en", "variants_en", "metonyms_en", "metonyms_ko")
    by_code = {c.code: copy.deepcopy(c) for c in hand.countries}
    for w in world.countries:
        mine = by_code.get(w.code)
        if mine is None:  # a code only the world file has: its own entry with its forms deduplicated
            mine = by_code[w.code] = copy.copy(w)
            for key in keys:
                setattr(mine, key, [])
        mine.iso2, mine.kind, mine.name = w.iso2, w.kind, w.name
        for key in keys:
            have = getattr(mine, key)
            have.extend(f for f in getattr(w, key) if f not in have)
    add_doctrines(by_code, getattr(hand, "doctrines_en", {}), "adjectives_en")
    add_doctrines(by_code, getattr(hand, "doctrines_ko", {}), "ko")
    add_doctrines(by_code, getattr(hand, "variants_ko", {}), "ko")  # press variants: the same merge
    add_doctrines(by_code, getattr(hand, "capitals_ko", {}), "metonyms_ko")  # capitals: the state's metonyms
    return replaced(hand, countries=list(by_code.values()))


def add_doctrines(by_code: dict[str, Any], doctrines: dict[str, str], key: str) -> None:
    """A movement named after a person or doctrine ('Peronist lawmakers', '차비스타') acts in the one state the
    table gives: its form joins that state's adjectives (English) or names (Korean), last, so the display
    name and the first adjective stay the state's own."""
    for form, code in doctrines.items():
        if code not in by_code:
            raise DataFileError(f"doctrine {form!r}: unknown country code {code}", doc="countries.yaml")
        have = getattr(by_code[code], key)
        if form not in have:
            have.append(form)


def replaced(value: Any, **changes: Any) -> Any:
    """A shallow copy of a plain record or a schema model with `changes` applied."""
    if hasattr(value, "model_copy"):
        return value.model_copy(update=changes)
    out = copy.copy(value)
    out.__dict__.update(changes)
    return out


def check_countries(countries: entries.Plain, known: set[str]) -> None:
    """Every code real (ISO alpha-3 as GeoNames knows it, or UNO/EUR/IGO) and every form held by one code
    only, unless the `ambiguous` list declares it (and then some entry must use it: no stale declarations)."""
    file = "countries.yaml"
    for code in [*(c.code for c in countries.countries), *countries.abbreviations_ko.values(),
                 *countries.hanja_ko.values(), *countries.recipient_prefixes_ko.values(),
                 *(a.code for a in countries.ambiguous), *countries.territories, *countries.leader_office]:
        if code not in known:
            raise DataFileError(f"unknown country code {code}", doc=file)
    declared = {a.form: a.code for a in countries.ambiguous}
    check_unique([(a.form, str(i)) for i, a in enumerate(countries.ambiguous)], "ambiguous form", file)
    check_unique([(f, c.code) for c in countries.countries for f in c.forms() if f not in declared],
                 "country form", file)
    used = {f for c in countries.countries for f in c.forms()}
    for form, code in declared.items():
        if form not in used:
            raise DataFileError(f"ambiguous form {form!r} is used by no entry", doc=file)
        if not any(form in c.forms() and c.code == code for c in countries.countries):
            raise DataFileError(f"ambiguous form {form!r} resolves to {code}, which does not list it", doc=file)


def check_shared_forms(persons: list[entries.PersonEntry], declared: list[Any]) -> set[str]:
    """The normalized forms persons.yaml declares shared, each checked: every person it lists exists and
    uses the form, no other person does, and no two of them hold office on one day (the date must tell
    them apart; the resolver's `choose` filters by country, office and tenure)."""
    users: dict[str, set[str]] = defaultdict(set)
    for p in persons:
        for n in [p.name, *p.ko, *p.ko_titled, *p.variants]:
            users[normalize(n)].add(p.id)
    by_id = {p.id: p for p in persons}
    for d in declared:
        form = normalize(d.form)
        if users.get(form) != set(d.persons):
            raise DataFileError(f"shared form {d.form!r} is used by {sorted(users.get(form, ()))}, "
                                f"declared for {sorted(d.persons)}", doc="persons.yaml")
        tenures = [[(t.from_, t.to or date.max) for t in by_id[pid].offices] for pid in d.persons]
        if any(a[0] <= b[1] and b[0] <= a[1] for i, mine in enumerate(tenures) for theirs in tenures[i + 1:]
               for a in mine for b in theirs):
            raise DataFileError(f"shared form {d.form!r}: the persons' tenures overlap", doc="persons.yaml")
    return {normalize(d.form) for d in declared}


def check_tenures(person: entries.PersonEntry, offices: set[str]) -> None:
    by_office: dict[str, list[entries.Tenure]] = defaultdict(list)
    for t in person.offices:
        if t.office not in offices:
            raise DataFileError(f"{person.id}: unknown office {t.office!r}", doc="persons.yaml")
        if t.to is not None and t.to < t.from_:
            raise DataFileError(f"{person.id}: tenure of {t.office} ends before it starts", doc="persons.yaml")
        by_office[t.office].append(t)
    for office, spans in by_office.items():
        spans.sort(key=lambda t: t.from_)
        for a, b in zip(spans, spans[1:]):
            if a.to is None or b.from_ <= a.to:
                raise DataFileError(f"{person.id}: overlapping tenures of {office}", doc="persons.yaml")


def check_office_holders(persons: list[entries.PersonEntry], offices: dict[str, entries.OfficeEntry]) -> None:
    """Two people of one country cannot hold a single-holder office at the same time."""
    single = {"foreign_minister", "secretary_of_state", "president", "prime_minister",
              "national_security_adviser", "korea_peace_envoy", "defense_minister", "unification_minister",
              "prk_leader", "vice_president", "chancellor", "king", "emperor", "deputy_secretary_of_state",
              "us_special_rep_nk", "nuclear_envoy", "un_secretary_general", "nato_secretary_general",
              "eu_council_president", "eu_commission_president", "eu_high_representative"}
    holders: dict[tuple[str, str], list[tuple[date, date | None, str]]] = defaultdict(list)
    for p in persons:
        for t in p.offices:
            if t.office in single:
                holders[(p.tenure_country(t), t.office)].append((t.from_, t.to, p.id))
    for (country, office), spans in holders.items():
        spans.sort()
        for (f1, t1, p1), (f2, _t2, p2) in zip(spans, spans[1:]):
            if t1 is None or f2 < t1:
                raise DataFileError(f"{p1} and {p2} both hold {office} of {country} on {f2}",
                                    doc="persons.yaml")


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
    from readout.kb.geo import all_country_codes  # CLDR / GeoNames codes

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


@functools.lru_cache(maxsize=1)
@disk_cached("kb")
def kb() -> KnowledgeBase:
    return load_kb()
