"""A word one edit from a country's name or adjective standing for the state in English ("Sveden's foreign
ministry", "Tiawanese officials"): before an agent noun or an acting verb, kept off English words by the spelling
guard (data/spelling_guard_en.yaml).

Why apart from `towns`: this reads spellings against the country names, not place names.
"""
from __future__ import annotations

import functools
import re

from readout import budget
from readout.cache import disk_cached
from readout.lang.en.agents import agent_after
from readout.lang.en.countries import agent_sector
from readout.lang.en.country_forms import GOVERNED_BEFORE_RE, OWNER_GAP_RE, clipped_demonyms, forms_table, \
    is_possessive
from readout.lang.en.country_patterns import guard_verb_re
from readout.lang.en.towns import place_of
from readout.model import CountryMention
from readout.kb.geo import country_index
from readout.kb.leaders import key, name_words
from readout.kb.loader import parse


MISSPELT_RE = re.compile(r"[A-Z](?<![\w'’.-].)[a-z]{5,}(?=['’]s\b|[^\w'’-]|$)")
SPELLING_MIN_LETTERS = 6  # shorter names are a letter away from too many words (Iran/Iraq, Mali/Bali)


@budget.table()
@disk_cached("spelling-index")
def deletion_index() -> dict[str, frozenset[str]]:
    """Each one-word country name or adjective of SPELLING_MIN_LETTERS letters or more (no clipped singular),
    and each form of it with one letter deleted -> the codes (a symmetric-delete index: two words within one
    edit, a transposition included, share a key). Names and adjectives only: a word one edit from another
    language's name of a country (the variants, thousands of them) is far more often a name of its own."""
    index: dict[str, set[str]] = {}
    clipped = clipped_demonyms()  # places59b: 'Aussie' is a word of its own, read in the plural only (country_forms)
    for form, code in country_index().items():
        if len(form) < SPELLING_MIN_LETTERS or not form.isalpha() or not form[:1].isupper() or form in clipped:
            continue
        for k in {form, *(form[:i] + form[i + 1:] for i in range(1, len(form)))}:
            index.setdefault(k, set()).add(code)
    return {k: frozenset(v) for k, v in index.items()}


@budget.table()
def spelling_guard() -> frozenset[str]:
    """English words one edit from a country form ('Liberal' ~ Liberia): data/spelling_guard_en.yaml."""
    return frozenset(parse("spelling_guard_en.yaml", "SpellingGuardFile").words)


@functools.lru_cache(maxsize=4096)
def misspelt_code(word: str) -> str | None:
    """The one state whose name or adjective `word` is one edit away from, keeping its first letter
    ('Sveden', 'Tiawanese', 'Kazakstani'), or None (none, or two: 'Gambia'/'Zambia')."""
    index = deletion_index()
    codes: set[str] = set()
    for k in {word, *(word[:i] + word[i + 1:] for i in range(1, len(word)))}:
        codes |= index.get(k, frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


def acting_verb(text: str, end: int) -> bool:
    """A verb of `guard_verbs_en` right after `end`, other than the auxiliaries and 'said' ('Isreal
    condemned', not 'Greene said', 'Turkye is')."""
    verb = guard_verb_re().match(text, end)
    return bool(verb) and verb.group(0).split()[0] not in ("and", "is", "was", "has", "had", "have", "will",
                                                            "would", "said", "says", "say")


def typo_of(word: str, code: str) -> bool:
    """`word` is a typing slip of a name or adjective of `code`: one letter left out, one added, or two
    neighbours swapped ('Isreal', 'Grecce', 'Cyrpus'). Not a changed letter: 'Greene', 'Kenyon', 'Serbin'
    are surnames one letter from a country, and a surname before a verb is the usual case."""
    for form, owner in country_index().items():
        if owner != code or abs(len(form) - len(word)) > 1 or form[:1] != word[:1]:
            continue
        if len(form) == len(word):
            diff = [i for i, (a, b) in enumerate(zip(form, word)) if a != b]
            if len(diff) == 2 and diff[1] == diff[0] + 1 and form[diff[0]] == word[diff[1]] \
                    and form[diff[1]] == word[diff[0]]:
                return True
        else:
            short, long_ = sorted((form, word), key=len)
            if any(long_[:i] + long_[i + 1:] == short for i in range(len(long_))):
                return True
    return False


def misspelled_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """A capitalized word one edit from a country's name before an agent noun or title ("Sveden's
    foreign ministry", "Tiawanese officials"): a misspelt country, which the agent noun says acts; or a
    typing slip of one before an act verb ("Isreal condemned": typo_of, acting_verb). Not a
    word that is an English word (spelling_guard: 'Liberal officials'), a person's name somewhere
    (kb/leaders.py), a city, a town or a region, and not without the agent noun: "Greene said" is a person."""
    out = []
    for m in MISSPELT_RE.finditer(text):
        word = m.group(0)
        code = misspelt_code(word)  # a few dictionary hits: most words are near no country and end here
        if code is None or word in forms_table()[0]:
            continue
        sector = agent_sector(text, m.end())
        if sector is None and not agent_after(text, (OWNER_GAP_RE.match(text, m.end()) or m).end()) \
                and not (acting_verb(text, m.end()) and typo_of(word, code)):
            continue
        if word in spelling_guard() or key(word) in name_words() or place_of(word) \
                or any(c.start < offset + m.end() and offset + m.start() < c.end for c in found):
            continue
        genitive = is_possessive(text, m.end(), word)
        governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, m.start() - 14):m.start()]))
        out.append(CountryMention(offset + m.start(), offset + m.end(), [code], genitive=genitive,
                                  subject=not genitive and not governed, sector=sector))
    return out
