"""Regular expressions that stay fast on long word lists, case-insensitive English and rare words.

`alternation`: one pattern for a long list of words, built as a trie. Why: Python's `re` tries the
branches of `a|b|c|...` one by one at every position, so a pattern made of 300 country names or 100
titles costs 300 comparisons per character of text. The same words as a trie (`Korea(?:n)?|Kyiv`)
share their prefixes, so a position that starts no word fails at its first character. Matches are
the same as the longest-first alternation: at each node the longer continuation is tried first, and
a shorter word is what backtracking falls back to.

`folded`: a `(?i)` pattern rewritten to run on lower-cased text. Why: with IGNORECASE, `re` compares
every character case-insensitively and cannot skip ahead to a literal prefix; matching the lower-cased
sentence with a lower-case pattern finds the same spans about twice as fast.

"""
from __future__ import annotations

import re
from typing import Iterable

Trie = dict[str, "Trie"]
END = ""  # marks that a word ends at this node


def first_chars(words: Iterable[str], also: str = "") -> str:
    """A lookahead for the characters `words` can open with (plus the class items `also`: spaces, digits).
    Why: `re` skips ahead to a pattern's literal first character, but not past optional groups or a
    lookbehind; this lookahead turns every other position away before the rest of the pattern runs."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + also + "])"


def alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern matching any of `words` (which are literal text, not regexes). A long
    list's pattern comes from the start-up cache, stored under the hash of the words themselves."""
    unique = sorted({w for w in words if w})
    if len(unique) < LONG_LIST:
        return _alternation(unique)
    import json

    from readout.cache import cached_text

    return cached_text(json.dumps(unique, ensure_ascii=False), lambda: _alternation(unique))


LONG_LIST = 500  # words: shorter lists build their trie in a few milliseconds


def _alternation(words: list[str]) -> str:
    trie: Trie = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[END] = {}
    return "(?:" + (_pattern(trie) or "(?!)") + ")"


def _pattern(node: Trie) -> str:
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch != END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if END in node else body


def folded(pattern: str) -> re.Pattern:
    """Compile a `(?i)` pattern for lower-cased text: its letters lower-cased, escapes (\\b, \\S, \\W)
    and group names left as they are. Match it against `fold(text)`; spans are the same as in `text`."""
    body = pattern.removeprefix("(?i)")
    return re.compile(KEEP_RE.sub(lambda m: m.group(1) or m.group(0).lower(), body))


KEEP_RE = re.compile(r"(\\.|\(\?P[<=][^>)]*[>)]?)|[^\\(]+|\(")  # escapes and (?P<name> stay as written


def compile_case_free(pattern: str) -> tuple[re.Pattern, bool]:
    """The pattern compiled as it should run, and whether it runs on `fold(text)`: folded when it
    starts with `(?i)`, as written otherwise."""
    if pattern.startswith("(?i)"):
        return folded(pattern), True
    return re.compile(pattern), False


def fold(text: str) -> str:
    """The lower-cased text, with the same offsets. The few characters whose lower case is longer
    ('İ') keep their case, so a folded pattern does not match them."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
