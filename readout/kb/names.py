"""Name forms: normalization, Hangul romanization, and keys under which spelling variants compare equal.

Why keys and not fuzzy scores alone: "Cho Tae-yul" / "Cho Tae-yeol" / "Jo Tae-yul" and "Kim Gunn" /
"Kim Geon" differ by romanization rules, not by typos; mapping both sides through the same rules
(surname classes, syllable substitutions, order-free tokens) makes them equal, while different people
("Cho Tae-yul", "Cho Tae-yong") stay different.
"""
from __future__ import annotations

import functools
from readout import budget
import hashlib
import re
import unicodedata

HANGUL_RE = re.compile(r"[가-힣]")
INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
           "yu", "eu", "ui", "i"]
FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
          "ng", "t", "t", "k", "t", "p", "t"]


@functools.lru_cache(maxsize=65536)  # pure, and asked of the same names again and again
def normalize(name: str) -> str:
    """The form the scorer and our indexes compare: NFKC, lower case, no spaces, hyphens, dots."""
    s = unicodedata.normalize("NFKC", name or "").lower()
    return re.sub(r"[\s\-\.'’`_,]", "", s)


# Latin letters that Unicode writes as letters of their own, not as a base letter and a mark, so NFKD leaves
# them whole: English news drops their stroke or slash as it drops an accent ('Radosław' -> 'Radoslaw',
# 'Løkke' -> 'Lokke', 'Đức' -> 'Duc', 'Kılıçdaroğlu' -> 'Kilicdaroglu'). One letter each, so offsets hold.
STROKED_LETTERS = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ı": "i",
                   "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ƒ": "f", "ɨ": "i"}


@functools.lru_cache(maxsize=4096)
def base_letter(ch: str) -> str:
    """The ASCII letter an accented or stroked Latin letter is written on ('á' -> 'a', 'ğ' -> 'g', 'Ö' -> 'O',
    'ł' -> 'l', 'ø' -> 'o'); the character itself when it has none ('ß', 'æ': two letters in English, Hangul)."""
    if ch in STROKED_LETTERS:
        return STROKED_LETTERS[ch]
    base = unicodedata.normalize("NFKD", ch)[:1]
    return base if base.isascii() and base.isalpha() else ch


APOSTROPHE_TWIN = str.maketrans("'’", "’'")
NO_APOSTROPHE = str.maketrans("", "", "'’")


def apostrophe_forms(name: str) -> tuple[str, ...]:
    """(places56) The other spellings of a name with an apostrophe: its apostrophes in the other form (straight for
    curly, curly for straight), then none ('Sana’a' is GeoNames' Sanaa); none for a name without one. Why:
    GeoNames and the town tables write one form ('Xi’an', "N'Djamena") and the news either, so "in Xi'an" named
    no place (and a police arrest there no state) while 'in Xi’an' did."""
    if "'" not in name and "’" not in name:
        return ()
    return name.translate(APOSTROPHE_TWIN), name.translate(NO_APOSTROPHE)


def ascii_fold(text: str) -> str:
    """The text in ASCII for name keys: accents and strokes dropped ('Radosław' -> 'Radoslaw'), other
    non-ASCII characters removed (what `encode('ascii', 'ignore')` after NFKD did, without losing 'ł')."""
    return unicodedata.normalize("NFKD", fold_accents(text)).encode("ascii", "ignore").decode()


def fold_accents(text: str) -> str:
    """The text with accented Latin letters written as their base letters, character for character (the
    same offsets): name patterns built on ASCII spellings then match 'Orbán said', 'Erdoğan's'."""
    if text.isascii():
        return text
    return "".join(c if c.isascii() else base_letter(c) for c in text)


