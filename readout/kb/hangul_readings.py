"""Chinese and Japanese names written in Hangul, read back into Latin letters by the official tables.

Why: a person the knowledge base does not know is written 왕원타오 in a Korean report and "Wang Wentao" in an
English one. The consonant keys of kb/phonetic.py already let the two forms meet, but they say nothing of how
the name is spelled in Latin letters, so a record seen only in Korean, or first in Korean, exported the Hangul
form, and a Chinese name that starts with a Korean surname (천광밍) was romanized as a Korean name. The Korean
loanword orthography writes Mandarin and Japanese by fixed tables (data/hangul_transcription.yaml); running them
backwards gives every Latin spelling a Hangul form can come from. Mandarin loses the difference between
j/zh, q/ch/c and x/sh only where the pinyin syllable table allows both (셴 is only xian, 천 chen or cen); Japanese
loses the voicing of a word's first consonant (가 is ka or ga) and every long vowel.

`readings` gives the candidates; `latin_name` gives a name only when the table leaves exactly one, which the
resolver may then export; `matches` compares the candidates with a Latin name seen elsewhere in the run.
"""
from __future__ import annotations

import itertools
import re

from readout import budget
from readout.kb.names import ascii_fold, jamo_indexes
from readout.errors import DataFileError

MANDARIN = "mandarin"
JAPANESE = "japanese"
ORIGIN_OF_COUNTRY = {"CHN": MANDARIN, "JPN": JAPANESE}  # where the press writes the name by that table's source
MAX_READINGS = 32  # candidates kept per name: a long name of ambiguous syllables stays cheap
MAX_GIVEN_SYLLABLES = 2  # a Chinese given name is one or two characters
COMPAT_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"  # Hangul compatibility jamo in the order of Unicode's initials
COMPAT_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
COMPAT_FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
SYLLABLE_BASE, MEDIALS_TIMES_FINALS, FINALS_COUNT = 0xAC00, 588, 28


@budget.table()
def _table() -> dict:
    from readout.kb.loader import cached_yaml  # the loader imports kb modules: imported when first asked

    return cached_yaml(FILE)


def compose(initial: str, medial: str, final: str = " ") -> str:
    return chr(SYLLABLE_BASE + COMPAT_INITIALS.index(initial) * MEDIALS_TIMES_FINALS
               + COMPAT_MEDIALS.index(medial) * FINALS_COUNT + COMPAT_FINALS.index(final))


def decompose(ch: str) -> tuple[str, str, str] | None:
    parts = jamo_indexes(ch)
    return None if parts is None else (COMPAT_INITIALS[parts[0]], COMPAT_MEDIALS[parts[1]], COMPAT_FINALS[parts[2]])


def with_initial(consonant: str, vowel_form: str) -> str:
    """A final's consonant-less Hangul form with the initial's consonant put on its first syllable (d + 옌 -> 뎬),
    by rule 3 of 제4절 after ㅈ ㅉ ㅊ (j + 예 -> 제)."""
    table = _table()[MANDARIN]["after_affricates"]
    _, medial, final = decompose(vowel_form[0])
    if consonant in table["consonants"]:
        medial = table["vowels"].get(medial, medial)
    return compose(consonant, medial, final) + vowel_form[1:]


@budget.table()
def mandarin_syllables() -> dict[str, list[str]]:
    """Hangul form of each pinyin syllable -> the syllables written so (천: chen, cen), from the table's axes."""
    table = _table()[MANDARIN]
    out: dict[str, list[str]] = {}
    for final, initials in table["inventory"].items():
        for initial in initials:
            form = table["finals"][final]
            if final == "i" and initial in table["apical"]["initials"]:
                form = table["apical"]["vowel"]
            latin = initial + ("u" + final[1:] if final.startswith("v") else final)
            out.setdefault(with_initial(table["initials"][initial], form), []).append(latin)
    for latin, form in table["standalone"].items():
        out.setdefault(form, []).append(latin)
    return out


