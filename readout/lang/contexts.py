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


@functools.lru_cache(maxsize=1)
def spanning_reach() -> dict[str, int]:
    """The contexts with a word of several words ('weapons of mass destruction'), each with its longest such
    word's length: only those words can match across the space that joins two texts."""
    table = cached_yaml("contexts.yaml")["contexts"]
    reach = {name: max((len(w) for words in by_lang.values() for w in words if " " in w), default=0)
             for name, by_lang in table.items()}
    return {name: n for name, n in reach.items() if n}


def contexts_in(text: str) -> list[str]:
    return [name for name, words in context_patterns().items() if words.search(text)]


def contexts_in_joined(texts: list[str], found: list[frozenset[str]]) -> list[str]:
    """`contexts_in(" ".join(texts))`, read from each text's own contexts (`found`, one set per text, read
    once per sentence however many windows hold it) and around the joins. Why exact: the patterns are
    alternations of literal words, so a match in the joined text lies inside one text or holds a joining
    space; only a word with a space can, and it lies within its length of that space."""
    hit = set().union(*found) if found else set()
    patterns = context_patterns()
    missing = [(name, reach) for name, reach in spanning_reach().items() if name not in hit]
    if missing and len(texts) > 1:
        joined = " ".join(texts)
        joins, pos = [], -1
        for text in texts[:-1]:
            pos += len(text) + 1
            joins.append(pos)
        for name, reach in missing:
            if any(patterns[name].search(joined[max(0, j - reach + 1):j + reach]) for j in joins):
                hit.add(name)
    return [name for name in patterns if name in hit]