def compound_surname(name: str, origin: str | None) -> str | None:
    """The last two words of a given-name-first Latin name of three words or more, both capitalized: the
    double surname news writes alone ('Andrés Manuel López Obrador' -> 'López Obrador', 'Recep Tayyip
    Erdoğan' -> 'Tayyip Erdoğan'); None for a family-name-first name (Korean, Chinese) or a particle before
    the last word ('Lula da Silva', 'von der Leyen': the particle opens no name)."""
    words = name.split()
    if origin in ("ko", "zh") or len(words) < 3 or is_hangul(name):
        return None
    last = words[-2:]
    return " ".join(last) if all(w[:1].isupper() for w in last) else None


def is_hangul(text: str) -> bool:
    return bool(HANGUL_RE.search(text))


@budget.table()
def romanization_tables() -> dict:
    from readout.kb.loader import cached_yaml  # kept by the start-up cache; the loader imports this module

    return cached_yaml("romanization.yaml")


def surname_forms() -> dict[str, list[str]]:
    return romanization_tables()["surnames"]


@budget.table()
def surname_class() -> dict[str, str]:
    """Lower-cased Latin surname -> the Hangul surname it writes (Lee, Yi, Rhee -> 이)."""
    out: dict[str, str] = {}
    for hangul, forms in surname_forms().items():
        for f in forms:
            out.setdefault(f.lower(), hangul)
    return out


HANGUL_FIRST, HANGUL_SYLLABLES, MEDIALS_TIMES_FINALS, FINALS_COUNT = 0xAC00, 11172, 588, 28


def jamo_indexes(ch: str) -> tuple[int, int, int] | None:
    """A Hangul syllable's initial, medial and final jamo as Unicode's indexes (final 0: none);
    None for any other character."""
    code = ord(ch) - HANGUL_FIRST
    if not 0 <= code < HANGUL_SYLLABLES:
        return None
    return code // MEDIALS_TIMES_FINALS, (code % MEDIALS_TIMES_FINALS) // FINALS_COUNT, code % FINALS_COUNT


def romanize_syllable(ch: str) -> str:
    parts = jamo_indexes(ch)
    if parts is None:
        return ch
    initial, medial, final = parts
    return INITIALS[initial] + MEDIALS[medial] + FINALS[final]


def split_korean_name(hangul: str) -> tuple[str, str]:
    """Surname and given name of a Korean name written in Hangul (two-syllable surnames first)."""
    h = hangul.replace(" ", "")
    if len(h) >= 4 and h[:2] in surname_forms():
        return h[:2], h[2:]
    return h[:1], h[1:]


def romanize_korean_name(hangul: str) -> str:
    """Official-style romanization: press surname, given name in Revised Romanization, hyphenated.
    이준일 -> Lee Jun-il; 조태열 -> Cho Tae-yeol."""
    surname, given = split_korean_name(hangul)
    forms = surname_forms().get(surname)
    sur = forms[0] if forms else "".join(romanize_syllable(c) for c in surname).capitalize()
    parts = [romanize_syllable(c) for c in given]
    return f"{sur} {'-'.join(parts).capitalize()}" if parts else sur


@functools.lru_cache(maxsize=65536)  # pure, and asked of the same names again and again
def looks_korean_name(hangul: str) -> bool:
    """A Korean personal name: one token of 2-4 syllables that starts with a known surname."""
    h = hangul.strip()
    return (" " not in h and 2 <= len(h) <= 4 and all("가" <= c <= "힣" for c in h)
            and split_korean_name(h)[0] in surname_forms())


def _substitute(token: str) -> str:
    for a, b in romanization_tables()["syllable_substitutions"]:
        token = token.replace(a, b)
    return token


@functools.lru_cache(maxsize=65536)  # pure, and asked of the same names again and again
def variant_key(name: str) -> frozenset[str]:
    """Order-free key of a Latin name under romanization rules: surname tokens map to their Hangul
    class, other tokens (hyphen parts joined) go through syllable substitutions; initials drop."""
    out = set()
    classes = surname_class()
    for token in re.split(r"\s+", name.strip()):
        t = re.sub(r"[^a-z]", "", ascii_fold(token).lower())
        if len(t) <= 1:
            continue
        out.add(classes.get(t) or _substitute(t))
    return frozenset(out)