def mandarin_splits(hangul: str, most: int) -> list[list[str]]:
    """The ways a Hangul word splits into the Hangul forms of pinyin syllables, in the fewest pieces (a character
    is one syllable: 타오 is tao, not ta + o), at most `most`."""
    table = mandarin_syllables()
    best: list[list[list[str]]] = [[] for _ in range(len(hangul) + 1)]  # per prefix: its splits, fewest pieces
    best[0] = [[]]
    for end in range(1, len(hangul) + 1):
        for start in range(max(0, end - 2), end):
            if hangul[start:end] in table and best[start] != []:
                splits = [s + [hangul[start:end]] for s in best[start]]
                if not best[end] or len(splits[0]) < len(best[end][0]):
                    best[end] = splits
                elif len(splits[0]) == len(best[end][0]):
                    best[end] += splits
    return [s for s in best[-1] if len(s) <= most]


def mandarin_word(hangul: str, most: int) -> list[list[str]]:
    """The pinyin syllables a Hangul word can be written from (`mandarin_splits`); every choice of syllable."""
    table = mandarin_syllables()
    return [list(c) for s in mandarin_splits(hangul, most) for c in itertools.product(*(table[p] for p in s))][
        :MAX_READINGS]


def family_name_length(name: str) -> int | None:
    """How many Hangul syllables of an unspaced Chinese name are its family name, its first pinyin syllable,
    when every split agrees: 류젠차오 -> 1 (Liu), 왕원타오 -> 1, where a surname list of Hangul forms cannot tell."""
    cuts = {len(s[0]) for s in mandarin_splits(with_rule_three(name), MAX_GIVEN_SYLLABLES + 1) if len(s) > 1}
    return cuts.pop() if len(cuts) == 1 else None


def chinese_readings(name: str) -> list[str]:
    """'왕원타오' -> ['Wang Wentao']: the name's pinyin syllables, the first the family name (a spaced name keeps
    its own split: '왕 원타오'). Compound family names (Ouyang) are too rare to split off by guess."""
    tokens = [with_rule_three(t) for t in name.split()]
    if len(tokens) == 2:
        pairs = itertools.product(mandarin_word(tokens[0], 1), mandarin_word(tokens[1], MAX_GIVEN_SYLLABLES))
    elif len(tokens) == 1:
        pairs = ((w[:1], w[1:]) for w in mandarin_word(tokens[0], MAX_GIVEN_SYLLABLES + 1) if len(w) > 1)
    else:
        return []
    out = [f"{''.join(fam).capitalize()} {''.join(giv).capitalize()}" for fam, giv in pairs]
    return list(dict.fromkeys(out))[:MAX_READINGS]


def with_rule_three(word: str) -> str:
    """A Hangul word with rule 3 of 제4절 applied, as some outlets do not (쟈 for 자: Jia)."""
    rule = _table()[MANDARIN]["after_affricates"]
    out = []
    for ch in word:
        parts = decompose(ch)
        if parts and parts[0] in rule["consonants"] and parts[1] in rule["vowels"]:
            ch = compose(parts[0], rule["vowels"][parts[1]], parts[2])
        out.append(ch)
    return "".join(out)


