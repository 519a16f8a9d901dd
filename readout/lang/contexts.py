"""PLOVER contexts named by words (data/contexts.yaml lists each context's words in every language)."""
from __future__ import annotations

import functools
import re

from readout.cache import compile_patterns
from readout.kb.loader import cached_yaml
from readout.patterns import alternation


@functools.lru_cache(maxsize=1)
def context_patterns() -> dict[str, re.Pattern]:
    """Each context with one pattern for its words in all languages (found anywhere in the text). The
    file and the compiled patterns come from the start-up cache (no YAML parser in a warm process)."""
    table = cached_yaml("contexts.yaml")["contexts"]
    sources = {name: alternation([w for words in by_lang.values() for w in words]) for name, by_lang in table.items()}
    return dict(zip(sources, compile_patterns(list(sources.values()))))


def contexts_in(text: str) -> list[str]:
    return [name for name, words in context_patterns().items() if words.search(text)]