SKELETON_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ez", "es", "ul"})
# Persian writes one sound for qaf and ghayn, so its names come as 'q' or 'gh' ('Araqchi' / 'Araghchi', 'Qalibaf'
# / 'Ghalibaf'): 'gh' meets 'q', and with it 'c' and 'k'.
SKELETON_DIGRAPHS = (("ph", "f"), ("ck", "k"), ("gh", "q"), ("kh", "h"), ("dh", "d"), ("th", "t"), ("x", "ks"),
                     ("c", "k"), ("q", "k"), ("w", "v"), ("zh", "j"))
SKELETON_VOWELS_RE = re.compile(r"[aeiouy]")
SKELETON_GLIDE_RE = re.compile(r"(?<=[aeiou])w(?![aeiouy])")
SKELETON_WORD_SPLIT_RE = re.compile(r"[^a-z]+")  # compiled once: every new capitalized run of a sentence is keyed
SKELETON_DOUBLED_RE = re.compile(r"(.)\1+")
NAME_MEMO = 8192  # names remembered by the pure name-key functions (a document names a few dozen)
SKELETON_MIN = 6  # consonants of a whole name's skeleton: shorter skeletons ('Park Jun', 'Ali Reza') collide


@functools.lru_cache(maxsize=NAME_MEMO)  # a pure function of the name: news repeats its names
def skeleton_key(name: str) -> str | None:
    """One key for the Latin transliterations of a (non-East-Asian) name: its consonants in order, after the
    Arabic articles ('el-', 'al-'), vowels, y and doubled letters are gone and the spellings of one sound
    meet (ph/f, c/k/q, x/ks, kh/h, w/v): 'Zelenskiy' = 'Zelenskyy', 'Muhammad bin Salman' = 'Mohammed bin
    Salman', 'Abdel-Fattah el-Sissi' = 'Abdel Fattah el-Sisi'. The vowels are what transliterations of one
    name disagree on; the consonants they keep. Word by word (hyphens part words): 'Chrystia Freeland' is not
    'Christopher Landau'. None for one word, or when the skeleton has fewer than SKELETON_MIN consonants."""
    plain = ascii_fold(name).lower()
    words = [w for w in SKELETON_WORD_SPLIT_RE.split(plain) if w and w not in SKELETON_ARTICLES]
    out = []
    for word in words:
        word = SKELETON_GLIDE_RE.sub("", word)  # 'Rowhani' = 'Rouhani': a w closing a vowel is the vowel's
        for a, b in SKELETON_DIGRAPHS:
            word = word.replace(a, b)
        out.append(SKELETON_DOUBLED_RE.sub(r"\1", SKELETON_VOWELS_RE.sub("", word)))
    out = [w for w in out if w]
    return " ".join(out) if len(out) > 1 and sum(map(len, out)) >= SKELETON_MIN else None


# States whose names are written in Persian script, where qaf and ghayn are one sound and English news writes
# either letter for it: 'Araqchi' / 'Araghchi', 'Qalibaf' / 'Ghalibaf', 'Baqeri' / 'Bagheri'.
PERSIAN_NAME_STATES = frozenset({"IRN", "AFG", "TJK"})
QAF_GHAYN_RE = re.compile(r"gh|q", re.IGNORECASE)


def qaf_ghayn_variants(name: str) -> list[str]:
    """The other spellings of a Persian name under the q/gh rule: every 'q' written 'gh' and every 'gh' 'q'
    (both at once: news keeps one spelling within a name). [] for a name with neither."""
    if not QAF_GHAYN_RE.search(name):
        return []
    def swap(to: str):
        return lambda m: (to.capitalize() if m.group(0)[0].isupper() else to)
    as_gh = re.sub(r"q", swap("gh"), re.sub(r"Q", swap("gh"), name))
    as_q = QAF_GHAYN_RE.sub(swap("q"), name)
    return [v for v in dict.fromkeys([as_gh, as_q]) if v != name]


