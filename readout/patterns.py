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

from re import _constants as sre, _parser
import json
import re
from typing import Iterable

from readout.cache import cached_text
from readout.cache_patterns import compile_pattern

Trie = dict[str, "Trie"]
END = ""  # marks that a word ends at this node


def first_chars(words: Iterable[str], also: str = "") -> str:
    """A lookahead for the characters `words` can open with (plus the class items `also`: spaces, digits).
    Why: `re` skips ahead to a pattern's literal first character, but not past optional groups or a
    lookbehind; this lookahead turns every other position away before the rest of the pattern runs."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + also + "])"


def alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern matching any of `words` (which are literal text, not regexes). A long
    list's pattern comes from the start-up cache, stored under the hash of the words themselves, when the words are
    a table's (asked for outside a document or inside a load); a document's own words are built and kept nowhere
    (`cache.cached_content`, budget52)."""
    unique = sorted({w for w in words if w})
    if len(unique) < LONG_LIST:
        return trie_alternation(unique)
    return cached_text(json.dumps(unique, ensure_ascii=False), lambda: trie_alternation(unique))


LONG_LIST = 500  # words: shorter lists build their trie in a few milliseconds


def trie_alternation(words: list[str]) -> str:
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


def search_forms(source: str) -> list[str]:
    """Patterns that, searched one after another, find a match in a text exactly when `source` does: for
    questions that only ask whether a line matches (boilerplate lines). Why: `re` skips ahead to a
    pattern's possible first characters only when the pattern opens with a literal, a character class or
    branches that all open with a literal; one anchored branch (`^\\s*▲`), a leading lookahead or a `\\b`
    makes it try every position of the line with every branch. So the branches anchored at the start
    become one pattern tried at the start alone, the others one pattern `re` can skip through, and a
    leading first-character lookahead (`first_chars`) becomes that class followed by a lookbehind that
    runs the rest from it. A pattern with back-references or global flags is kept as it is."""
    if BACKREF_RE.search(source) or GLOBAL_FLAGS_RE.match(source):
        return [source]
    branches = top_level_branches(source)
    if len(branches) == 1:
        return [from_first_char(source)]
    if not all(branches):
        return [source]  # an empty branch matches everywhere
    anchored = [b[1:] for b in branches if b.startswith("^")]
    free = [b for b in branches if not b.startswith("^")]
    out = ["|".join(free)] if free else []
    return out + (["^(?:" + "|".join(anchored) + ")"] if anchored else [])


BACKREF_RE = re.compile(r"\\[1-9]|\(\?P=")  # group numbers change when branches are regrouped
GLOBAL_FLAGS_RE = re.compile(r"\(\?[aiLmsux]+\)")
LEADING_CLASS_RE = re.compile(r"\(\?=(\[(?:\\.|[^\]\\])+\])\)")


def from_first_char(source: str) -> str:
    """`(?=[abc])rest` as `[abc](?<=(?=rest)[\\s\\S])`: the same positions match (a character of the class
    where `rest` matches), and the pattern opens with a class `re` can skip through."""
    m = LEADING_CLASS_RE.match(source)
    if not m:
        return source
    rewritten = m.group(1) + r"(?<=(?=" + source[m.end():] + r")[\s\S])"
    try:
        re.compile(rewritten)
    except re.error:
        return source
    return rewritten


def literal_first(source: str) -> str:
    """`source` (a pattern without global flags or back-references) with each top-level branch that opens with `\\b` and
    a letter opening with the letter instead, the boundary read after it as a look-behind: `\\bwhile\\b` becomes
    `w(?<!\\w.)hile\\b` and `\\b(?:said|told)\\b` the branches `s(?<!\\w.)aid\\b|t(?<!\\w.)old\\b` (a `\\b` before a word
    character holds exactly where no word character stands before it). The same matches at the same places, in the
    same order of branches; why: `re` skips ahead to the characters that can start a match only when every branch
    opens with a literal, and a leading `\\b` makes it try every branch at every position (a clause-boundary pattern
    of sixteen such branches cost 80 microseconds a sentence). Other branches are kept as written; run the result on
    `fold(text)` through `folded` when the pattern is case-free, as its literal letters are then lower-case."""
    if BACKREF_RE.search(source) or GLOBAL_FLAGS_RE.match(source):
        return source
    out: list[str] = []
    for branch in top_level_branches(source):
        group = BOUNDARY_GROUP_RE.fullmatch(branch)
        if group:
            out += [_after_first(word) + group.group(2) for word in group.group(1).split("|")]
        elif BOUNDARY_WORD_RE.match(branch):
            out.append(_after_first(branch[2:]))
        else:
            out.append(branch)
    return "|".join(out)


def _after_first(word: str) -> str:
    return word[0] + r"(?<!\w.)" + word[1:]


BOUNDARY_GROUP_RE = re.compile(r"\\b\(\?:([A-Za-z][A-Za-z ]*(?:\|[A-Za-z][A-Za-z ]*)*)\)(?![?*+{])(.*)", re.S)  # \b(?:said|told)..., not optional
BOUNDARY_WORD_RE = re.compile(r"\\b[A-Za-z](?![?*+{])")  # \bwhile...: a letter no quantifier follows


def top_level_branches(source: str) -> list[str]:
    """The alternatives of `source` outside any group (escapes and character classes read as units)."""
    out, depth, start, i, n = [], 0, 0, 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = i + 1
            j += source[j:j + 1] == "^"
            j += source[j:j + 1] == "]"  # a ']' first in a class is a member
            while j < n and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    return out + [source[start:]]


