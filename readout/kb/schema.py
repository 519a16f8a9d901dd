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

from readout.kb.entries import (  # noqa: F401 - SECTORS is read from here too
    SECTORS, CountryForms, LeaderRows, OfficeEquivalence, PersonCountries, PortfolioForms,
    TenureSpan,
)

CODE_RE = re.compile(r"^[A-Z]{3}$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CountryEntry(Strict, CountryForms):
    """One country, territory or international body: the forms each language's news uses for it."""

    code: str
    iso2: str | None = None
    kind: str = Field(default="state", pattern=r"^(state|territory)$")
    name: str | None = None  # English display name (CLDR), world file only
    ko: list[str] = []
    en: list[str] = []
    adjectives_en: list[str] = []
    variants_en: list[str] = []  # other spellings (Phoenix): found in text, never shown or used as a name
    metonyms_en: list[str] = []  # capitals and seats standing for the government ("Pyongyang said")
    metonyms_ko: list[str] = []  # the same in Korean ("워싱턴은"), acting side only

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not CODE_RE.match(v):
            raise ValueError(f"country code {v!r} is not three upper-case letters")
        return v


class AmbiguousForm(Strict):
    """A form that several entries could claim or that is also a word or a name: `code` is what it
    resolves to; `guard` 'governed' makes it count only as an acting government (see countries.yaml)."""

    form: str
    code: str
    guard: str = Field(default="none", pattern=r"^(none|governed)$")
    why: str
    # a guarded state NAME that a world-news clause also reads when governed ('Russia accused Georgia of ...'):
    # where the sentence names another state and none of `other_context` (the other reading's words, 'governor'
    # for the US state); see countries.yaml
    world: bool = False
    other_context: list[str] = []


class CountriesFile(Strict):
    version: int
    updated: date
    abbreviations_ko: dict[str, str]
    minor_abbreviations_ko: list[str] = []
    ordinary_words_ko: list[str] = []
    compounds_need_head_ko: list[str] = []
    compounds_with_particle_ko: list[str] = []  # need-head runs a case particle licenses (남북은)
    compound_heads_ko: list[str] = []
    single_heads_ko: list[str] = []
    recipient_prefixes_ko: dict[str, str] = {}
    recipient_free_ko: list[str] = []
    recipient_heads_ko: list[str] = []
    metonym_particles_ko: list[str] = []
    demonym_suffixes_ko: list[str] = []  # '한국인': a country name + this suffix names a person of that country
    demonym_exceptions_ko: list[str] = []  # name + suffix forms that are no demonym of today's state
    leader_office: dict[str, str]
    hanja_ko: dict[str, str]
    ambiguous: list[AmbiguousForm] = []
    guard_verbs_en: list[str] = []
    not_before_en: list[str] = []
    not_after_en: list[str] = []
    agent_nouns_en: list[str] = []
    speaker_nouns_en: list[str] = []  # people who speak for a body or serve its head: 'a spokesman for the X ministry'
    head_nouns_en: list[str] = []  # 'the head of Iran's judiciary': before 'of' only
    diplomat_nouns_en: list[str] = []  # a state's post at a body: "China's U.N. ambassador" is China, not the UN
    diplomat_modifiers_en: list[str] = []  # words between the state and the post ('permanent', 'deputy')
    diplomat_nouns_ko: list[str] = []  # the same in Korean: '중국의 유엔 대사', '유엔 주재 러시아 대사'
    body_heads_ko: dict[str, str] = {}  # a body's head noun ending a word after a country word -> sector ('헌법재판소')
    diplomat_seat_ko: list[str] = []  # '주재', '주': the word that seats the diplomat at the body
    igo_heads_en: list[str] = []  # a body's head noun ('Organization', 'Union') ...
    igo_markers_en: dict[str, str] = {}  # ... with a word of more than one state in its name -> UNO / EUR / IGO  # 'the government of Iraq': a body or office that the country after 'of' owns
    territories: list[str] = []
    not_metonyms_en: list[str] = []
    not_forms_en: list[str] = []
    # movements named after a person or doctrine that act in one state ('Peronist', 'Kemalist'): form -> code,
    # merged into that state's adjectives (English) or names (Korean); an ambiguous doctrine is not listed
    doctrines_en: dict[str, str] = {}
    doctrines_ko: dict[str, str] = {}
    # Korean press variants of a state's name ('이디오피아', '에스파냐', '카자흐', '로씨야'): form -> code, merged into
    # that state's Korean names after its own
    variants_ko: dict[str, str] = {}
    # Korean capitals standing for the government ('나이로비는'): form -> code, merged into that state's metonyms_ko
    capitals_ko: dict[str, str] = {}
    # capitals whose Hangul form is an ordinary word ('빈', '방기'): a place only before a locative with the state named
    capitals_word_ko: dict[str, str] = {}
    body_heads_en: list[str] = []  # head nouns of a national body's name ('Council', 'Front'): 'the X Council of Y' is Y's
    subdivision_type_words: list[str] = []  # 'Sheng', 'Province': taken off or allowed after a region's name
    region_compass_words: list[str] = []  # 'North', 'Sud', 'Barat': the parts of a region split by compass
    region_generic_words: list[str] = []  # 'Cape', 'Highlands': a bare part name that names no region
    subdivision_type_words_ko: list[str] = []  # '주', '성': a region's type word written after its Hangul name
    subdivision_heads_ko: list[str] = []  # '주지사', '주총리': a region's office written after its bare Hangul name
    # a region's head title written joined to the region's name ('텍사스주지사', '도쿄도지사'): the region's state acts
    regional_heads_joined_ko: list[str] = []
    # the peninsula's own provinces and metropolitan cities in Hangul, short and full ('경기', '충청남도', '부산'): the
    # state their head ('경기지사', '부산시장') serves; and the heads written joined to those names only
    home_regions_ko: dict[str, str] = {}
    home_region_heads_ko: list[str] = []
    people_markers_en: list[str] = []  # 'ethnic': a demonym after it names a people, not a state ('ethnic Albanians')
    regions_en: list[str] = []  # regions of several states whose name holds a country form ('South American')
    # states whose people's names English news writes surname first ('Kim Dae-jung', 'Nguyen Tan Dung'): a long
    # name of theirs has no short form made of its first and last word (kb/leaders.py short_forms)
    surname_first_states: list[str] = []
    countries: list[CountryEntry]

    @field_validator("surname_first_states")
    @classmethod
    def _surname_first(cls, codes: list[str]) -> list[str]:
        for code in codes:
            if not CODE_RE.match(code):
                raise ValueError(f"{code!r} is not an ISO 3166 alpha-3 code")
        return codes


class CountriesWorldFile(Strict):
    """countries_world.yaml, generated by scripts/data/build_countries.py (CLDR, GeoNames, Phoenix)."""

    version: int
    updated: date
    countries: list[CountryEntry]


def check_sector(v: str) -> str:
    if v not in SECTORS:
        raise ValueError(f"sector {v!r} is not a PLOVER sector code")
    return v


class OrganizationEntry(Strict):
    """A named body: a ministry, agency, party, news agency, international body or armed group.
    `country` is the state it belongs to (UNO, EUR, IGO for international bodies; PLOVER's IMG for an armed
    group of no one state, al-Qaeda, and NGO for a non-governmental organization); null where the text must say."""

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


class Portfolio(Strict, PortfolioForms):
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


class OfficeEntry(Strict, OfficeEquivalence):
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
    equivalent: str | None = None  # the general office this one counts as: secretary_of_state -> foreign_minister
    portfolio: str | None = None  # set on the offices expanded from a portfolio
    # the body this office heads, as the state's own news names it ('해양경찰청'): a title of it written alone, no state
    # and no name before it ('해양경찰청장은'), is that state's office holder (lang/ko/mentions.py `home_agency`)
    agency: str | None = None
    ko: list[str] = []
    en: list[str] = []

    @field_validator("sector")
    @classmethod
    def _sector(cls, v: str) -> str:
        return check_sector(v)

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
    # Hangul names GeoNames gives a city that Korean writes as ordinary words ('연대' Yantai: solidarity, a
    # regiment, a university): never read as the city
    not_cities_ko: list[str] = []


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


class AgentsFile(Strict):
    """agents.yaml (readout's own) and agents_world.yaml (generated from the Phoenix agents dictionary):
    agent nouns ("rebels", "riot police", "반군", "경찰") -> PLOVER sector. Every sector must be a PLOVER
    code and every English phrase lower case (the finder folds the text before looking one up)."""

    version: int
    updated: date | None = None
    agents_en: dict[str, str] = {}
    agents_ko: dict[str, str] = {}
    # nouns for the people who follow a named person ('Haftar's forces', 'Maduro supporters'): a sector, or
    # ARMED (MIL or REB as the person's office says); links between such a noun and the name ('loyal to')
    followers_en: dict[str, str] = {}
    followers_ko: dict[str, str] = {}
    follower_links_en: list[str] = []
    # peoples and regions inside a state ('Tigrayan', 'Kurdish') -> the state of their home region: before an
    # armed agent noun they are an armed group against that state ('Tigrayan forces' ETH REB)
    peoples_en: dict[str, str] = {}
    peoples_ko: dict[str, str] = {}  # the same in Korean ('위구르', '로힝야'), also with 족 or 인 after them
    # peoples of several states ('Kurdish') -> those states: the word alone names none of them
    peoples_shared_en: dict[str, list[str]] = {}
    peoples_shared_ko: dict[str, list[str]] = {}  # the same peoples as Korean news writes them ('쿠르드 반군')
    # sectors whose agents sit at a meeting for their state ('the Ecuadorian parliament met ...'); a population
    # (civilians, refugees, workers, students) is hosted or received, not a party
    meeting_sectors: list[str] = []
    # Korean heads of a city's or region's government and police ('시장', '주지사', '주의회', '경찰'): after a
    # country word, a place's name may stand between ('우크라이나 르비우 시장'), as no other agent lets a name
    local_heads_ko: list[str] = []
    # Korean suffixes that make a noun name people ('유목민', '직원', '운전사', '운동가', '노동자', '상인'): such a
    # noun in the plural after a country word is that country's people; the exceptions are common words that end
    # in the same syllable and name no people ('국가', '회사', '병원', '원인')
    # English words before an agent that make it someone else's than the place's it is in ('foreign officials in
    # Haifa', 'visiting diplomats in Nairobi'): the place only says where they are
    outsider_modifiers_en: list[str] = []
    # English words spelt two ways (American -> British: 'defense' -> 'defence'): each agent phrase holding the
    # first is also read with the second ('the Ethiopian defence forces')
    spelling_variants_en: dict[str, str] = {}
    person_suffixes_ko: list[str] = []
    person_suffix_exceptions_ko: list[str] = []

    @field_validator("meeting_sectors")
    @classmethod
    def _meeting_sectors(cls, sectors: list[str]) -> list[str]:
        for sector in sectors:
            check_sector(sector)
        return sectors

    @field_validator("followers_en", "followers_ko")
    @classmethod
    def _follower_sectors(cls, table: dict[str, str]) -> dict[str, str]:
        for sector in table.values():
            if sector != "ARMED":
                check_sector(sector)
        return table

    @field_validator("peoples_en", "peoples_ko", "peoples_shared_en", "peoples_shared_ko")
    @classmethod
    def _people_codes(cls, table: dict) -> dict:
        for word, codes in table.items():
            bad = [c for c in ([codes] if isinstance(codes, str) else codes) if not CODE_RE.match(c)]
            if bad or not codes:
                raise ValueError(f"{word}: not an alpha-3 code: {bad[:1] or codes}")
        return table

    @field_validator("agents_en", "agents_ko")
    @classmethod
    def _sectors(cls, table: dict[str, str]) -> dict[str, str]:
        for phrase, sector in table.items():
            check_sector(sector)
            if phrase != phrase.lower() or phrase != phrase.strip() or not phrase:
                raise ValueError(f"agent phrase {phrase!r} must be lower case without outer spaces")
        return table


class SubdivisionsFile(Strict):
    """subdivisions_world.yaml (generated from ISO 3166-2): region name -> ISO alpha-3 of its country."""

    version: int
    updated: date
    names: dict[str, str]
    demonyms: dict[str, str] = {}  # region demonym ('Bavarian', 'Crimean') -> the region's state

    @field_validator("names", "demonyms")
    @classmethod
    def _codes(cls, names: dict[str, str]) -> dict[str, str]:
        bad = [f"{n}: {c}" for n, c in names.items() if not CODE_RE.match(c)]
        if bad:
            raise ValueError(f"not an alpha-3 code: {bad[0]}")
        return names


class TownsFile(SubdivisionsFile):
    """towns_world.yaml (generated from GeoNames by scripts/data/build_towns.py): town name -> ISO alpha-3."""


class SpellingGuardFile(Strict):
    """spelling_guard_en.yaml (generated by scripts/data/build_spelling_guard.py): English words one edit
    from a country form, which the misspelt-country reading must leave alone."""

    version: int
    updated: date
    words: list[str]


class VenueEntry(Strict):
    """One named venue outside any city of the gazetteer (a retreat, a country residence): its state and the
    forms each language's news writes it in."""

    name: str
    country: str
    kind: str
    en: list[str]
    ko: list[str] = []

    @field_validator("country")
    @classmethod
    def _code(cls, code: str) -> str:
        if not CODE_RE.match(code):
            raise ValueError(f"not an alpha-3 code: {code}")
        return code

    @field_validator("kind")
    @classmethod
    def _kind(cls, kind: str) -> str:
        if kind not in ("retreat", "residence", "palace", "office"):
            raise ValueError(f"unknown venue kind: {kind}")
        return kind


class VenuesFile(Strict):
    """venues.yaml: named venues where leaders meet that no city index holds (consult11)."""

    version: int
    updated: date
    venues: list[VenueEntry]