# States whose people's names carry the Arabic article, which Korean news writes joined to the family name or leaves
# out ('무함마드 시아 알수다니' / '무함마드 시아 수다니', '압둘라티프 알자야니' / '압둘라티프 자야니')
ARABIC_NAME_STATES = frozenset({"ARE", "BHR", "DZA", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "MRT",
                                "OMN", "PSE", "QAT", "SAU", "SDN", "SOM", "SYR", "TUN", "YEM", "COM"})
HANGUL_ARTICLES = ("알", "엘")
HANGUL_ARTICLE_MIN = 4  # syllables of a word the article opens: '알수다니', never '알리' (Ali) or '알라위' (Allawi)


def hangul_article_variants(name: str) -> list[str]:
    """The Hangul form with the Arabic article left off a later word ('알수다니' -> '수다니'); [] when none."""
    words = name.split()
    out = [w[1:] if i and w.startswith(HANGUL_ARTICLES) and len(w) >= HANGUL_ARTICLE_MIN else w
           for i, w in enumerate(words)]
    return [" ".join(out)] if out != words else []


def transliteration_variants(name: str, countries: set[str]) -> list[str]:
    """Spellings of a person's name that a rule of the person's script derives (Persian q/gh; the Arabic article
    Korean news may leave out); the knowledge base indexes them as aliases, so no data file lists them one by one."""
    if is_hangul(name):
        return hangul_article_variants(name) if countries & ARABIC_NAME_STATES else []
    if countries & PERSIAN_NAME_STATES:
        return qaf_ghayn_variants(name)
    return []


def stable_id(prefix: str, *parts: str) -> str:
    """A content-hash id: the same inputs give the same id on every run and machine."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}_{digest}"


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


SHORT_FORM_MIN_LATIN = 3  # a roman short form shorter than this ('Xi' aside) is too ambiguous to refer back
# states whose people's roman names open with the family name, written alone however short ('Xi', 'Li', 'Wu'):
# not Vietnam, whose news refers back by the last word ('To Lam' -> 'Lam'), nor Singapore's mixed orders
FAMILY_FIRST_COUNTRIES = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})


def family_first_surnames(names: tuple[str, ...], country: str | None) -> frozenset[str]:
    """The two-letter family name a later reference uses for a Chinese or Korean person named in full
    ('Xi Jinping' -> 'Xi', 'Wu Lin' -> 'Wu'): the first word of a roman name of two words or more, for a person
    of a state in FAMILY_FIRST_COUNTRIES. `forms_of_names` keeps no roman form under SHORT_FORM_MIN_LATIN
    letters (too ambiguous in general); a family name is the one such form news writes alone."""
    if country not in FAMILY_FIRST_COUNTRIES:
        return frozenset()
    out = set()
    for form in names:
        words = form.split()
        if len(words) > 1 and not is_hangul(form) and len(words[0]) < SHORT_FORM_MIN_LATIN \
                and words[0][:1].isupper() and words[0].isalpha():
            out.add(words[0])
    return frozenset(out)


@functools.lru_cache(maxsize=16384)  # every mention of a person asks again
def forms_of_names(names: tuple[str, ...]) -> frozenset[str]:
    """The short forms a later reference to a person with these names may use: a Korean surname (조),
    a foreign name's last or first word (블링컨, 이와야), a roman name's first and last word."""
    out: set[str] = set()
    for form in names:
        parts = form.replace("-", " ").split() if not is_hangul(form) else form.split()
        if is_hangul(form) and len(parts) == 1:
            out.add(split_korean_name(form)[0])
        if parts:
            out |= {parts[0], parts[-1]} if len(parts) > 1 else {parts[0]}
        words = form.split()
        if len(words) > 1 and not is_hangul(form):  # a hyphenated word is referred to whole: 'Oyun-Erdene'
            out |= {words[0], words[-1]}
        out.add(form)
    return frozenset(f for f in out if f and (is_hangul(f) or len(f) >= SHORT_FORM_MIN_LATIN))
