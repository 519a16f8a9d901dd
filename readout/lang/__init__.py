"""Everything that knows a language lives here: `ko` (Korean) and `en` (English), each a `Language`
(lang/base/) that the pipeline asks its questions. A third language is one more folder and one more
line in `REGISTRY`.
"""
from __future__ import annotations

import importlib

from readout.lang.base import Language

REGISTRY = {"ko": "readout.lang.ko.language:Korean", "en": "readout.lang.en.language:English"}
DEFAULT = "en"  # a paragraph in neither script's majority is read as this language

LATIN_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
HANGUL_LEAD_BYTES = bytes(range(0xEA, 0xEE))  # UTF-8 lead bytes of U+A000..U+DFFF: Hangul syllables


def language_class(code: str) -> type[Language]:
    """The registered `Language` subclass of `code`, imported on first ask: shared code (lang/orgs_common.py) asks
    the class what a language's text does (its class attributes) instead of branching on the code."""
    module, name = REGISTRY[code].split(":")
    return getattr(importlib.import_module(module), name)


def load_languages(settings, knowledge) -> dict[str, Language]:
    """One `Language` per registered code, built with its own thresholds (`settings.ko`, ...)."""
    return {code: language_class(code)(settings.language(code), knowledge) for code in REGISTRY}


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
    from readout.kb.names import is_hangul

    terms: list[str] = []
    for word in query.split():
        if is_hangul(word):
            from readout.lang.ko.sentences import kiwi

            terms += [t.form for t in kiwi().tokenize(word) if t.tag[0] in "NSV" or t.tag == "XR"]
        else:
            terms.append(word)
    return terms
