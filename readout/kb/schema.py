"""Schemas of the data files: what `load_*` checks before anything uses the data.

Why: petrarch2 keeps its dictionaries apart from code but never validates them, so a typo in a
code silently drops actors. Here a wrong date, an unknown office or country code, a duplicate id or
alias, overlapping tenures, or a regex that does not compile stops loading with the file and entry
named (`readout kb check` runs the same checks).
"""
from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

CODE_RE = re.compile(r"^[A-Z]{3}$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CountryEntry(Strict):
    code: str
    ko: list[str] = []
    en: list[str] = []
    adjectives_en: list[str] = []
    metonyms_en: list[str] = []

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not CODE_RE.match(v):
            raise ValueError(f"country code {v!r} is not three upper-case letters")
        return v


class CountriesFile(Strict):
    version: int
    updated: date
    abbreviations_ko: dict[str, str]
    leader_office: dict[str, str]
    hanja_ko: dict[str, str]
    countries: list[CountryEntry]


SECTORS = {"GOV", "MIL", "SPY", "LEG", "JUD", "PTY", "COP", "REB", "PRM", "IGO", "JRN", "EDU", "BUS", "ELI",
           "CVL", "LAB", "MED", "REL", "SOC", "OPP", "UAF", "UNK"}  # PLOVER manual, "Sector Codes"


def check_sector(v: str) -> str:
    if v not in SECTORS:
        raise ValueError(f"sector {v!r} is not a PLOVER sector code")
    return v


class OrganizationEntry(Strict):
    """A named body: a ministry, agency, party, news agency, international body or armed group.
    `country` is the state it belongs to (UNO, EUR, IGO for international bodies); null only for
    armed groups that belong to no one state (al-Qaeda)."""

    id: str = Field(pattern=r"^org_[a-z0-9-]+$")
    country: str | None
    sector: str
    portfolio: str | None = None  # the state's ministry of this portfolio ("Japan's Defense Ministry")
    ko: list[str] = []
    en: list[str] = []

    @field_validator("sector")
    @classmethod
    def _sector(cls, v: str) -> str:
        return check_sector(v)


class OrganizationsFile(Strict):
    version: int
    updated: date
    head_nouns_en: list[str] = []  # words that make a capitalized phrase a body, never a person's name
    organizations: list[OrganizationEntry]


class Portfolio(Strict):
    """One government portfolio; the office file expands it into `{id}_minister` and
    `vice_{id}_minister` with every title form below. Why: "X Minister", "Minister of X", "X부 장관",
    "X부 제1차관" are the same few patterns for every portfolio; written out by hand they drift."""

    id: str = Field(pattern=r"^[a-z_]+$")
    name: str  # "Foreign Affairs"
    sector: str
    en_adj: list[str]  # "Foreign": Foreign Minister, Vice Foreign Minister, Foreign Ministry
    en_noun: list[str] = []  # "Foreign Affairs": Minister of Foreign Affairs, Ministry of Foreign Affairs
    en_secretary: bool = False  # "Foreign Secretary", "Secretary of Energy" (UK and US usage)
    ko_ministry: list[str] = []  # 외교부, 외무성: 외교부 장관, 외교부 제1차관, 외무성 부상
    ko_short: list[str] = []  # 외교, 외무: 외교장관, 외무상, 외교차관

    @field_validator("sector")
    @classmethod
    def _sector(cls, v: str) -> str:
        return check_sector(v)

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
              for t in ("차관", "제1차관", "1차관", "제2차관", "2차관", "부부장", "부상", "부장관")]
        ko += [f"{s}차관" for s in self.ko_short]
        return en, ko


class OfficeEntry(Strict):
    """An office with its title forms. `equivalent` names the office it equals in another state
    (secretary_of_state -> foreign_minister), so a resolver or a merge can treat both as one;
    `country` is set where the title itself names the state (국무장관 is always the US Secretary of
    State); `generic` titles (장관, minister) need an organization or country to say which office."""

    id: str = Field(pattern=r"^[a-z_]+$")
    name: str
    sector: str
    country: str | None = None
    role: str | None = None
    generic: bool = False
    equivalent: str | None = None
    portfolio: str | None = None  # set on the offices expanded from a portfolio
    ko: list[str] = []
    en: list[str] = []

    @field_validator("sector")
    @classmethod
    def _sector(cls, v: str) -> str:
        return check_sector(v)

    @property
    def equivalence(self) -> str:
        """The office id that stands for this office's class across states."""
        return self.equivalent or self.id


class OfficesFile(Strict):
    version: int
    updated: date
    portfolios: list[Portfolio] = []
    offices: list[OfficeEntry]

    @model_validator(mode="after")
    def _expand(self) -> "OfficesFile":
        """Portfolios become offices; a form written out in `offices` wins over a generated one.
        A form two written offices claim, or an `equivalent` naming no office, is an error."""
        owner: dict[tuple[str, str], str] = {}
        for o in self.offices:
            for lang, forms in (("en", o.en), ("ko", o.ko)):
                for f in forms:
                    key = (lang, f.replace(" ", "") if lang == "ko" else f)
                    if owner.get(key, o.id) != o.id:
                        raise ValueError(f"title {f!r} belongs to both {owner[key]} and {o.id}")
                    owner[key] = o.id
        by_id = {o.id: o for o in self.offices}
        for p in self.portfolios:
            for oid, name, (en, ko) in ((f"{p.id}_minister", f"Minister of {p.name}", p.minister_forms()),
                                        (f"vice_{p.id}_minister", f"Vice Minister of {p.name}", p.vice_forms())):
                office = by_id.get(oid)
                if office is None:
                    office = by_id[oid] = OfficeEntry(id=oid, name=name, sector=p.sector)
                    self.offices.append(office)
                office.portfolio = p.id
                for lang, forms, target in (("en", en, office.en), ("ko", ko, office.ko)):
                    for f in forms:
                        key = (lang, f.replace(" ", "") if lang == "ko" else f)
                        if key not in owner:
                            owner[key] = oid
                            target.append(f)
        for o in self.offices:
            if o.equivalent is not None and o.equivalent not in by_id:
                raise ValueError(f"{o.id}: equivalent office {o.equivalent!r} is not an office")
        return self


class Tenure(Strict):
    office: str
    from_: date = Field(alias="from")
    to: date | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def covers(self, day: date | None) -> bool:
        if day is None:
            return self.to is None
        return self.from_ <= day and (self.to is None or day <= self.to)


class PersonEntry(Strict):
    id: str = Field(pattern=r"^per_[a-z0-9-]+$")
    name: str
    ko: list[str] = []
    variants: list[str] = []
    origin: str = Field(pattern=r"^(ko|ko-us|ja|zh|western)$")
    country: str
    offices: list[Tenure] = []


class PersonsFile(Strict):
    version: int
    updated: date
    persons: list[PersonEntry]


class PlaceEntry(Strict):
    name: str
    country: str
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    ko: list[str] = []
    en: list[str] = []


class PlacesFile(Strict):
    version: int
    updated: date
    places: list[PlaceEntry]


class LexiconFile(BaseModel):
    """A language lexicon: free-form sections, but every `*_re` value must compile."""

    model_config = ConfigDict(extra="allow")
    version: int
    updated: date

    def check_patterns(self) -> None:
        for key, value in self.model_extra.items():
            if key.endswith("_re"):
                for pattern in value if isinstance(value, list) else [value]:
                    re.compile(pattern)