@budget.table()
def kana_readings() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Hangul syllable -> the romaji it writes at a word's start and elsewhere. At the start every kana whose
    initial or later form it is (가: ka, ga; the press's 카 too), elsewhere only the later forms (가: ga)."""
    table = _table()[JAPANESE]
    first: dict[str, list[str]] = {}
    later: dict[str, list[str]] = {}
    for latin, (at_start, elsewhere) in table["kana"].items():
        for form in (at_start, elsewhere):
            first.setdefault(form, []).append(latin)
        later.setdefault(elsewhere, []).append(latin)
    for latin, forms in table["press_variants"].items():
        for form in forms:
            for where in (first, later):
                where.setdefault(form, [latin])
    return ({k: list(dict.fromkeys(v)) for k, v in first.items()}, later)


def japanese_word(hangul: str) -> list[str]:
    """Every romaji a Hangul word writes: one kana per syllable, its final ㄴ the moraic n, its final ㅅ the
    doubled consonant of the next kana (홋카이도: hokkaido)."""
    table = _table()[JAPANESE]
    first, later = kana_readings()
    out = [""]
    pending_double = False
    for i, ch in enumerate(hangul):
        parts = decompose(ch)
        if parts is None:
            return []
        initial, medial, final = parts
        found = (first if i == 0 else later).get(compose(initial, medial))
        if not found or final not in (" ", table["moraic_n"]["final"], table["geminate"]["final"]):
            return []
        if pending_double:
            found = [("t" if k.startswith("ch") else k[0]) + k for k in found]
        tail = table["moraic_n"]["latin"] if final == table["moraic_n"]["final"] else ""
        out = [o + k + tail for o in out for k in found][:MAX_READINGS]
        pending_double = final == table["geminate"]["final"]
    return [] if pending_double else out


def japanese_readings(name: str) -> list[str]:
    """'가와구치 준코' -> ['Junko Kawaguchi', 'Junko Gawaguchi', ...]: the family name written first in Hangul,
    the given name first in Latin letters as the English press writes it."""
    tokens = name.split()
    if not 1 <= len(tokens) <= 2:
        return []
    words = [japanese_word(t) for t in tokens]
    if not all(words):
        return []
    return [" ".join(w.capitalize() for w in reversed(c)) for c in itertools.product(*words)][:MAX_READINGS]


def readings(name: str, country: str | None) -> list[str]:
    """The Latin names a Hangul name can be written from under the table of the person's country's language."""
    origin = ORIGIN_OF_COUNTRY.get(country or "")
    if origin == MANDARIN:
        return chinese_readings(name.strip())
    if origin == JAPANESE:
        return japanese_readings(name.strip())
    return []


def latin_name(name: str, country: str | None) -> str | None:
    """The one Latin name the table allows, or None when it allows several or none: never a guess."""
    found = readings(name, country)
    return found[0] if len(found) == 1 else None


def compared(latin: str) -> str:
    """A Latin name as the tables write it: lower case, no marks or hyphens, the words in order of sorting (Japanese
    and Chinese names come in either order), long vowels folded (Yousuke, Ohno, Kōno: the tables write none)."""
    words = re.sub(r"[^a-z ]", "", ascii_fold(latin).lower().replace("-", "")).split()
    folded = []
    for w in words:
        for long, short in _table()[JAPANESE]["long_vowels"]:
            w = re.sub(long + "(?![aeiouy])", short, w) if long == "oh" else w.replace(long, short)
        folded.append(w)
    return " ".join(sorted(folded))


def matches(hangul: str, latin: str, country: str | None) -> bool:
    """Whether the Latin name is one the Hangul name can be written from (either name order, long vowels aside)."""
    wanted = compared(latin)
    return any(compared(r) == wanted for r in readings(hangul, country))


def check() -> int:
    """`readout kb check`: every final and initial the inventory names is in the table, every cell composes, every
    kana has its two Hangul forms of one syllable; the number of Mandarin and kana syllables."""
    table = _table()
    mandarin, kana = table[MANDARIN], table[JAPANESE]["kana"]
    for final, initials in mandarin["inventory"].items():
        unknown = [i for i in initials if i not in mandarin["initials"]]
        if final not in mandarin["finals"] or unknown:
            raise DataFileError(f"mandarin {final!r}: unknown final or initial {unknown[:1]}", doc=FILE)
    for latin, forms in kana.items():
        if not isinstance(latin, str) or len(forms) != 2 or any(len(f) != 1 or decompose(f) is None for f in forms):
            raise DataFileError(f"kana {latin!r}: two Hangul syllables wanted, got {forms!r}", doc=FILE)
    return sum(map(len, mandarin_syllables().values())) + len(kana)


FILE = "hangul_transcription.yaml"
