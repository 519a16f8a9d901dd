"""English agent nouns after a country word or as a party ("Syrian rebels", "the Afghan riot police",
"police arrested protesters"), looked up in the one agent table (kb/agents.py)."""
from __future__ import annotations

import functools
import re

from readout.kb.agents import phrases

MAX_WORDS = 4  # the longest agent phrase looked up after a country word ("armed riot police officers")
WORD_RE = re.compile(r"\s*([A-Za-z][A-Za-z\-]*)")


def sector_of(phrase: str) -> str | None:
    """The sector of an agent phrase as written ("Rebels", "riot  police"), or None."""
    return phrases("en").get(" ".join(phrase.lower().split()))


@functools.lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The first word of every agent phrase."""
    return frozenset(phrase.split(" ")[0] for phrase in phrases("en"))


def agent_after(text: str, pos: int) -> tuple[int, str] | None:
    """(end, sector) of the longest agent phrase of up to MAX_WORDS words starting at `pos` ("rebels",
    "riot police", "foreign ministry spokesman"); None when the next word starts none."""
    table = phrases("en")
    first = WORD_RE.match(text, pos)
    if not first or first.group(1).lower() not in first_words():
        return None  # most words after a country word start no agent phrase: no phrase is built
    words: list[re.Match] = []
    at = pos
    for _ in range(MAX_WORDS):
        m = WORD_RE.match(text, at)
        if not m:
            break
        words.append(m)
        at = m.end()
    for n in range(len(words), 0, -1):
        phrase = " ".join(w.group(1).lower() for w in words[:n])
        if phrase in table:
            return words[n - 1].end(), table[phrase]
    return None
