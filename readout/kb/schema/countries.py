"""Schemas of countries.yaml (readout's own: the forms, guards and word lists each language's country reader
uses) and countries_world.yaml (generated). Why apart: the countries file is the largest hand-written schema, one
field per class of reading; its entries are the codes every other file is checked against.
"""
from __future__ import annotations

from datetime import date

from pydantic import Field

from readout.kb.entries import CountryForms
from readout.kb.schema.common import Code, Strict

class CountryEntry(Strict, CountryForms):
    """One country, territory or international body: the forms each language's news uses for it."""

    code: Code
    iso2: str | None = None
    kind: str = Field(default="state", pattern=r"^(state|territory)$")
    name: str | None = None  # English display name (CLDR), world file only
    ko: list[str] = []
    en: list[str] = []
    adjectives_en: list[str] = []
    variants_en: list[str] = []  # other spellings (Phoenix): found in text, never shown or used as a name
    metonyms_en: list[str] = []  # capitals and seats standing for the government ("Pyongyang said")
    metonyms_ko: list[str] = []  # the same in Korean ("워싱턴은"), acting side only


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
    # (kofix47) a state NAME that is also a deed noun (인도, handing over): the verb stems that take the deed as their
    # object ('인도를 마쳤다', '인도를 요청했다'); lang/ko/deed_named_states.py reads the form as the deed there
    deed_verbs: list[str] = []
    # (kofix48) the nouns of the deed's own procedure or instrument it stands bare before ('인도 절차', '인도 협정'): the
    # deed there, never the state (lang/ko/deed_named_states.py)
    deed_frames: list[str] = []
    # (enfix47) a guarded state NAME whose other readings are no place (a given name): after a locative ('in northern
    # Chad', lexicon located_in_before_re) it is the state's land in any clause; see countries.yaml
    placed: bool = False


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
    agent_nouns_en: list[str] = []  # 'the government of Iraq': a body or office that the country after 'of' owns
    speaker_nouns_en: list[str] = []  # people who speak for a body or serve its head: 'a spokesman for the X ministry'
    head_nouns_en: list[str] = []  # 'the head of Iran's judiciary': before 'of' only
    leader_nouns_en: list[str] = []  # actors57: 'a leader of the X opposition' leads the body: its sector
    diplomat_nouns_en: list[str] = []  # a state's post at a body: "China's U.N. ambassador" is China, not the UN
    diplomat_modifiers_en: list[str] = []  # words between the state and the post ('permanent', 'deputy')
    diplomat_nouns_ko: list[str] = []  # the same in Korean: '중국의 유엔 대사', '유엔 주재 러시아 대사'
    body_heads_ko: dict[str, str] = {}  # a body's head noun ending a word after a country word -> sector ('헌법재판소')
    diplomat_seat_ko: list[str] = []  # '주재', '주': the word that seats the diplomat at the body
    igo_heads_en: list[str] = []  # a body's head noun ('Organization', 'Union') ...
    igo_markers_en: dict[str, str] = {}  # ... with a word of more than one state in its name -> UNO / EUR / IGO
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
    surname_first_states: list[Code] = []
    countries: list[CountryEntry]


class CountriesWorldFile(Strict):
    """countries_world.yaml, generated by scripts/data/build_countries.py (CLDR, GeoNames, Phoenix)."""

    version: int
    updated: date
    countries: list[CountryEntry]
