"""The cross-checks of the data files (codes known, keys and forms held by one entry, tenures that do not
overlap) and the merge of the hand and world country files they check.

Why apart from the loader: each check is a rule about the data, read and tested alone (tests/kb); the loader
(`kb/loader.py`) calls them in order once per version of the files.
"""
from __future__ import annotations

import copy
from collections import defaultdict
from datetime import date
from typing import Any

from readout.errors import DataFileError
from readout.kb import entries
from readout.kb.names import normalize


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
