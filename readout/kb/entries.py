"""The data files' entries as plain objects: what the knowledge base holds and the start-up cache keeps.

Why not the pydantic models themselves: importing pydantic and building the schema's model classes
cost about 0.15 s of every process's start-up, and unpickling thousands of model instances runs
pydantic's own `__setstate__` for each. The schema (`kb/schema.py`) validates a data file only when
its text changed (a cache miss) or `readout kb check` runs; what it validated is then copied into these
plain records (`plain`), which need neither pydantic to load nor to use.

A record has the same attribute names as its schema model (and the same methods: each model inherits
its methods from the mixin below that its plain record also has), so the code that reads the data
takes either. `tests/kb/test_entries.py` checks that every model converts and keeps its methods.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

SECTORS = {"GOV", "MIL", "SPY", "LEG", "JUD", "PTY", "COP", "REB", "PRM", "IGO", "JRN", "EDU", "BUS", "ELI",
           "CVL", "LAB", "MED", "REL", "SOC", "OPP", "UAF", "UNK", "AGR", "CRM", "REF", "PRE"}  # PLOVER manual, "Sector Codes"
LEADER_ROLE_RE = re.compile(r"^[A-Z]{3} [A-Z]{3} (?:\d{4}-\d\d-\d\d)?\.\.(?:\d{4}-\d\d-\d\d)?$")


class Plain:
    """A validated entry's fields as attributes; compared by kind and fields like the model it came from.
    Pickled as its `__dict__` (the fastest path of the unpickler: no constructor runs)."""

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.__dict__ == self.__dict__

    __hash__ = None  # type: ignore[assignment] - mutable, like the models

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


class CountryForms:
    """Methods of `CountryEntry` (schema model and plain record alike)."""

    __slots__ = ()

    def forms(self) -> list[str]:
        return [*self.en, *self.adjectives_en, *self.variants_en, *self.metonyms_en, *self.ko, *self.metonyms_ko]


class PortfolioForms:
    """Methods of `Portfolio`: the title forms of a portfolio's minister and vice ministers."""

    __slots__ = ()

    def minister_forms(self) -> tuple[list[str], list[str]]:
        en = [f for a in self.en_adj for f in (f"{a} Minister", f"{a} minister")]
        en += [f"Minister {p} {n}" for n in self.en_noun for p in ("of", "for")]
        if self.en_secretary:
            en += [f"{a} Secretary" for a in self.en_adj] + [f"Secretary of {n}" for n in self.en_noun]
        ko = [f"{m}{t}" for m in self.ko_ministry for t in ("장관", "장", "대신")]
        ko += [f"{s}장관" for s in self.ko_short]  # not 상 or 대신: 문화상 is a prize, 교육 대신 'instead'
        return en, ko

    def vice_forms(self) -> tuple[list[str], list[str]]:
        en = [f"{v} {a} Minister" for a in self.en_adj
              for v in ("Vice", "Deputy", "First Vice", "Second Vice", "First Deputy", "vice", "deputy")]
        en += [f"{v} Minister {p} {n}" for n in self.en_noun for v in ("Vice", "Deputy") for p in ("of", "for")]
        en += [f"State Secretary for {n}" for n in self.en_noun] + [f"{a} State Secretary" for a in self.en_adj]
        if self.en_secretary:
            en += [f"Deputy {a} Secretary" for a in self.en_adj] + [f"Deputy Secretary of {n}" for n in self.en_noun]
        ko = [f"{m}{t}" for m in self.ko_ministry
              for t in ("차관", "제1차관", "1차관", "제2차관", "2차관", "부부장", "부상", "부장관", "부대신")]
        ko += [f"{s}차관" for s in self.ko_short]
        return en, ko


class OfficeEquivalence:
    """Methods of `OfficeEntry`."""

    __slots__ = ()

    @property
    def equivalence(self) -> str:
        """The office id that stands for this office's class across states."""
        return self.equivalent or self.id


class TenureSpan:
    """Methods of `Tenure`."""

    __slots__ = ()

    def covers(self, day: date | None) -> bool:
        if day is None:
            return self.to is None
        return self.from_ <= day and (self.to is None or day <= self.to)


class PersonCountries:
    """Methods of `PersonEntry`."""

    __slots__ = ()

    def countries(self) -> set[str]:
        """Every state or body this person has acted for (an EU president who led a national government)."""
        return {self.country} | {t.country for t in self.offices if t.country}

    def tenure_country(self, t: Any) -> str:
        return t.country or self.country


class LeaderRows:
    """Methods of `LeadersFile`."""

    __slots__ = ()

    def roles_ok(self) -> None:
        for row in self.rows.splitlines():
            for role in row.split("|")[3].split(";"):
                if not LEADER_ROLE_RE.match(role):
                    raise ValueError(f"bad role {role!r} in {row!r}")


class CountryEntry(Plain, CountryForms):
    pass


class Portfolio(Plain, PortfolioForms):
    pass


class OfficeEntry(Plain, OfficeEquivalence):
    pass


class Tenure(Plain, TenureSpan):
    pass


class PersonEntry(Plain, PersonCountries):
    pass


class LeadersFile(Plain, LeaderRows):
    pass


RECORDS: dict[str, type[Plain]] = {cls.__name__: cls for cls in
                                   (CountryEntry, Portfolio, OfficeEntry, Tenure, PersonEntry, LeadersFile)}


def plain(value: Any, records: dict[str, type[Plain]] | None = None, strings: dict[str, str] | None = None) -> Any:
    """A validated model (and the models, lists and dicts inside it) as plain records: the record class
    of the model's name in `records` (default: the knowledge base's, `RECORDS`) when it has methods,
    else `Plain`; fields in the model's order, then any extra fields a model allows (the lexicons'
    free sections).

    Equal strings become one object (`strings`, shared by one conversion). Why: the start-up cache pickles
    these records, and pickle writes an object it has seen once and refers back to it after; the YAML parser
    makes a new string for each of the 54,000 country codes of the towns' table, the sectors and types of the
    act lexicons, so every process unpickled as many strings (the towns' table loads in about 60% of
    the time so). The values are equal either way."""
    records = RECORDS if records is None else records
    strings = {} if strings is None else strings
    if type(value) is str:  # not a subclass (an enum member equal to a string stays itself)
        return strings.setdefault(value, value)
    fields = getattr(type(value), "model_fields", None)
    if fields is not None:
        record = records.get(type(value).__name__, Plain)
        out = record.__new__(record)
        out.__dict__.update({name: plain(getattr(value, name), records, strings) for name in fields})
        out.__dict__.update({k: plain(v, records, strings) for k, v in (value.model_extra or {}).items()})
        return out
    if isinstance(value, list):
        return [plain(v, records, strings) for v in value]
    if isinstance(value, dict):
        return {plain(k, records, strings): plain(v, records, strings) for k, v in value.items()}
    return value
