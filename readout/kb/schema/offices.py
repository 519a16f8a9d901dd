"""Schemas of offices.yaml: the portfolios expanded into minister and vice-minister offices, and the offices
with their title forms. Why apart: the file's validators build offices (`OfficesFile._expand`), not only check them.
"""
from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from readout.kb.entries import OfficeEquivalence, PortfolioForms
from readout.kb.schema.common import Sector, Strict

class Portfolio(Strict, PortfolioForms):
    """One government portfolio; the office file expands it into `{id}_minister` and
    `vice_{id}_minister` with every title form below. Why: "X Minister", "Minister of X", "X부 장관",
    "X부 제1차관" are the same few patterns for every portfolio; written out by hand they drift."""

    id: str = Field(pattern=r"^[a-z_]+$")
    name: str  # "Foreign Affairs"
    sector: Sector
    en_adj: list[str]  # "Foreign": Foreign Minister, Vice Foreign Minister, Foreign Ministry
    en_noun: list[str] = []  # "Foreign Affairs": Minister of Foreign Affairs, Ministry of Foreign Affairs
    en_secretary: bool = False  # "Foreign Secretary", "Secretary of Energy" (UK and US usage)
    ko_ministry: list[str] = []  # 외교부, 외무성: 외교부 장관, 외교부 제1차관, 외무성 부상
    ko_short: list[str] = []  # 외교, 외무: 외교장관, 외무상, 외교차관


class OfficeEntry(Strict, OfficeEquivalence):
    """An office with its title forms. `equivalent` names the office it equals in another state
    (secretary_of_state -> foreign_minister), so a resolver or a merge can treat both as one;
    `country` is set where the title itself names the state (국무장관 is always the US Secretary of
    State); `generic` titles (장관, minister) need an organization or country to say which office."""

    id: str = Field(pattern=r"^[a-z_]+$")
    name: str
    sector: Sector
    country: str | None = None
    role: str | None = None
    generic: bool = False
    equivalent: str | None = None  # the general office this one counts as: secretary_of_state -> foreign_minister
    portfolio: str | None = None  # set on the offices expanded from a portfolio
    # the body this office heads, as the state's own news names it ('해양경찰청'): a title of it written alone, no state
    # and no name before it ('해양경찰청장은'), is that state's office holder (lang/ko/mentions.py `home_agency`)
    agency: str | None = None
    ko: list[str] = []
    en: list[str] = []

    @model_validator(mode="after")
    def _agency(self) -> "OfficeEntry":
        if self.agency is not None and self.country is None:
            raise ValueError(f"{self.id}: an agency's head needs the agency's state (country)")
        return self


class OfficesFile(Strict):
    version: int
    updated: date
    portfolios: list[Portfolio] = []
    offices: list[OfficeEntry]
    heads: list[str] = []  # offices of heads of state and government: their holders' bare surnames name them
    envoys: list[str] = []  # (refs39) offices of envoys: a bare envoy noun ('the envoy') names the one named last

    @model_validator(mode="after")
    def _heads(self) -> "OfficesFile":
        ids = {o.id for o in self.offices}
        unknown = [h for h in (*self.heads, *self.envoys) if h not in ids]
        if unknown:
            raise ValueError(f"heads, envoys: unknown office {unknown[0]!r}")
        return self

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
