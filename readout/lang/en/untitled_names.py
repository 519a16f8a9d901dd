"""English full names read without a title (from mentions.py, debt46): our own modern leaders' list and the Latin
names of persons.yaml, looked up by key or transliteration skeleton on each run of capitalized words
(`curated_mentions`), no pattern per name."""
from __future__ import annotations

import functools
import re

from readout import budget
from readout.kb.leaders import curated_names, key as leader_key, curated_variant, world_full_name
from readout.kb.loader import kb
from readout.kb.names import NAME_MEMO, compound_surname, skeleton_key, surname_class
from readout.lang.en.mention_patterns import PARTICLE, stop_words
from readout.model import RawMention

CAP = "A-ZÀ-ÖØ-ÞĀ-žḀ-ỿ"  # capitals of the Latin scripts (Extended-A and Additional interleave cases: harmless)
# a run of two or more capitalized words, particles inside ('Lula da Silva', 'Nuri al-Maliki'), accents kept ('Erdoğan'); no
# possessive ending: the look-up of full names of our own leaders' list (`curated_mentions`)
NAME_RUN_RE = re.compile(rf"(?<![\w'’.-])[{CAP}](?:[^\W_]|-(?=[^\W_])|['’](?=[^\W_])(?!s\b))*\.?"
                         rf"(?:\s+(?:{PARTICLE}\s+)?(?:{PARTICLE}(?:\s+|-))?[{CAP}](?:[^\W_]|-(?=[^\W_])|['’](?=[^\W_])(?!s\b))*\.?)+")
RUN_WORD_RE = re.compile(r"\S+")
MAX_NAME_WORDS = 5  # the longest full name the look-up tries ('Luiz Inacio Lula da Silva')


@budget.table()
def full_name_keys() -> frozenset[str]:
    """Keys (accents, case, dots, hyphens folded) of the full names read without a title: our modern
    leaders' list, and the Latin names of persons.yaml with their compound surnames ('López Obrador'), which
    the name trie over the text meets only as the data spells them ('Niinistö' for 'Niinisto')."""
    forms = {f for p in kb().persons.values()
             for f in [p.name, *p.variants, compound_surname(p.name, p.origin) or ""] if f.isascii() or f[:1].isalpha()}
    keys = {k for k in map(leader_key, forms) if " " in k}
    return curated_names() | keys | joined_given_names(keys)


def joined_given_names(keys: set[str]) -> set[str]:
    """'kim jongun' for 'kim jong un', 'moon jaein' for 'moon jae in': a Korean name's two given-name
    syllables written as one word, as much English news writes them (keys of three words whose first word
    is a Korean surname; the resolver reads the joined form by its romanization key already)."""
    surnames = surname_class()
    return {f"{a} {b}{c}" for a, b, c in (k.split() for k in keys if k.count(" ") == 2) if a in surnames}


@budget.table()
def full_name_skeletons() -> frozenset[str]:
    """Transliteration skeletons (kb/names.py skeleton_key) of the Latin names of persons.yaml's people of
    non-East-Asian names, which the resolver matches too: 'Muhammad bin Salman', 'Volodymyr Zelenskiy'."""
    return frozenset(filter(None, (skeleton_key(f) for p in kb().persons.values() if p.origin == "western"
                                   for f in [p.name, *p.variants] if f.isascii() or f[:1].isalpha())))


@functools.lru_cache(maxsize=NAME_MEMO)  # a pure function of the words: every capitalized run of every sentence asks
def known_full_name(surface: str) -> bool:
    """A full name read without a title: by its key, or by its transliteration skeleton (persons.yaml's
    people and our own modern leaders' list). Remembered by surface: `curated_mentions` asks of every run of two to
    five capitalized words ('Foreign Minister', 'South Korea', 'United Nations Security Council'), and news repeats
    those runs sentence after sentence; the answer reads only the data files' tables, so it never changes in a process."""
    return leader_key(surface) in full_name_keys() or skeleton_key(surface) in full_name_skeletons() \
        or curated_variant(surface) is not None or untitled_world_name(surface)


def untitled_world_name(surface: str) -> bool:
    """A full name of the world leaders' table read without a title ('Jacques Chirac said'), when none of its
    words is a title, month, country or body word ('White House', 'Russian President Vladimir Putin' are rows
    of that table too: other readers read those) and it does not open with a Korean surname (persons.yaml
    knows the Koreans news names; the table's North Korean officials share names with many others)."""
    words = surface.split()
    if words[0].lower() in surname_class():
        return False  # a Korean-style name ('Kim Yong-su'): Korean news names many namesakes of the table's people
    return world_full_name(surface) and not any(w in stop_words() for w in words)


def curated_mentions(text: str, out: list[RawMention]) -> list[RawMention]:
    """Untitled full names of our own modern leaders' list ('Imran Khan condemned ...', 'Muhammadu
    Buhari said'): each run of capitalized words is looked up by key (accents, case, dots and hyphens
    folded, kb/leaders.py; or another transliteration of a persons.yaml name), the longest name from each word
    first; no pattern per name. The resolver gives
    the person's country and sector from the same table. Not inside a mention already found."""
    found: list[RawMention] = []
    for run in NAME_RUN_RE.finditer(text):
        words = [(w.start() + run.start(), w.end() + run.start()) for w in RUN_WORD_RE.finditer(run.group(0))]
        i = 0
        while i < len(words) - 1:
            for j in range(min(len(words), i + MAX_NAME_WORDS), i + 1, -1):
                start, end = words[i][0], words[j - 1][1]
                surface = text[start:end]
                surface = surface[:-1] if surface.endswith(".") and len(surface.split()[-1]) > 2 else surface  # 'Higgins.'
                if known_full_name(surface) and not any(o.name_from <= start < o.name_end for o in out):
                    found.append(RawMention(start, start + len(surface), start + len(surface), surface))
                    i = j - 1
                    break
            i += 1
    return found
