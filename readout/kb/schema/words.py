"""Schemas of the word lists: a language lexicon (free-form sections whose `*_re` values must compile) and the
agent nouns with their PLOVER sectors (agents.yaml, agents_world.yaml). Why together: both are words a language's
readers look up, not entities.
"""
from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, ConfigDict, field_validator

from readout.kb.schema.common import CODE_RE, FrequencyList, Strict, all_of, check_sector

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
    # (enactor48) English agent nouns that are also adjectives of proper names ('a Somali national', but 'the
    # Somali National Army'): an agent only where the text writes them in lower case
    lower_case_only_en: list[str] = []
    # (enactor48) English agent nouns of a people sector that name places or things, not people ('villages',
    # 'airliners'): no people object of an act of force
    not_people_en: list[str] = []
    # English words spelt two ways (American -> British: 'defense' -> 'defence'): each agent phrase holding the
    # first is also read with the second ('the Ethiopian defence forces')
    spelling_variants_en: dict[str, str] = {}
    # (groups54) English words written after the office noun they qualify ('attorney general', 'inspector general'):
    # in a listed phrase the noun before is the head, and the word alone ('general', MIL) names no one there
    postpositive_words_en: list[str] = []
    person_suffixes_ko: list[str] = []
    person_suffix_exceptions_ko: list[str] = []
    # (kocrowd46) Korean military roles written as a stem and 병 (兵, soldier): '보병' infantry, '포병' artillery,
    # '의무병' medics, '저격병' snipers: each stem + 병 is an agent noun of the state's armed forces (MIL); 병 alone is
    # no person suffix ('당뇨병', '물병', '병원' are no soldiers), so only the listed roles are read
    soldier_role_stems_ko: list[str] = []
    # (koforeign70) words before an armed group's noun that side it with its government ('pro-government
    # militias', '친정부 민병대'): the phrase is a paramilitary not in opposition (PLOVER PRM), not rebels
    loyal_qualifiers_en: list[str] = []
    loyal_qualifiers_ko: list[str] = []

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


class CommonSyllablesFile(FrequencyList):
    """common_syllables_ko.yaml (generated by scripts/data/build_common_syllables_ko.py from wordfreq): Hangul syllables
    that are common Korean words of their own, the evidence a lone one-syllable CP949 run is Korean (harden59)."""

    syllables: list[str]

    @field_validator("syllables")
    @classmethod
    def one_hangul_syllable_each(cls, value: list[str]) -> list[str]:
        return all_of(value, lambda s: len(s) == 1 and "\uac00" <= s <= "\ud7a3", "one Hangul syllable")
