"""PLOVER contexts named by words (data/contexts.yaml lists each context's words in every language)."""
from __future__ import annotations


from readout import budget
from readout.kb.loader import cached_yaml


@budget.table()
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


@budget.table()
def word_contexts() -> dict[str, frozenset[str]]:
    """Each single word of the contexts' lists (case-folded) with the contexts that list it."""
    table: dict[str, set[str]] = {}
    for name, words in context_words().items():
        for word in words:
            if " " not in word:
                table.setdefault(word.casefold(), set()).add(name)
    return {word: frozenset(names) for word, names in table.items()}


def contexts_of_words(words) -> tuple[str, ...]:
    """The PLOVER contexts that list one of `words` as a word of their own (whole words, case-folded): a key of
    what a phrase is about that is the same in every language ('trade' and '무역' are both economic), which an
    accord's matter is compared by across languages (pipeline/act_matter.py, store/merge_accords.py)."""
    table = word_contexts()
    return tuple(sorted({name for word in words for name in table.get(word.casefold(), ())}))
