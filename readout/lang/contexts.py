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


@functools.lru_cache(maxsize=1)
def spanning_words() -> tuple[dict[str, list[str]], int]:
    """Each context's words that hold a space ('human rights'), and the longest of them: only such a word
    can run across the space that joins two sentences."""
    table = read_yaml("contexts.yaml")["contexts"]
    words = {name: [w for ws in by_lang.values() for w in ws if " " in w] for name, by_lang in table.items()}
    return {name: ws for name, ws in words.items() if ws}, max((len(w) for ws in words.values() for w in ws), default=0)


def contexts_joined(texts: list[str], own: list[frozenset[str]]) -> list[str]:
    """`contexts_in(" ".join(texts))` from each text's own contexts (`own`, read once per sentence by the
    caller: an event's window of sentences overlaps the next event's) and the words that run across a
    join, looked for in the few characters around it. Exact: a word of the joined text lies inside one
    text, or holds a joining space and so lies within its longest word's length of that space."""
    spanning, longest = spanning_words()
    found = set().union(*own)
    joined, at = " ".join(texts), -1
    for text in texts[:-1]:
        at += len(text) + 1  # the joining space
        around = joined[max(0, at - longest + 1):at + longest]
        found.update(name for name, words in spanning.items()
                     if name not in found and any(w in around for w in words))
    return [name for name in context_patterns() if name in found]
