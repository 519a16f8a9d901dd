"""Phonetic keys: one person's name in Hangul and in Latin letters compare equal.

Why: a person outside the knowledge base is named 안드레이 벨로우소프 by one outlet and "Andrei Belousov"
by another; an id made from the surface form splits one person into two, and then one meeting into two
records. Korean writes foreign names by the National Institute of Korean Language's loanword rules
(외래어 표기법); running those rules backwards maps both scripts into one space of consonant classes:

    ㅂ ㅍ ~ b p f v      -> P        ㄷ ㅌ ~ d t th      -> T        ㄱ ㅋ ~ g k c q   -> K
    ㅅ ㅆ ~ s sh z th    -> S        ㅈ ㅊ ~ j ch z ts   -> J        ㄹ ~ l r          -> L
    ㅁ m -> M   ㄴ n -> N   final ㅇ ~ ng -> N   ㅎ h -> H   vowels -> V (dropped from the key)

The epenthetic ㅡ that Korean adds to consonant clusters (트, 스, 프) is no vowel; a liquid not
followed by a vowel is dropped on both sides (Marco = 마코, Sergei = 세르게이: English drops the r,
Russian writes 르); doubled consonants collapse (벨로 = "bel-lo" = Belo). Tokens are compared
order-free, so the name-order swap of Japanese and Chinese names needs nothing
(나카타니 겐 = Nakatani Gen = Gen Nakatani); an unspaced Hangul East Asian name splits off its
surname (시진핑 = 시 + 진핑 = Xi Jinping). Korean names keep their own, sharper keys: the romanization
variants of kb/names.py (최상목 = Choi Sang-mok = Choe Sang-mok).

Two functions, two uses. `same_person_key` (and `stable_person_id`) is ONE deterministic key per
name: where a Latin letter has several Korean renderings (w: 워 or ㅂ; ch: ㅊ, ㅋ or ㅎ) it takes the
usual one, so a pure function gives one id from either script. `keys` is the set of keys under every
rendering, for comparing two names already in hand (`same_person`).
"""
from __future__ import annotations

import functools
import re

from readout import budget
from readout.kb.hangul_readings import MANDARIN, ORIGIN_OF_COUNTRY, family_name_length
from readout.kb.names import (
    romanization_tables,
    ascii_fold,
    is_hangul,
    jamo_indexes,
    looks_korean_name,
    romanize_korean_name,
    stable_id,
    surname_class,
    variant_key,
)

KOREAN_COUNTRIES = {"KOR", "PRK"}
EAST_ASIAN_COUNTRIES = {"CHN", "TWN", "HKG", "MAC", "SGP", "VNM"}  # surname first, unspaced in Hangul
LONG_CHINESE_NAME = 4  # Hangul syllables of a Chinese name whose given name's syllables take two (원타오: wen tao)
MAX_ALTERNATIVES = 64  # renderings kept per token: a long name with many ambiguous letters stays cheap
KEYS_CACHED = 8192  # names whose keys are kept: bounded memory, however many names a corpus holds

# Hangul jamo -> class (initials, medials, finals in Unicode order)
INITIAL_CLASS = ["K", "K", "N", "T", "T", "L", "M", "P", "P", "S", "S", "", "J", "J", "J", "K", "T", "P", "H"]
FINAL_CLASS = ["", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L", "L", "L", "P", "L", "M", "P", "P",
               "T", "T", "N", "T", "T", "K", "T", "P", ""]
EPENTHETIC = 18  # ㅡ: written to break a consonant cluster, not a vowel of the name
# vowel classes, used only for a token with no consonant at all (Yi / Yu, 이 / 유)
MEDIAL_VOWEL = "AEAEUEUEUAEEUUUEIUUII"
LATIN_VOWEL = {"a": "A", "e": "E", "i": "I", "y": "I", "o": "U", "u": "U"}

