"""PLOVER contexts named by words (data/contexts.yaml lists each context's words in every language)."""
from __future__ import annotations

import functools
import re

from readout.kb.loader import read_yaml
from readout.patterns import alternation


@functools.lru_cache(maxsize=1)
def context_patterns() -> dict[str, re.Pattern]:
    """Each context with one pattern for its words in all languages (found anywhere in the text)."""
    table = read_yaml("contexts.yaml")["contexts"]
    return {name: re.compile(alternation([w for words in by_lang.values() for w in words]))
            for name, by_lang in table.items()}


def contexts_in(text: str) -> list[str]:
    return [name for name, words in context_patterns().items() if words.search(text)]
