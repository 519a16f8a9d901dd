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

`required_literals`: strings one of which every match of a pattern contains, so a sentence without
any of them is skipped before the pattern runs. It reads the parsed pattern through `re._parser`,
private but stable since Python 3.11; anything it does not understand gives no strings, never wrong ones.
"""
from __future__ import annotations

import re
from re import _constants as sre_constants
from re import _parser as sre_parse
from typing import Iterable

Trie = dict[str, "Trie"]
END = ""  # marks that a word ends at this node


def alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern matching any of `words` (which are literal text, not regexes)."""
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


def required_literals(pattern: str | re.Pattern, min_len: int = 2) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, read off the parsed pattern; None when
    no such set is known (or its shortest string is shorter than `min_len`). Why: a sentence that
    contains none of them cannot match, and `in` finds that faster than the regex engine (the
    prefilter idea of RE2 and Hyperscan). Case-insensitive parts give None: the strings are exact."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    try:
        tree = sre_parse.parse(source)
    except re.error:
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    found = _sequence(list(tree))
    return frozenset(found) if found and min(map(len, found)) >= min_len else None


def _sequence(items: list) -> set[str] | None:
    """Every element of a sequence must match, so the best-known element's strings are required."""
    best: set[str] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        for candidate in ({"".join(run)} if run else None, _node(op, av) if op is not None else None):
            if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
                best = candidate
        run = []
    return best


def _node(op, av) -> set[str] | None:
    c = sre_constants
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, inner = av
        return None if add_flags & re.IGNORECASE else _sequence(list(inner))
    if op is c.BRANCH:
        options = [_sequence(list(alt)) for alt in av[1]]
        return None if any(o is None for o in options) else set().union(*options)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, inner = av
        return _sequence(list(inner)) if low >= 1 else None
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av))
    return None  # classes, anchors, look-arounds, back-references: nothing certain