# --- patterns searched from their literal starts --------------------------------------------------------
MIN_START = 3  # shorter literal starts stand almost everywhere: searching for them saves nothing
MAX_STARTS = 256  # starts kept when alternatives multiply ('(?:a|the) (?:call|calls)')
MAX_CLASS = 4  # a class of at most this many letters ('[Tt]') is read as that many literal starts


def literal_starts(source: str) -> list[str] | None:
    """The literal strings one of which every match of `source` starts with (zero-width assertions before
    them dropped: a necessary condition, not a sufficient one), or None when a match may start otherwise
    or a start is shorter than MIN_START. Read from the parsed pattern, so they follow its source."""

    try:
        parsed = _parser.parse(source)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE or not _opens_with_assertion(list(parsed.data), sre):
        return None  # a pattern opening with a literal, a class or literal branches: `re` skips ahead itself
    starts, _complete = _literal_prefixes(list(parsed.data), sre)
    return sorted(starts) if starts and all(map(rare_start, starts)) else None


def rare_start(start: str) -> bool:
    """Whether a literal start is rare enough to search for: MIN_START letters, or one letter outside ASCII (speed56:
    a Hangul syllable is one of 11,172 and the Korean meeting words' first syllables stand at a few positions of a
    sentence, where a single Latin letter stands at every other one)."""
    return len(start) >= MIN_START or bool(start) and not start[0].isascii()


def _opens_with_assertion(items: list, sre) -> bool:
    """Whether the parsed sequence opens with an assertion (in some branch): what keeps `re` from skipping."""
    if not items:
        return False
    op, av = items[0]
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) or op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0:
        return True  # an optional opening ('(?:the\\s+)?West'): `re` cannot skip past it either
    if op is sre.BRANCH:
        return any(_opens_with_assertion(list(branch), sre) for branch in av[1])
    if op is sre.SUBPATTERN:
        return _opens_with_assertion(list(av[3].data), sre)
    return False


def _literal_prefixes(items: list, sre) -> tuple[set[str], bool]:
    """(the literal prefixes of a parsed sequence, whether they are the whole of what it matches)."""
    out = {""}
    for i, (op, av) in enumerate(items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: dropping it only widens what the prefixes admit
        if op is sre.LITERAL:
            out = {p + chr(av) for p in out}
            continue
        inner = None
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0:
            inner = _optional_prefixes(av, items[i + 1:], sre)
            if inner is None or len(out) * len(inner[0]) > MAX_STARTS:
                return out, False
            return {p + s for p in out for s in inner[0]}, inner[1]  # the rest was read with the optional item
        if op is sre.IN and len(av) <= MAX_CLASS and all(o is sre.LITERAL for o, _ in av):
            inner = {chr(c) for _, c in av}, True  # '[Tt]he': the class's few letters as branches
        elif op is sre.BRANCH:
            inner = set(), True
            for branch in av[1]:
                strings, complete = _literal_prefixes(list(branch), sre)
                inner = inner[0] | strings, inner[1] and complete
        elif op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            inner = _literal_prefixes(list(av[3].data), sre)
        if inner is None or len(out) * len(inner[0]) > MAX_STARTS:
            return out, False
        out = {p + s for p in out for s in inner[0]}
        if not inner[1]:
            return out, False
    return out, True


def _optional_prefixes(av: tuple, rest: list, sre) -> tuple[set[str], bool] | None:
    """The prefixes of an item repeated from zero times (`(?:the\\s+)?`, `(?:[Ss]ome\\s+)*`) followed by `rest`: a
    match opens with the item or, skipping it, with the rest. Read through once (`?`) the item and the rest are one
    sequence; repeated more, the item's own prefixes are all that is known of that way in (incomplete)."""
    skipped = _literal_prefixes(rest, sre)
    if av[1] == 1:
        taken = _literal_prefixes(list(av[2]) + rest, sre)
    else:
        taken = _literal_prefixes(list(av[2]), sre)[0], False
    if len(skipped[0]) + len(taken[0]) > MAX_STARTS:
        return None
    return skipped[0] | taken[0], skipped[1] and taken[1]


def starts_pattern(source: str) -> re.Pattern | None:
    """The trie of `literal_starts(source)`, compiled, or None. The trie's source and program come from the
    start-up cache (reading the parsed pattern and compiling the trie cost milliseconds per process)."""
    def build() -> str:
        found = literal_starts(source)
        return trie_alternation(found) if found else ""  # no starts: no trie (an empty one never matches)

    trie = cached_text("literal starts, 4\x00" + source, build)
    return compile_pattern(trie) if trie else None


class Scanner:
    """`finditer` of one pattern, the same matches, found faster where the pattern opens with an assertion
    (`\\b`, a lookbehind) before literal words. Why: `re` skips ahead only to a literal or class opening the
    pattern; behind an assertion it tries the whole pattern at every position. Here a trie of the pattern's
    literal starts (`literal_starts`) finds the positions where a match can start, and the pattern is
    matched there, in order, as `finditer` would (a lookbehind and `\\b` see the text before the position).
    A `(?i)` pattern runs folded (`compile_case_free`): take surfaces from the text, not the match."""

    __slots__ = ("pattern", "folded", "starts")

    def __init__(self, source: str):
        self.pattern, self.folded = compile_case_free(source)
        self.starts = starts_pattern(self.pattern.pattern)

    def finditer(self, text: str):
        if self.folded:
            text = fold(text)
        if self.starts is None:
            return self.pattern.finditer(text)
        return self._from_starts(text)

    def _from_starts(self, text: str):
        starts, match, pos, n = self.starts.search, self.pattern.match, 0, len(text)
        while pos <= n:
            found = starts(text, pos)
            if found is None:
                return
            at = found.start()
            m = match(text, at)
            if m is None:
                pos = at + 1
                continue
            yield m
            pos = m.end() if m.end() > at else at + 1  # the literal starts are never empty: no empty match
