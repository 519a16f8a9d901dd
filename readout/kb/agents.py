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
    """(English phrase -> sector, Korean phrase -> sector); our own entries win over the generated ones.
    Korean office titles (총리, 외무장관, 합참의장) are agent words too, with their office's sector."""
    from readout.kb.loader import parse

    from readout.kb.loader import kb

    world = parse("agents_world.yaml", AgentsFile)
    own = parse("agents.yaml", AgentsFile)
    titles_ko = {t: o.sector for o in kb().offices.values() for t in o.ko if o.role != "excluded"}
    return {**world.agents_en, **own.agents_en}, {**titles_ko, **world.agents_ko, **own.agents_ko}


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


def joined_sector_ko(rest: str) -> str | None:
    """The sector of an agent noun joined to a country name in one word (러시아'군', 중국'측')."""
    return tables()[1].get(rest)


def agent_words_ko(nouns: list[str]) -> tuple[int, str] | None:
    """(number of words, sector) of the longest Korean agent phrase at the start of `nouns` (each a
    word's noun: ['정부', '관계자'] -> (2, GOV)); None when the first word starts none."""
    _en, ko = tables()
    for n in range(min(len(nouns), MAX_WORDS), 0, -1):
        phrase = " ".join(nouns[:n])
        if phrase in ko:
            return n, ko[phrase]
    return None


@functools.lru_cache(maxsize=1)
def agent_words_ko_set() -> frozenset[str]:
    """Every word of a Korean agent phrase ('고위', '관리', '반군'): a noun phrase of a country word and
    these words names the country's agent, and its particle is the country's."""
    return frozenset(w for phrase in tables()[1] for w in phrase.split())


def is_agent_word_ko(noun: str) -> bool:
    return noun in agent_words_ko_set()


def check() -> int:
    """`readout kb check`: both agent files load and validate; the number of phrases."""
    en, ko = tables()
    return len(en) + len(ko)