VOWELS = "aeiouy"
# Latin letters and digraphs -> their Korean renderings, the usual one first. Order matters: the first
# pattern that matches at a position wins, so longer spellings come before their letters.
LATIN_RULES: list[tuple[re.Pattern, tuple[str, ...]]] = [(re.compile(p), alts) for p, alts in [
    (r"tsch|dzh|dj|zh|cz", ("J",)),
    (r"shch|sch|sh", ("S",)),
    (r"ch(?=[lr])", ("K",)),                # Christopher 크리스토퍼
    (r"ch", ("J", "K", "H", "S")),          # Chuck 척, Chris 크리스, Friedrich 프리드리히, Michel 미셸
    (r"ph", ("P",)),
    (r"th(?![a-z])", ("S", "T")),            # Smith 스미스, Hegseth 헤그세스
    (r"th", ("T", "S")),                     # Thomas 토머스
    (r"kh", ("H", "K")),                     # Zakharova 자하로바
    (r"^gh", ("K",)),
    (r"gh", ("", "K")),                      # Wright 라이트
    (r"ck|qu", ("K",)),
    (r"q(?=i)", ("J", "K")),                 # pinyin q: Qiang 창
    (r"q", ("K",)),
    (r"^x|x(?=i)", ("S", "KS")),             # pinyin x: Xi 시
    (r"x", ("KS", "S")),
    (r"tsu", ("SV", "JV")),                  # Japanese tsu: 미쓰
    (r"ts|tz|dz", ("J", "TS", "S")),         # Roberts 로버츠, Scholz 숄츠 (z), Mitsu 미쓰
    (r"dg(?=[eiy])", ("J",)),                # Elbridge 엘브리지
    (r"cc(?=[eiy])", ("J", "KS")),           # Italian cci: Pellucci 펠루치
    (r"c(?=[eiy])", ("S", "J")),
    (r"c", ("K", "J")),
    (r"g(?=[eiy])", ("K", "J")),             # Shigeru 시게루, George 조지
    (r"g", ("K",)),
    (r"ng(?![aeiouy])", ("N",)),             # final ㅇ
    (r"ng", ("NK", "N")),                    # Singapore 싱가포르
    (r"j", ("J", "H", "V")),                 # John 존, Juan 후안, Kaja 카야
    (r"z", ("J", "S")),                      # Zelensky 젤렌스키, Lopez 로페스
    (r"w", ("", "P")),                       # Howard 하워드, Wadephul 바데풀
    (r"fu", ("HV", "PV")),                   # Japanese fu: Fumio 후미오, Funakoshi 후나코시
    (r"f", ("P", "H")),                      # Olaf 올라프
    (r"[bpv]", ("P",)),
    (r"[dt]", ("T",)),
    (r"k", ("K",)),
    (r"[lr]", ("L",)),
    (r"m", ("M",)),
    (r"n", ("N",)),
    (r"s", ("S",)),
    (r"h(?=[aeiouy])", ("H", "")),
    (r"h(?=[b-df-hj-np-tv-xz])", ("", "H")),  # before a consonant: Rahman 라흐만, Ahmad 아흐마드 (or silent)
    (r"h", ("",)),
    (r"[aeiouy]", ("V",)),
]]
# The rules as one pattern, each rule a group of its own: a single `match` at a position answers which rule
# matches there first. Why: trying the rules one by one cost up to forty `match` calls per letter (about
# 8 million when a new process builds the sound index, `kb/leader_sounds.sound_index`, from the world table); an
# alternation tries its branches in the same order and takes the first that matches, and no rule has a
# group of its own, so the group that matched (`lastindex`) is the rule. `^` still means the word's start.
LATIN_RULE_RE = re.compile("|".join(f"({rx.pattern})" for rx, _alts in LATIN_RULES))
LATIN_RULE_ALTS = [alts for _rx, alts in LATIN_RULES]


def finished_key(raw: str) -> str:
    """Class string with V markers -> the compared key: doubled consonants collapse, a liquid not
    before a vowel drops, then the vowels go (a token of vowels only keeps its last vowel class). (places59b) A
    syllable break `CLOSED` after a liquid counts as no vowel, then goes."""
    s = DOUBLED_RE.sub(r"\1", raw)
    s = LIQUID_RE.sub("", s).replace(CLOSED, "")
    s = DOUBLED_RE.sub(r"\1", s)
    return s.replace("V", "")


# compiled once: `finished_key` runs for every rendering of every token (`re.sub` with a pattern string looked the
# pattern up in `re`'s cache at each call, a third of `finished_key`'s time)
DOUBLED_RE = re.compile(r"([^V])\1+")
LIQUID_RE = re.compile(r"L(?!V)")
LIQUID_CLASS = "L"  # 르: the liquid with the epenthetic vowel, no vowel of the name
CLOSED = "|"  # (places59b) a syllable break after a closing liquid (`hangul_token`)


def hangul_token(token: str) -> str:
    """One Hangul token -> its key (deterministic: each jamo has one class). (places59b) A 르 before a syllable of no
    initial consonant ('데이르에조르', Deir ez-Zor) writes an r that closes its syllable, a word's last letter in the
    Latin name ('Deir Ezzor'): an r between two vowels of one word opens the next syllable instead ('Kirov' 키로프), so
    it drops as a final liquid does and the two keys meet."""
    raw, last_vowel = [], ""
    for ch in token:
        parts = jamo_indexes(ch)
        if parts is None:
            continue
        initial, medial, final = parts
        if raw and raw[-1] == LIQUID_CLASS and INITIAL_CLASS[initial] == "":
            raw[-1] += CLOSED
        raw.append(INITIAL_CLASS[initial] + ("" if medial == EPENTHETIC else "V") + FINAL_CLASS[final])
        last_vowel = MEDIAL_VOWEL[medial]
    key = finished_key("".join(raw))
    return key or last_vowel


