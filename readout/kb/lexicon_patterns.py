"""One language's lexicon with its regular expressions compiled once, each behind its gate of literals.

Why apart from the loader: how a lexicon's patterns are compiled, gated and asked about words is what every reader
calls many times per document; the loader (`kb/loader.py`) only reads and validates the file it comes from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from readout import budget
from readout.cache import cached_data
from readout.cache_patterns import compile_patterns
from readout.pattern_gates import case_free_gated, case_free_needs, gated, opens_with_literal, required_literals
from readout.patterns import Scanner


class Compiled(dict):
    """Values by key, built on first use (`__missing__`): a lookup that hits is the dict's own, in C."""

    def __init__(self, build: Callable[[str], Any]):
        super().__init__()
        self.build = build

    def __missing__(self, key: str) -> Any:
        value = self[key] = self.build(key)
        return value


WORD_MEMO = 50_000  # answers about words `Lexicon.names_whole` and `finds_in_word` keep before they start again


@dataclass
class Lexicon:
    """One language's lexicon with its regular expressions compiled once."""

    lang: str
    raw: dict[str, Any]
    compiled: dict[str, list[re.Pattern]] = field(default_factory=dict)
    case_free: dict[str, Scanner] = field(default_factory=dict)  # for `scan`

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.raw.get(key, default)

    def __post_init__(self) -> None:
        # `re(key)` and `patterns(key)` are asked some two hundred times per document: after the first
        # compile each is one dict lookup in C (`Compiled.__getitem__`), with no Python call of its own
        self.compiled = Compiled(self._compile)
        self.word_answers: dict[tuple[str, str, bool], bool] = {}
        self.first = Compiled(lambda key: self.compiled[key][0])
        self.patterns = self.compiled.__getitem__
        self.re = self.first.__getitem__

    def _compile(self, key: str) -> list[re.Pattern]:
        if not self.compiled:  # the first question compiles every `*_re` pattern from the cached bundle
            self.compile_all()
            if key in self.compiled:
                return self.compiled[key]
        return [gate(re.compile(p), needs) for p, needs in zip(self.sources(key), gate_literals(self.sources(key)))]

    def __getstate__(self) -> dict:
        return {"lang": self.lang, "raw": self.raw}  # the compiled patterns are rebuilt on use

    def __setstate__(self, state: dict) -> None:
        self.lang, self.raw, self.case_free = state["lang"], state["raw"], {}
        self.__post_init__()

    def re(self, key: str) -> re.Pattern:  # replaced per instance by `first.__getitem__` (same answer)
        return self.patterns(key)[0]

    def patterns(self, key: str) -> list[re.Pattern]:  # replaced per instance by `compiled.__getitem__`
        return self.compiled[key]

    def compile_all(self) -> None:
        """Every `*_re` pattern of the lexicon at once, from one cached bundle of compiled programs
        (readout/cache_patterns.py `compile_patterns`): a process asks for about sixty of them, and `re` compiles
        in pure Python."""
        keys = [k for k in self.raw if k.endswith("_re")]
        sources = [self.sources(k) for k in keys]
        every = [p for group in sources for p in group]
        compiled = iter(map(gate, compile_patterns(every), gate_literals(every)))
        self.compiled.update({k: [next(compiled) for _ in group] for k, group in zip(keys, sources)})

    def sources(self, key: str) -> list[str]:
        value = self.raw[key]
        return value if isinstance(value, list) else [value]

    def names_whole(self, key: str, word: str) -> bool:
        """Whether pattern `key` matches the whole of `word` (a trigger's or act's own text: 'met', '회담'),
        remembered per word. Why: readers ask it of one trigger for every name of the sentence (twice per name
        and trigger in English `role`), and a long case-free alternation costs about a microsecond per short
        word where the remembered answer is one dict look-up."""
        return self._word_answer(key, word, True)

    def finds_in_word(self, key: str, word: str) -> bool:
        """Whether pattern `key` matches somewhere in `word` (one word of a sentence: '회담한', '만났다'),
        remembered per word: asked of each word by several readers of its sentence, and a search of a
        Hangul word by a long alternation costs a few microseconds."""
        return self._word_answer(key, word, False)

    def _word_answer(self, key: str, word: str, whole: bool) -> bool:
        memo = self.word_answers
        found = memo.get((key, word, whole))
        if found is None:
            if len(memo) >= WORD_MEMO:
                memo.clear()
            pattern = self.re(key)
            found = memo[key, word, whole] = (pattern.fullmatch(word) if whole else pattern.search(word)) is not None
        return found

    def scan(self, key: str, text: str) -> Iterator[re.Match]:
        """Matches of pattern `key` in `text`; a `(?i)` pattern runs folded, on the lower-cased text,
        so take surfaces from `text[m.start():m.end()]`, not from the match. One opening with `\\b` or a
        lookbehind is matched only where its literal words start (patterns.Scanner: the same matches)."""
        if key not in self.case_free:
            with budget.loading():  # the lexicon's pattern, built once per process on first use: no document's work
                self.case_free[key] = Scanner(self.sources(key)[0])
        return self.case_free[key].finditer(text)


def gate_literals(sources: list[str]) -> list[list[str] | None]:
    """For each pattern, the literals one of which every match contains (`pattern_gates.required_literals`), or None
    where a gate saves nothing (none found, or the pattern opens with a literal `re` skips ahead to itself).
    Kept by the start-up cache under the patterns' text and the code (parsing them is pure Python)."""
    def build() -> list[list[str] | None]:
        return [case_free_needs(p.removeprefix(CASE_FREE)) if p.startswith(CASE_FREE)
                else None if opens_with_literal(p) else required_literals(p) for p in sources]

    return cached_data("gate-literals", "\x00".join(sources), build)


CASE_FREE = "(?i)"


def gate(compiled: re.Pattern, needs: list[str] | None):
    """A lexicon pattern behind its gate: `pattern_gates.CaseFreeGated` (its words looked for in the lower-cased text) for
    one opening with `(?i)`, which `re` tries at every position however literal it opens, `pattern_gates.Gated` for the
    others (`gate_literals`)."""
    return (case_free_gated if compiled.pattern.startswith(CASE_FREE) else gated)(compiled, needs)
