"""Searches gated by the literals every match contains: a compiled pattern whose `search`, `finditer` and `findall`
first ask whether the text holds one of them, and find nothing at once where it holds none.

Why apart from `patterns.py` (which builds patterns: tries, folded case, literal starts): a gate reads a pattern's
parsed form for what every match must contain and wraps the compiled pattern; it builds no pattern of its own.
"""
from __future__ import annotations

from re import _constants as sre, _parser
import re
import sys

from readout.patterns import trie_alternation

MAX_NEEDS = 6  # literals tested one by one with `str.find`; more are searched as one trie
MIN_NEED = 4  # letters (`_telling`) of the shortest literal of a gate: shorter ones stand in most sentences


def required_literals(source: str) -> list[str] | None:
    """Literal strings one of which every match of `source` contains (read from its consuming parts only:
    lookarounds and anchors dropped, optional and case-free parts skipped), the most telling set found, or
    None when there is none or one is shorter than MIN_NEED (`_telling`). A necessary condition: a text
    (between `pos` and `endpos`) holding none of them has no match."""

    try:
        parsed = _parser.parse(source)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _required(list(parsed.data), sre)
    return sorted(found) if found and min(map(_telling, found)) >= MIN_NEED else None


def _telling(literal: str) -> int:
    """How telling a literal is, in letters of the Latin alphabet: a Hangul syllable or another non-ASCII
    character counts two ('함께' is about as rare in text as a Latin word of four letters)."""
    return sum(1 if c.isascii() else 2 for c in literal)


def _required(items: list, sre) -> set[str] | None:
    """The most telling set of literals one of which every match of the parsed sequence contains, or None."""
    sets: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if run:
            sets.append({run + head for head in _branch_heads(av, sre)} if op is sre.BRANCH else {run})
            run = ""
        inner = None
        if op is sre.BRANCH:
            branches = [_required(list(b), sre) for b in av[1]]
            inner = set().union(*branches) if all(branches) else None
        elif op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            inner = _required(list(av[3].data), sre)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            inner = _required(list(av[2]), sre)
        if inner:
            sets.append(inner)
    if run:
        sets.append({run})
    return max(sets, key=lambda s: (min(map(_telling, s)), -len(s)), default=None)


def _branch_heads(av, sre) -> list[str]:
    """(speed52) The literal each branch of a BRANCH opens with ('' for a branch opening otherwise). A literal run
    right before the branch and one of these make a literal every match contains: `re`'s parser moves the common
    prefix of '(?:rule|rules|ruled|ruling)' out of the branch, leaving 'rul' and 'e', 'es', 'ed', 'ing', and 'rul'
    alone is too short to gate on (MIN_NEED) where 'rule', 'rules', 'ruled' or 'ruling' is not."""
    heads = []
    for branch in av[1]:
        head = ""
        for item_op, item_av in branch:
            if item_op is not sre.LITERAL:
                break
            head += chr(item_av)
        heads.append(head)
    return heads


def opens_with_literal(source: str) -> bool:
    """Whether `source` opens with a literal character outside any group: `re` then skips ahead to it by
    itself, and a gate in front of its searches saves nothing."""
    return bool(source) and source[0] not in "\\.^$*+?{}[]|()"