def latin_fold(token: str) -> str:
    """A Latin token as the Latin rules read it: accents folded, lower case, letters and hyphens only (public: the
    city and region sound tables test a name's opening and its 'ng' on the same form)."""
    s = ascii_fold(token).lower()
    return re.sub(r"[^a-z\-]", "", s)


@functools.lru_cache(maxsize=KEYS_CACHED)
def latin_token(token: str) -> list[str]:
    """One Latin token -> its keys under each Korean rendering, the usual rendering first. Hyphen
    parts are syllable groups (Sang-mok: the ng ends a syllable). Cached (callers only read the list): a
    Hangul name heard against the world table compares it with every name of the same sound."""
    word = latin_fold(token)
    out = [""]
    for part in filter(None, word.split("-")):
        renderings = [""]
        i = 0
        while i < len(part):
            m = LATIN_RULE_RE.match(part, i)
            if m:
                alts = LATIN_RULE_ALTS[m.lastindex - 1]
                renderings = [r + a for r in renderings for a in alts][:MAX_ALTERNATIVES]
                i = m.end()
            else:
                i += 1
        out = [o + r for o in out for r in renderings][:MAX_ALTERNATIVES]
    vowel = next((LATIN_VOWEL[c] for c in reversed(word) if c in LATIN_VOWEL), "")
    return list(dict.fromkeys(finished_key(o) or vowel for o in out)) or [""]


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s·・,]+", name.strip()) if t and (is_hangul(t) or latin_fold(t).strip("-"))]


@budget.table()
def chinese_surnames() -> frozenset[str]:
    return frozenset(romanization_tables().get("chinese_surnames_hangul", []))


def _split_hangul(token: str, country: str | None) -> list[str]:
    """An unspaced East Asian name in Hangul -> surname, given name (시진핑 -> 시, 진핑), so that it
    compares with the spaced Latin form; other tokens stay whole (젤렌스키 is one surname). A Chinese name of four
    Hangul syllables splits where the Mandarin table's syllables put its family name (류젠차오: 류 + 젠차오)."""
    if len(token) == LONG_CHINESE_NAME and ORIGIN_OF_COUNTRY.get(country or "") == MANDARIN:
        cut = family_name_length(token)
        return [token[:cut], token[cut:]] if cut else [token]
    if not 2 <= len(token) <= 3:
        return [token]
    if (country in EAST_ASIAN_COUNTRIES and (token[:1] in chinese_surnames() or token[:2] in chinese_surnames())) \
            or (country in KOREAN_COUNTRIES | {None} and looks_korean_name(token)):
        cut = 2 if token[:2] in chinese_surnames() and len(token) == 3 and country in EAST_ASIAN_COUNTRIES else 1
        return [token[:cut], token[cut:]]
    return [token]


def is_korean_name(name: str, country: str | None) -> bool:
    """Whether a name is keyed by Korean romanization rules rather than by loanword rules."""
    tokens = _tokens(name)
    if not tokens or (country is not None and country not in KOREAN_COUNTRIES):
        return False
    if is_hangul(name):
        return len(tokens) == 1 and looks_korean_name(tokens[0])
    classes = surname_class()
    has_surname = latin_fold(tokens[0]).replace("-", "") in classes or latin_fold(tokens[-1]).replace("-", "") in classes
    return has_surname and (country in KOREAN_COUNTRIES or "-" in name or len(tokens) == 3)


def korean_key(name: str) -> str:
    latin = romanize_korean_name(name.replace(" ", "")) if is_hangul(name) else name
    return "ko:" + "+".join(sorted(variant_key(latin)))


def same_person_key(name: str, country: str | None = None) -> str:
    """The one key of a name: equal for its Hangul and Latin forms under the usual renderings.
    `country` (the person's, when known) picks the rules: Korean names by romanization, others by
    loanword rules, East Asian unspaced Hangul names split into surname and given name."""
    if is_korean_name(name, country):
        return korean_key(name)
    parts = []
    tokens = _tokens(name)
    for t in tokens:
        if is_hangul(t):  # only an unspaced whole name splits: a spaced one shows its own tokens
            parts += [hangul_token(p) for p in (_split_hangul(t, country) if len(tokens) == 1 else [t])]
        else:
            parts.append(latin_token(t)[0])
    return "ph:" + " ".join(sorted(p for p in parts if p))


