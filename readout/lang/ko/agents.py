"""Korean agent nouns after a country word ("미얀마 반군은", "토고 정부 관계자는", "러시아군"), looked up in
the one agent table (kb/agents.py), where Korean office titles join them with their office's sector."""
from __future__ import annotations

import functools

from readout.kb.agents import phrases

MAX_WORDS = 4  # the longest agent phrase looked up after a country word


def sector_of(phrase: str) -> str | None:
    """The sector of an agent phrase, also one joined to a country name in one word (러시아'군', 중국'측')."""
    return phrases("ko").get(phrase)


def agent_words(nouns: list[str]) -> tuple[int, str] | None:
    """(number of words, sector) of the longest agent phrase at the start of `nouns` (each a word's noun:
    ['정부', '관계자'] -> (2, GOV)); None when the first word starts none."""
    table = phrases("ko")
    for n in range(min(len(nouns), MAX_WORDS), 0, -1):
        phrase = " ".join(nouns[:n])
        if phrase in table:
            return n, table[phrase]
    return None


@functools.lru_cache(maxsize=1)
def agent_word_set() -> frozenset[str]:
    """Every word of an agent phrase ('고위', '관리', '반군'): a noun phrase of a country word and these
    words names the country's agent, and its particle is the country's."""
    return frozenset(w for phrase in phrases("ko") for w in phrase.split())


def is_agent_word(noun: str) -> bool:
    return noun in agent_word_set()
