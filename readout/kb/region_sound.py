"""Foreign regions named in Hangul, found by sound: '바이에른' is Bayern (DEU), '타밀나두' Tamil Nadu (IND).

Why: no systematic source gives the Korean names of the world's first-level regions (ISO 3166-2's Korean
translations cover a few dozen, CLDR none), while Korean news writes every state, province and Land by the
loanword rules ('캘리포니아주 주지사', '광둥성 당국', '브리티시컬럼비아주 총리'). The region table
(subdivisions_world.yaml, with its English names and short forms) is heard in Hangul instead: a region's name and
the Hangul word must share a consonant key (kb/phonetic.py: the loanword rules run backwards), and among the regions
that share it the one whose vowels sound closest wins, when no region of another state sounds as close. Consonant
keys alone are too coarse for place names ('케랄라' has the key of Kerala, Karelia and Guerrero); the vowels
tell them apart.

Only a reader that already knows the word names a region asks this (a word written with a region's type word,
'…주', '…성', or before a region's office, '…주지사'): a word alone is never heard as a region.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from readout import budget
from readout.cache import disk_cached
from readout.kb.names import jamo_indexes
from readout.kb.phonetic import latin_fold, hangul_token, latin_token
from readout.kb.geonames import GeoEntry
from readout.kb.subdivisions import province_names, subdivision_index

MIN_SYLLABLES = 2  # a one-syllable word is a common word before a region's type word far more often
MIN_VOWEL_MATCH = 0.75  # the share of vowel classes the Hangul word and the region's name have in order
MIN_MARGIN = 0.15  # by how much the best region must sound closer than any region of another state

# Hangul medials in Unicode order -> a vowel class (ㅡ, the vowel written to break a consonant cluster, has none):
# the class of the Latin vowel the loanword rules write with it (ㅐ for the 'a' of 'Alberta', ㅔ for 'e').
# ㅓ renders the English schwa and 'er', 'o', 'u' ('컬럼비아' Columbia): it agrees with any vowel (ANY).
ANY = "*"
MEDIAL_CLASS = ["A", "A", "A", "A", ANY, "E", "E", "E", "O", "A", "E", "E", "O", "U", ANY, "E", "I", "U", "", "I",
                "I"]
LATIN_CLASS = {"a": "A", "e": "E", "i": "I", "y": "I", "o": "O", "u": "U"}
GLIDE_RE = re.compile(r"(?<=[gq])u(?=[aeio])")  # 'Guangdong', 'Quebec': the u after g, q is a glide


def hangul_vowels(word: str) -> str:
    out = []
    for ch in word:
        parts = jamo_indexes(ch)
        if parts is not None:
            out.append(MEDIAL_CLASS[parts[1]])
    return "".join(out)


def latin_vowels(name: str) -> str:
    return "".join(LATIN_CLASS.get(c, "") for c in GLIDE_RE.sub("", latin_fold(name)))


def vowel_match(hangul: str, latin: str) -> float:
    """1 - (edit distance of the two vowel-class strings) / (the longer one's length); ANY agrees with any class."""
    if not hangul or not latin:
        return float(hangul == latin)
    row = list(range(len(latin) + 1))
    for i, h in enumerate(hangul, 1):
        prev, row[0] = row[0], i
        for j, v in enumerate(latin, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (h != v and h != ANY))
    return 1 - row[-1] / max(len(hangul), len(latin))


def vowels_agree(hangul: str, latin: str) -> bool:
    """`vowel_match(hangul, latin) == 1.0`, read without the edit distance (speed56): a distance of 0 is the same
    length and every class agreeing (the Hangul side's ANY with any). Why: the city readers ask it of every city
    under a consonant key, 40,000 times over a few hundred words, and most differ in length."""
    if len(hangul) != len(latin):
        return False
    for h, v in zip(hangul, latin):
        if h != v and h != ANY:
            return False
    return True


# (places59) ㄹ as Unicode's initial and final jamo indexes (jamo_indexes): the liquid Korean writes for an r or an l,
# as an initial ('로'), a final ('불') or an initial before the vowel-less ㅡ ('르': a final r or l, 'Kunar' 쿠나르)
LIQUID_INITIAL, LIQUID_FINAL = 5, 8
LATIN_LIQUIDS = frozenset("rl")


def hangul_liquids(word: str) -> tuple[int, ...]:
    """(places59, issue 14) Where a Hangul word writes a liquid, as the number of vowel classes before each ('쿠나르':
    (2,), its 르 after 쿠, 나; '로가르': (0, 2)); a liquid written twice for one l ('살라' for 'sala') counts once.
    Why: the consonant keys drop an r or l closing a syllable on both sides (kb/phonetic: 'Kunar' and 'Khulna' are
    both KN, '카불' and 'Gabu' both KP), so a name with no liquid there, of another state, sounded as close and the
    margin named neither; the loanword rules always write the liquid, so where it stands tells them apart."""
    out: list[int] = []
    vowels = 0
    for ch in word:
        parts = jamo_indexes(ch)
        if parts is None:
            continue
        if parts[0] == LIQUID_INITIAL:
            out.append(vowels)
        vowels += bool(MEDIAL_CLASS[parts[1]])
        if parts[2] == LIQUID_FINAL:
            out.append(vowels)
    return once(out)


def latin_liquids(name: str) -> tuple[int, ...]:
    """(places59) `hangul_liquids` of a Latin name: the number of vowel letters (as `latin_vowels` counts them) before
    each r or l, a doubled one once ('Kassala': (2,); 'Kunar': (2,); 'Khulna': (1,))."""
    out: list[int] = []
    vowels = 0
    for c in GLIDE_RE.sub("", latin_fold(name)):
        if c in LATIN_CLASS:
            vowels += 1
        elif c in LATIN_LIQUIDS:
            out.append(vowels)
    return once(out)


def once(positions: list[int]) -> tuple[int, ...]:
    """Liquid positions with a run of one position kept once (a doubled letter, 'll'; 'ㄹㄹ' for one l)."""
    return tuple(v for i, v in enumerate(positions) if i == 0 or positions[i - 1] != v)


def liquids_agreeing(word: str, entries: list[tuple], heard: Callable[[tuple], bool]) -> list[tuple]:
    """(places59) The entries (their last field a region's name) whose name has its liquids where the Hangul word writes
    them, where one of those is `heard` (its vowels close enough); else all of them, the rivals below the vowel floor
    kept as they were (the vowel count of a diphthong may differ: 'Diyala' 디얄라, and no agreeing name to prefer)."""
    liquids = hangul_liquids(word)
    agreeing = [e for e in entries if latin_liquids(e[-1]) == liquids]
    return agreeing if any(heard(e) for e in agreeing) else entries


def latin_keys(name: str) -> list[str]:
    """The consonant keys of a (possibly multi-word) Latin name run together, as Hangul writes it in one word."""
    whole = [""]
    for token in name.split():
        whole = [w + k for w in whole for k in latin_token(token)][:64]
    return [w for w in whole if w]


def ukrainian_forms(name: str) -> list[str]:
    """(places58b, issue 14) A region's name and the spellings a Korean transcription of a Ukrainian-shaped name
    follows (kb/city_sound.written_forms: 'Kharkiv' heard as 'Kharkiu', 하르키우; 'Mykolaiv' 미콜라이우), so
    '하르키우주를', '미콜라이우주 주지사' are heard as the oblasts their cities name, as the cities are heard."""
    from readout.kb.city_sound import written_forms  # cycle: city_sound imports this module

    return written_forms(name)


def region_by_sound(word: str, exact: bool = False) -> str | None:
    """The state of the region a Hangul word names by sound ('바이에른' DEU, '온타리오' CAN), or None when no
    region sounds close enough or regions of two states sound alike. `exact`: every vowel class must agree (for a
    word that also reads as a Korean person's name: '허난성' is Henan, and 김민성 a person). (places59) Heard among the
    regions whose liquids stand where the word writes its ㄹ, where any does (`liquids_agreeing`: '카불' Kabul, not
    Guinea-Bissau's Gabu)."""
    if len(word) < MIN_SYLLABLES or any(jamo_indexes(ch) is None for ch in word):
        return None
    vowels, floor = hangul_vowels(word), (1.0 if exact else MIN_VOWEL_MATCH)
    scored = sorted(((vowel_match(vowels, v), code, name) for v, code, name in sound_names().get(hangul_token(word), [])),
                    reverse=True)
    scored = [(score, code) for score, code, _name in liquids_agreeing(word, scored, lambda e: e[0] >= floor)]
    if not scored or scored[0][0] < floor:
        return None
    best, code = scored[0]
    rival = next((score for score, other in scored if other != code), 0.0)
    return code if round(best - rival, 6) >= MIN_MARGIN else None


@budget.table()
@disk_cached("region-sound-names")
def sound_names() -> dict[str, list[tuple[str, str, str]]]:
    """(places53) Consonant key -> [(vowel classes, country code, region name)] of every region name and short form, for
    a reader that names the region itself, not only its state. (places59) The one index: `region_by_sound` reads it
    too (the liquids of a name are asked of it), and the index of codes alone it read before is gone."""
    index: dict[str, list[tuple[str, str, str]]] = {}
    for name, code in subdivision_index().items():
        for form in ukrainian_forms(name):  # places58b: 'Kharkiv' heard as 하르키우 too
            vowels = latin_vowels(form)
            for key in dict.fromkeys(latin_keys(form)):
                if (vowels, code, name) not in index.setdefault(key, []):
                    index[key].append((vowels, code, name))
    return index


def region_named_by_sound(word: str, code: str) -> str | None:
    """(places53) The name of the region of the state `code` a Hangul word names by sound ('브랸스크' of RUS:
    Bryansk, '벨고로드' Belgorod): a region of that state whose consonant key is the word's and whose every vowel class
    agrees (a Latin glide, the y of 'Bry-', may be written into the Korean vowel, as kb/city_sound reads towns); among
    names that sound alike (a short form and another spelling) the shortest, then the first in order; None when no
    region of the state sounds so. The state written before the word is the guard `region_by_sound` lacks. (places59)
    Regions whose liquids stand where the word writes its ㄹ first (`liquids_agreeing`: '와르다크' Wardak, not Takhar)."""
    if len(word) < MIN_SYLLABLES or any(jamo_indexes(ch) is None for ch in word):
        return None
    vowels = hangul_vowels(word)
    heard = [(v, c, name) for v, c, name in sound_names().get(hangul_token(word), [])
             if c == code and (vowel_match(vowels, v) == 1.0
                               or vowel_match(vowels, latin_vowels(NAME_GLIDE_RE.sub("", latin_fold(name)))) == 1.0
                               or code in PINYIN_STATES and vowel_match(vowels, pinyin_vowels(name)) == 1.0)]
    names = sorted(name for _v, _c, name in liquids_agreeing(word, heard, lambda e: True))
    return min(names, key=len) if names else None


NAME_GLIDE_RE = re.compile(r"(?<=[a-z])[iy](?=[aeou])")  # 'Bryansk': Korean writes the glide into the vowel (브랸)
# (places56) the Korean rules for Chinese (외래어 표기법, 중국어 표기) write a pinyin name's vowels their own way: 'ong'
# as 웅 (광둥 Guangdong, 산둥 Shandong), the i after z, c, s, zh, ch, sh, r as 으 (쓰촨 Sichuan), a u between a
# consonant and a, o, e into the next vowel (촨, 둬), yu as 위 (윈난 Yunnan), ian as 옌/엔 (톈진 Tianjin);
# (places56b) but iang as 양/장 (헤이룽장 Heilongjiang), ui as 우이 (구이저우 Guizhou: 'uwi' keeps the u a vowel for
# GLIDE_RE), an i between a consonant and a, o, u as a glide written into the vowel (량 liang, 류 liu)
PINYIN_VOWELS = ((re.compile(r"ong"), "ung"), (re.compile(r"(?<=[zcsrh])i(?![aeiou])"), ""),
                 (re.compile(r"(?<=[b-df-hj-np-tv-z])u(?=[aoe])"), ""), (re.compile(r"yu"), "wi"),
                 (re.compile(r"ian(?!g)"), "en"), (re.compile(r"ui"), "uwi"),
                 (re.compile(r"(?<=[b-df-hj-np-tv-z])i(?=[aou])"), ""))
PINYIN_STATES = frozenset({"CHN", "TWN"})  # the states whose regions are named in pinyin


def pinyin_vowels(name: str) -> str:
    """(places56) The vowel classes of a pinyin name as the Korean rules for Chinese write it ('Guangdong' -> AU, as
    광둥; 'Sichuan' -> A, as 쓰촨)."""
    folded = latin_fold(name).lower()
    for pattern, written in PINYIN_VOWELS:
        folded = pattern.sub(written, folded)
    return latin_vowels(folded)


def provinces_by_sound(word: str) -> list[GeoEntry]:
    """(places59, issue 14) The provinces, states, governorates and oblasts (kb/subdivisions.province_names) a Hangul word
    sounds like, one a state (its consonant key and every vowel class; those with the word's liquids where any has
    them, `liquids_agreeing`; of a state's names alike, the shortest), as region entries of no coordinates: the
    candidates of a word struck bare ('헬만드를 공습했다'), which the story's states decide (lang/ko/struck_regions)."""
    if len(word) < MIN_SYLLABLES or any(jamo_indexes(ch) is None for ch in word):
        return []
    vowels, provinces = hangul_vowels(word), province_names()
    heard = [entry for entry in sound_names().get(hangul_token(word), [])
             if entry[2] in provinces and vowel_match(vowels, entry[0]) == 1.0]
    named: dict[str, str] = {}
    for _vowels, code, name in sorted(liquids_agreeing(word, heard, lambda e: True), key=lambda e: (len(e[2]), e[2])):
        named.setdefault(code, name)
    return [GeoEntry(name, code, None, None, "region") for code, name in named.items()]