@functools.lru_cache(maxsize=KEYS_CACHED)
def keys(name: str) -> frozenset[str]:
    """Every key of a name: each rendering of its ambiguous letters, tokens order-free and also run
    together (an unspaced Hangul name against a spaced Latin one), and the Korean key where the
    name could be Korean; and the same for the name's other written shapes (`name_shapes`: an honorific
    left out, an Arabic article glued to its word). Two names name the same person when their keys meet.
    Cached: merging compares the same few names of a record with every report that might join it."""
    out: set[str] = set()
    for shape in name_shapes(name):
        out |= _keys_of(shape)
    return frozenset(out)


def name_shapes(name: str) -> list[str]:
    """The name as written, without honorifics one outlet includes and another leaves out ('셰이크 하마드' =
    'Hamad'), and with a standalone Arabic article joined to the word after it, as Hangul writes it ('Al
    Nahyan' = '알나흐얀'). Lists: romanization.yaml `name_honorifics`, `name_articles`."""
    tokens = _tokens(name)
    honorifics, articles = name_words("name_honorifics"), name_words("name_articles")
    kept = [t for t in tokens if t.casefold() not in honorifics] or tokens
    glued: list[str] = []
    for t in kept:
        if glued and glued[-1].casefold() in articles:
            glued[-1] += t
        else:
            glued.append(t)
    return list(dict.fromkeys([name, " ".join(kept), " ".join(glued)]))


@functools.lru_cache(maxsize=4)
def name_words(table: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in romanization_tables().get(table, []))


def _keys_of(name: str) -> set[str]:
    tokens = _tokens(name)
    per_token: list[list[str]] = []
    whole: list[str] = [""]
    for t in tokens:
        alts = [hangul_token(t)] if is_hangul(t) else latin_token(t)
        per_token.append(alts)
        whole = [w + a for w in whole for a in alts][:MAX_ALTERNATIVES]
    out = {"ph:" + w for w in whole if w}
    if len(tokens) > 1:
        out |= {"ph:" + "".join(reversed(c)) for c in _combos(per_token)}
    out |= {"ph:" + " ".join(sorted(p for p in c if p)) for c in _combos(per_token)}
    for country in (None, "CHN"):
        out.add(same_person_key(name, country))
    for country in (None, "KOR"):
        if is_korean_name(name, country):
            out.add(korean_key(name))
    return {k for k in out if k not in ("ph:", "ko:")}


def _combos(per_token: list[list[str]]) -> list[tuple[str, ...]]:
    combos: list[tuple[str, ...]] = [()]
    for alts in per_token:
        combos = [c + (a,) for c in combos for a in alts][:MAX_ALTERNATIVES]
    return combos


def same_person(a: str, b: str) -> bool:
    """Whether two name forms (either script) can name one person under the transcription rules."""
    return bool(keys(a) & keys(b))


def same_person_in_context(a: str, b: str) -> bool:
    """Whether two name forms can name one person where the context already says they are the same
    kind of party (the other side of one meeting, on one day): as `same_person`, or one form is a
    single word (a surname, 러트닉) whose keys meet one word of the other (Howard Lutnick). Alone, a
    surname is too weak; beside a shared party and date it is what a second outlet writes."""
    if same_person(a, b):
        return True
    ta, tb = _tokens(a), _tokens(b)
    if len(ta) != 1 and len(tb) != 1 or len(ta) == len(tb):
        return False
    short, long_ = (ta[0], tb) if len(ta) == 1 else (tb[0], ta)
    return any(keys(short) & keys(t) for t in (long_[0], long_[-1]))


def stable_person_id(name: str, country: str | None = None) -> str:
    """The id of a person the knowledge base does not know: the same from either script, on every run
    and machine. The country only picks the rules (see `same_person_key`); it is not part of the id,
    because one report names the person's country and another does not."""
    return stable_id("per_p", same_person_key(name, country))


class PhoneticIndex:
    """Unknown persons seen so far, by every key of every name form: a later form in the other script
    or another rendering (바데풀 after Wadephul) finds the earlier person, where the one-key id
    (`stable_person_id`) misses because the two forms took different renderings. A match must be
    unique and the countries must not disagree; the caller records the reason ("phonetic key")."""

    def __init__(self) -> None:
        self.by_key: dict[str, set[str]] = {}
        self.country: dict[str, str | None] = {}

    def add(self, person_id: str, name: str, country: str | None = None) -> None:
        for k in keys(name):
            self.by_key.setdefault(k, set()).add(person_id)
        if country or person_id not in self.country:
            self.country[person_id] = country

    def find(self, name: str, country: str | None = None) -> str | None:
        found = set().union(*(self.by_key.get(k, set()) for k in keys(name)))
        found = {p for p in found if None in (country, self.country.get(p)) or self.country[p] == country}
        return next(iter(found)) if len(found) == 1 else None
