"""The tables the Korean country reader (lang/ko/countries.py) looks words up in, built once a process from
countries.yaml and the Korean lexicon: the one-syllable abbreviations, heads, Hanja and recipient prefixes
(`tables`), the prefixes of multi-word forms (`multiword_tables`, kept by the start-up cache), the first
characters any form starts with, and the lexicon's word lists the readings ask (mission nouns, origin suffixes,
first-person state words). Also the value a reading answers with (`Reading`).

Why a module of its own: building the tables from data is not reading a sentence; the reader's rules (which
one-syllable compounds are licensed, the agent chains, the bodies) stay in countries.py, which re-exports
these names so that `readout.lang.ko.countries.tables` keeps its path.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from readout import budget
from readout.cache import disk_cached
from readout.kb.geo import country_index, metonym_index
from readout.kb.loader import kb, lexicon


@dataclass(frozen=True)
class Reading:
    """What one word names: country codes, and how (kind: name, hanja, compound, single, recipient, metonym)."""

    codes: tuple[str, ...]
    kind: str

    @property
    def recipient(self) -> bool:
        return self.kind == "recipient"


NOTHING = Reading((), "")


@dataclass(frozen=True)
class Tables:
    abbr: dict[str, str]
    minor: frozenset[str]
    ordinary: frozenset[str]
    need_head: frozenset[str]
    with_particle: frozenset[str]
    compound_heads: tuple[str, ...]
    single_heads: tuple[str, ...]
    recipients: dict[str, str]
    recipient_free: frozenset[str]
    recipient_heads: tuple[str, ...]
    hanja: dict[str, str]
    names: dict[str, str]  # Korean country forms (no spaces) -> code
    longest_name: int


@budget.table()
def tables() -> Tables:
    c = kb().countries
    by_length = lambda words: tuple(sorted(set(words), key=len, reverse=True))  # noqa: E731
    # Korean forms, and the Latin abbreviations Korean text writes as they are ('UAE는', 'US 정부'): the forms a
    # `ko` list holds. Not every English form: 'Chad', 'Male' or 'Korea' in Korean text are no country word.
    korean_latin = {f for c in kb().countries.countries for f in c.ko}
    names = {n: code for n, code in country_index().items() if re.search(r"[가-힣]", n) or n in korean_latin}
    return Tables(c.abbreviations_ko, frozenset(c.minor_abbreviations_ko), frozenset(c.ordinary_words_ko),
                  frozenset(c.compounds_need_head_ko), frozenset(c.compounds_with_particle_ko),
                  by_length(c.compound_heads_ko), by_length(c.single_heads_ko),
                  c.recipient_prefixes_ko, frozenset(c.recipient_free_ko), by_length(c.recipient_heads_ko),
                  c.hanja_ko, names, max(map(len, names)))


@budget.table()
def mission_nouns() -> frozenset[str]:
    """The nouns of a state's mission abroad (lexicon ko `post_mission_nouns`): written in one word after the
    sending state's name ('베트남총영사관', '칠레대표부'), the word names that state, as '베트남대사관' does."""
    return frozenset(lexicon("ko").get("post_mission_nouns", ()))


@budget.table()
def state_neutral_compounds() -> frozenset[str]:
    """Compounds of a generic state form with a force head ('정부군'; lexicon ko state_neutral_compounds): they
    name the forces of whichever state the story is about, so the word alone names no country."""
    return frozenset(lexicon("ko").get("state_neutral_compounds", ()))


@budget.table()
def origin_suffixes() -> tuple[str, ...]:
    return tuple(lexicon("ko")["origin_suffixes"])


@budget.table()
@disk_cached("ko-multiword-tables")  # every prefix of 2,300 forms and metonyms per process otherwise
def multiword_tables() -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    """What `multiword_form` looks up, indexed once: every prefix (with its spaces removed) of a form of
    more than one word or a name or metonym (a first word that starts none cannot start a multiword form;
    most words of a sentence are passed over here), the head lengths, longest first, and the heads.
    Why: testing each head with endswith on every word took a tenth of Korean extraction."""
    keys = [k.replace(" ", "") for k in (*country_index(), *metonym_index())]
    prefixes = frozenset(k[:n] for k in keys for n in range(len(k) + 1))
    heads = frozenset(tables().single_heads)
    return prefixes, tuple(sorted({len(h) for h in heads}, reverse=True)), heads


@budget.table()
def first_characters() -> frozenset[str]:
    """Every character a word that `read_word` reads as a country can start with: a name's, a syllable's,
    a Hanja's or a recipient prefix's first one (a word with a separator is asked anyway). Most words of
    a sentence start with none of them and skip the reading."""
    t = tables()
    return frozenset(k[:1] for k in (*t.names, *t.abbr, *t.hanja, *t.recipients))


@budget.table()
def own_state_words() -> dict[str, str]:
    """The first-person words of Korean copy and the state they name (lexicon ko own_state_words: 우리 -> KOR)."""
    return dict(lexicon("ko").get("own_state_words", {}))
