"""Schemas of the named bodies: organizations (readout's own and the generated world list), the armed groups
and non-governmental organizations of no one state (nonstate_world.yaml), and groupings of states coded as their
members (groupings.yaml). Why together: each names a body that acts for one state, several or none.
"""
from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from readout.kb.schema.common import Sector, Strict

class OrganizationEntry(Strict):
    """A named body: a ministry, agency, party, news agency, international body or armed group.
    `country` is the state it belongs to (UNO, EUR, IGO for international bodies; PLOVER's IMG for an armed
    group of no one state, al-Qaeda, and NGO for a non-governmental organization); null where the text must say."""

    id: str = Field(pattern=r"^org_[a-z0-9-]+$")
    country: str | None
    sector: Sector
    portfolio: str | None = None  # the state's ministry of this portfolio ("Japan's Defense Ministry")
    ko: list[str] = []
    en: list[str] = []
    # (groups55b, issue 14) a name many states' own bodies bear too (a national Red Cross society): a state stated right
    # before the name owns the body (lang/en/org_owners.owned_body), else the entry's own country stands
    shared_name: bool = False
    # (actors59, issue 14) names under which the entry's state is only the fallback ('재무부', 'the Treasury': the US
    # Treasury in Korean and English news, which name another state's with the state): a state the story told as
    # acting just before, through a statement or its named organ's deed, wins (pipeline/act_fallback_bodies)
    fallback_names: list[str] = []

    @model_validator(mode="after")
    def fallback_names_listed(self) -> "OrganizationEntry":
        """A fallback name is one of the entry's own names: the finders read it, and the rule asks it by the text."""
        unlisted = set(self.fallback_names) - set(self.ko) - set(self.en)
        if unlisted:
            raise ValueError(f"{self.id}: fallback names not among its names: {sorted(unlisted)}")
        return self


class OrganizationsFile(Strict):
    version: int
    updated: date
    head_nouns_en: list[str] = []  # words that make a capitalized phrase a body, never a person's name
    not_title_case_en: list[str] = []  # acronyms whose title-case form is a word or a name ('Olaf', 'Zero')
    organizations: list[OrganizationEntry]


class OrganizationsWorldFile(Strict):
    """organizations_world.yaml, generated from the Phoenix dictionaries (scripts/data/build_organizations.py)."""

    version: int
    updated: date
    organizations: list[OrganizationEntry]


class NonstateFile(OrganizationsWorldFile):
    """nonstate_world.yaml, generated from the Phoenix dictionaries (scripts/data/build_nonstate.py): armed
    groups of no one state (IMG) and non-governmental organizations (NGO), with the words of NGO names."""

    ngo_words_en: list[str] = []  # in a name shaped like an international body's: an NGO's ('... of Lawyers')


class GroupingEntry(Strict):
    """A named grouping of states coded as its members (groupings.yaml): 'the E3' acts as GBR, FRA and DEU."""

    id: str = Field(pattern=r"^grp_[a-z0-9_]+$")
    members: list[str] = Field(min_length=2)
    source: str
    en: list[str] = []
    ko: list[str] = []


class GroupingsFile(Strict):
    version: int
    updated: date
    groupings: list[GroupingEntry]
