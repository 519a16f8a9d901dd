"""Everything that knows a language lives here: `ko` (Korean) and `en` (English), each a `Language`
(lang/base/) that the pipeline asks its questions. A third language is one more folder and one more
line in `REGISTRY`.
"""
from __future__ import annotations

import importlib
from collections.abc import Mapping

from readout import budget
from readout.lang.base import Language

REGISTRY = {"ko": "readout.lang.ko.language:Korean", "en": "readout.lang.en.language:English"}
# A language's line rules alone (lang/base/lines.py), where a light module answers them: every line of every document
# asks each language's line rules, and a document without Hangul then loads no Korean reader. A language without an
# entry answers them itself.
LINE_RULES = {"ko": "readout.lang.ko.lines:KoreanLines"}
DEFAULT = "en"  # a paragraph in neither script's majority is read as this language

LATIN_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
HANGUL_LEAD_BYTES = bytes(range(0xEA, 0xEE))  # UTF-8 lead bytes of U+A000..U+DFFF: Hangul syllables


def language_class(code: str) -> type[Language]:
    """The registered `Language` subclass of `code`, imported on first ask: shared code (lang/orgs_common.py) asks
    the class what a language's text does (its class attributes) instead of branching on the code."""
    return imported(REGISTRY[code])


def imported(path: str):
    module, name = path.split(":")
    return getattr(importlib.import_module(module), name)


class Languages(Mapping):
    """One `Language` per registered code, built with its own thresholds (`settings.ko`, ...) when first asked for:
    a run whose documents are all English never builds (nor imports) the Korean readers. Iterating builds every one.
    `line_rules` answers the line rules of every language without building those not built yet."""

    def __init__(self, settings, knowledge):
        self.settings = settings
        self.knowledge = knowledge
        self.built: dict[str, Language] = {}
        self.light: dict[str, object] = {}
        self.rules: list | None = None  # `line_rules`' answer, kept until a language is built

    def __getitem__(self, code: str) -> Language:
        lang = self.built.get(code)
        if lang is None:
            with budget.loading():  # a language's first document builds its readers: not that document's work
                lang = self.built[code] = language_class(code)(self.settings.language(code), self.knowledge)
            self.rules = None  # the built language answers its line rules from now on
        return lang

    def __iter__(self):
        return iter(REGISTRY)

    def __len__(self) -> int:
        return len(REGISTRY)

    def line_rules(self) -> list:
        """Every registered language's line rules, in the registry's order: the language itself when built or
        when it has no light module (`LINE_RULES`), else that module's rules (the same answers). Asked of every line
        of every document: the list is kept, and made again only after a language is built."""
        if self.rules is not None:
            return self.rules
        out = []
        for code in REGISTRY:
            rules = self.built.get(code) or self.light.get(code)
            if rules is None:
                if code in LINE_RULES:
                    rules = self.light[code] = imported(LINE_RULES[code])(self.settings.language(code), self.knowledge)
                else:
                    rules = self[code]
            out.append(rules)
        self.rules = out
        return out


def load_languages(settings, knowledge) -> Languages:
    """The registered languages, each built on first ask (`Languages`)."""
    return Languages(settings, knowledge)


def hangul_and_latin(text: str) -> tuple[int, int]:
    """How many Hangul syllables and Latin letters `text` holds. Counted on UTF-8 bytes with C-level
    deletes: this runs on every line of every document (the lead bytes also cover a few rare scripts
    near the Hangul block, which news text does not use)."""
    raw = text.encode("utf-8", errors="ignore")
    return len(raw) - len(raw.translate(None, HANGUL_LEAD_BYTES)), len(raw) - len(raw.translate(None, LATIN_BYTES))


def by_script(text: str, hangul_ratio: float) -> str:
    """'ko' when Hangul makes up at least `hangul_ratio` of the letters, else the default."""
    hangul, latin = hangul_and_latin(text)
    return "ko" if hangul and hangul / (hangul + latin) >= hangul_ratio else DEFAULT


def languages_in(text: str) -> set[str]:
    """The languages whose readers a document with `text` may ask: the default always, and Korean when it holds a
    Hangul syllable (a paragraph is read as Korean only by its share of Hangul, `by_script`). What a batch's
    forked workers are warmed with (`parallel.warm_codes`): Kiwi is loaded for no batch without Hangul."""
    return {DEFAULT, "ko"} if hangul_and_latin(text)[0] else {DEFAULT}


def query_terms(query: str) -> list[str]:
    """A full-text query's words as the index stores them (store/db.py `search_terms`): Korean words
    reduced to their morphemes (블링컨과 -> 블링컨), other words as written."""
    from readout.kb.names import is_hangul  # cold start: not loaded with `readout.api`, only on first use

    terms: list[str] = []
    for word in query.split():
        if is_hangul(word):
            # cold start: not loaded with `readout.api`, only on first use
            from readout.lang.ko.sentences import kiwi

            terms += [t.form for t in kiwi().tokenize(word) if t.tag[0] in "NSV" or t.tag == "XR"]
        else:
            terms.append(word)
    return terms