class Gated:
    """A compiled pattern whose searches (`search`, `finditer`, `findall`) first ask whether the text holds one of
    the literals every match contains (`required_literals`) and find nothing at once where it holds none; every
    other method is the pattern's own, bound once. Why: a pattern opening with `\\b`, a lookbehind, a class or
    an optional part makes `re` try it at every position of a sentence it cannot match; `str.find` passes over
    the sentence in C. Anchored calls (`match`, `fullmatch`) are not gated: they fail at their position at once."""

    def __init__(self, compiled: re.Pattern, needs: list[str]):
        self.compiled, self.needs = compiled, tuple(needs)
        self.finder = re.compile(trie_alternation(needs)) if len(needs) > MAX_NEEDS else None
        self.match, self.fullmatch, self.sub, self.subn, self.split = (
            compiled.match, compiled.fullmatch, compiled.sub, compiled.subn, compiled.split)
        self.pattern, self.flags, self.groups, self.groupindex = (
            compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)

    def absent(self, string: str, pos: int, endpos: int) -> bool:
        """Whether `string` between `pos` and `endpos` holds none of the literals. (speed55) The bounds are clamped
        by comparisons, not `max` (two builtin calls per question, 35,000 over dev and dev2), and a question about
        the whole text (nearly every one: `search(text)`) asks `in`, which needs no bounds at all."""
        if pos < 0:
            pos = 0  # as `re` reads them (str.find counts negatives from the end)
        if endpos < 0:
            endpos = 0
        if self.finder is not None:
            return self.finder.search(string, pos, endpos) is None
        if pos == 0 and (endpos == sys.maxsize or endpos >= len(string)):  # the default bound asks no `len`
            for need in self.needs:
                if need in string:
                    return False
            return True
        for need in self.needs:
            if string.find(need, pos, endpos) >= 0:
                return False
        return True

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return None if self.absent(string, pos, endpos) else self.compiled.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return iter(()) if self.absent(string, pos, endpos) else self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return [] if self.absent(string, pos, endpos) else self.compiled.findall(string, pos, endpos)

    def __getattr__(self, name: str):
        if name.startswith("__") or name in Gated.OWN:
            raise AttributeError(name)  # not yet set (unpickling, copying): no loop through `compiled`
        return getattr(self.compiled, name)

    OWN = frozenset({"compiled", "needs", "finder"})

    def __reduce__(self):
        return Gated, (self.compiled, list(self.needs))

    def __repr__(self) -> str:
        return f"Gated({self.compiled!r}, {list(self.needs)!r})"


def gated(compiled: re.Pattern, needs: list[str] | None):
    """`compiled` behind a `Gated` test of `needs` (from `required_literals`), or as it is when there are none."""
    return Gated(compiled, needs) if needs else compiled


class CaseFreeGated(Gated):
    """A `Gated` pattern compiled with IGNORECASE: its literals (`needs`, lower-cased, ASCII only) are looked for in
    the lower-cased text. Why: a case-free pattern cannot skip ahead to a literal, so `re` tries it at every
    position; `str.lower` and `str.find` pass over the text in C. A necessary condition as for `Gated`: an ASCII
    character matches a literal letter case-free exactly when its lower case is that letter, and of the other
    characters only 'İ', 'ı' and 'ſ' match one ('i', 's') without lower-casing to it, so a text holding one of
    them is searched as it is."""

    def absent(self, string: str, pos: int, endpos: int) -> bool:
        if pos > 0 or endpos < len(string):
            low = _case_free(string[pos if pos > 0 else 0:endpos if endpos > 0 else 0])  # no `max` calls (speed55)
        else:
            last = _LAST_LOWERED
            low = last[1] if last[0] is string else _lowered_last(string)
        if low is None:
            return False
        if self.finder is not None:
            return self.finder.search(low) is None
        for need in self.needs:
            if need in low:
                return False
        return True

    def __reduce__(self):
        return CaseFreeGated, (self.compiled, list(self.needs))


def _case_free(string: str) -> str | None:
    """The text lower-cased for `CaseFreeGated`, or None where it holds 'İ', 'ı' or 'ſ' (searched as it is)."""
    if not string.isascii() and ("İ" in string or "ı" in string or "ſ" in string):
        return None
    return string.lower()


_LAST_LOWERED: tuple[str | None, str | None] = (None, None)  # the last whole text asked, its `_case_free`


def _lowered_last(string: str) -> str | None:
    """`_case_free` of a whole text, kept for the next question. Why (speed53, issue 20): a sentence is asked by one
    case-free pattern after another (8,800 whole-text questions over dev and dev2, 4,100 of them about the text the
    question before asked), and each lower-cased it again. One tuple replaced at once, so a thread reading it never
    pairs one text with another's lower case; compared by identity, so a text is never taken for another."""
    global _LAST_LOWERED
    low = _case_free(string)
    _LAST_LOWERED = (string, low)
    return low


def case_free_needs(source: str) -> list[str] | None:
    """The literals for `CaseFreeGated` of a pattern compiled with IGNORECASE: `required_literals` of the pattern as
    written, lower-cased; None where one is not ASCII."""
    needs = required_literals(source)
    if not needs or not all(n.isascii() for n in needs):
        return None
    return sorted({n.lower() for n in needs})


def case_free_gated(compiled: re.Pattern, needs: list[str] | None):
    """`compiled` (IGNORECASE) behind a `CaseFreeGated` test of `needs` (`case_free_needs`), or as it is."""
    return CaseFreeGated(compiled, needs) if needs else compiled
