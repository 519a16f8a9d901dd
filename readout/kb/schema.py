"""Schemas of the data files: what `load_*` checks before anything uses the data.

Why: petrarch2 keeps its dictionaries apart from code but never validates them, so a typo in a
code silently drops actors. Here a wrong date, an unknown office or country code, a duplicate id or
alias, overlapping tenures, or a regex that does not compile stops loading with the file and entry
named (`readout kb check` runs the same checks).
"""
from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator

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


class OrganizationEntry(Strict):
    id: str = Field(pattern=r"^org_[a-z0-9-]+$")
    country: str
    sector: str
    ko: list[str] = []
    en: list[str] = []


class OrganizationsFile(Strict):
    version: int
    updated: date
    organizations: list[OrganizationEntry]


class OfficeEntry(Strict):
    id: str = Field(pattern=r"^[a-z_]+$")
    name: str
    sector: str
    country: str | None = None
    role: str | None = None
    generic: bool = False
    equivalent: str | None = None  # the general office this one counts as: secretary_of_state -> foreign_minister
    ko: list[str] = []
    en: list[str] = []


class OfficesFile(Strict):
    version: int
    updated: date
    offices: list[OfficeEntry]


class Tenure(Strict):
    office: str
    from_: date = Field(alias="from")
    to: date | None = None
    country: str | None = None  # the state or body the office serves when not the person's own country

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
    origin: str = Field(pattern=r"^(ko|ko-us|ja|zh|vi|western)$")
    country: str
    source: str = Field(min_length=1)  # the office list the entry was taken from: every fact has a provenance
    note: str | None = None  # approximate dates, acting periods, anything a reader should know
    offices: list[Tenure] = []

    def countries(self) -> set[str]:
        """Every state or body this person has acted for (an EU president who led a national government)."""
        return {self.country} | {t.country for t in self.offices if t.country}

    def tenure_country(self, t: Tenure) -> str:
        return t.country or self.country

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
