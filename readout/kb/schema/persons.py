"""Schemas of the people files: persons.yaml (readout's own, with tenures whose dates must not overlap and the
name forms two persons share) and leaders_world.yaml (generated, one line per person). Why together: both say who
held which office when.
"""
from __future__ import annotations

from datetime import date

from pydantic import ConfigDict, Field, field_validator

from readout.kb.entries import LeaderRows, PersonCountries, TenureSpan
from readout.kb.schema.common import Strict

class Tenure(Strict, TenureSpan):
    office: str
    from_: date = Field(alias="from")
    to: date | None = None
    country: str | None = None  # the state or body the office serves when not the person's own country

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class PersonEntry(Strict, PersonCountries):
    id: str = Field(pattern=r"^per_[a-z0-9-]+$")
    name: str
    ko: list[str] = []
    # Hangul forms that are also ordinary words or another person's name ('한정' limit, Han Zheng): they name
    # the person only right before a title ('한정 국가부주석', '한정 중국 부주석'), never as a word of their own
    ko_titled: list[str] = []
    variants: list[str] = []
    origin: str = Field(pattern=r"^(ko|ko-us|ja|zh|vi|western)$")
    country: str
    source: str = Field(min_length=1)  # the office list the entry was taken from: every fact has a provenance
    note: str | None = None  # approximate dates, acting periods, anything a reader should know
    offices: list[Tenure] = []

class SharedForm(Strict):
    """A name form two persons share ('김정관': North Korea's defence minister of 2019-2021 and South Korea's
    industry minister from 2025). Declared, so that a duplicate form is never an accident; the persons'
    tenures must not overlap, so the article's date (with the clause's country and office) tells them apart."""
    form: str
    persons: list[str] = Field(min_length=2)
    why: str


class PersonsFile(Strict):
    version: int
    updated: date
    shared_forms: list[SharedForm] = []
    persons: list[PersonEntry]


class LeadersFile(Strict, LeaderRows):
    """leaders_world.yaml (generated from the Phoenix country dictionary): one line per person,
    'main | other names | surnames | roles'; each role 'CODE SECTOR START..END'. Loading checks the
    fields of every line; `roles_ok` (run by `readout kb check`) checks each role's form."""

    version: int
    rows: str
    curated: str = ""  # full-name keys of our own modern list, one a line: read without a title too

    @field_validator("rows")
    @classmethod
    def _rows(cls, rows: str) -> str:
        for row in rows.splitlines():
            parts = row.split("|")
            if len(parts) != 4 or not parts[0] or not parts[3]:
                raise ValueError(f"a row has main name, names, surnames and roles: {row!r}")
        return rows
