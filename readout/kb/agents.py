"""Agent nouns and their PLOVER sectors ("rebels" REB, "riot police" COP, "반군" REB, "경찰" COP): what a
country word followed by an agent noun stands for ("Syrian rebels", "the Afghan police", "미얀마 군부는").

Data: agents_world.yaml (English, generated from the Phoenix agents dictionary by
scripts/data/build_agents.py) with agents.yaml (readout's own: English overrides, Korean) on top. The
finders ask for the longest agent phrase at a position; a country word without one is its government (GOV).
"""
from __future__ import annotations

import functools
import re

from readout.kb.schema import AgentsFile

MAX_WORDS = 4  # the longest agent phrase looked up after a country word ("armed riot police officers")
EN_WORD_RE = re.compile(r"\s*([A-Za-z][A-Za-z\-]*)")


@functools.lru_cache(maxsize=1)
def tables() -> tuple[dict[str, str], dict[str, str]]:
    """(English phrase -> sector, Korean phrase -> sector); our own entries win over the generated ones."""
    from readout.kb.loader import parse

    world = parse("agents_world.yaml", AgentsFile)
    own = parse("agents.yaml", AgentsFile)
    return {**world.agents_en, **own.agents_en}, {**world.agents_ko, **own.agents_ko}


def sector_of(phrase: str, lang: str) -> str | None:
    """The sector of an agent phrase as written ("Rebels", "정부 관계자"), or None."""
    en, ko = tables()
    return (en if lang == "en" else ko).get(" ".join(phrase.lower().split()) if lang == "en" else phrase)


def agent_after_en(text: str, pos: int) -> tuple[int, str] | None:
    """(end, sector) of the longest English agent phrase of up to MAX_WORDS words starting at `pos`
    ("rebels", "riot police", "foreign ministry spokesman"); None when the next word starts none."""
    en, _ko = tables()
    words: list[re.Match] = []
    at = pos
    for _ in range(MAX_WORDS):
        m = EN_WORD_RE.match(text, at)
        if not m:
            break
        words.append(m)
        at = m.end()
    for n in range(len(words), 0, -1):
        phrase = " ".join(w.group(1).lower() for w in words[:n])
        if phrase in en:
            return words[n - 1].end(), en[phrase]
    return None


def agent_words_ko(nouns: list[str]) -> tuple[int, str] | None:
    """(number of words, sector) of the longest Korean agent phrase at the start of `nouns` (each a
    word's noun: ['정부', '관계자'] -> (2, GOV)); None when the first word starts none."""
    _en, ko = tables()
    for n in range(min(len(nouns), MAX_WORDS), 0, -1):
        phrase = " ".join(nouns[:n])
        if phrase in ko:
            return n, ko[phrase]
    return None
