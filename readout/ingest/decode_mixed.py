"""A UTF-8 page with stretches in another encoding (ingest/decode's mixed pages, harden56 to harden59b): each run of
non-ASCII bytes read as UTF-8, CP949 or Latin-1 by what it decodes to and by the ASCII letters around it, and the note
of what was repaired. Apart from ingest/decode for its size: decode chooses the page's encoding, this reads the runs
of a page it found mixed.
"""
from __future__ import annotations

import re

from readout.settings import SETTINGS, Settings

HANGUL = (0xAC00, 0xD7A3)  # the syllables: what a CP949 stretch of a Korean page is mostly made of
MIXED = "mixed_encoding"  # the code of a page in UTF-8 with stretches in CP949, read with each stretch decoded

HIGH_RUN_RE = re.compile(rb"[\x80-\xff]+")  # a run of non-ASCII bytes: a word's letters in either encoding


def mostly_utf8(data: bytes, max_share: float,
                settings: Settings = SETTINGS) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """A UTF-8 page with stretches in CP949 or Latin-1 (harden56, harden57): each run of non-ASCII bytes read as
    UTF-8, or as CP949 where UTF-8 fails and the run is Korean enough (`cp949_runs`), or as Windows-1252 (Latin-1)
    otherwise, and a note saying how many were and which bytes; None when the foreign runs hold more than
    `max_share` of the bytes (a page in another encoding, for the charset guess). Why: a site's template in UTF-8
    around an older CP949 block (a byline, a footer, a quoted box) failed both encodings whole, and the article was
    rejected ('CP949 fails too'), or went to the charset guess, which read all of it as one wrong encoding; a Latin-1
    name ('Señor' as F1) did the same. Why runs, not UTF-8's failing bytes: a CP949 syllable can be valid UTF-8 by
    chance (홍 is C8 AB, UTF-8 for U+022B), a whole run rarely."""
    if max_share <= 0:
        return None
    runs: list[tuple[int, bytes, str | None]] = []  # (offset, bytes, UTF-8 text or None)
    for m in HIGH_RUN_RE.finditer(data):
        try:
            runs.append((m.start(), m.group(), m.group().decode("utf-8")))
        except UnicodeDecodeError:
            runs.append((m.start(), m.group(), None))
    korean = cp949_runs(data, [(start, run) for start, run, text in runs if text is None], settings)
    parts, pos = [], 0
    foreign: dict[str, list[tuple[int, bytes]]] = {"CP949": [], "Windows-1252 (Latin-1)": []}
    for start, run, text in runs:
        parts.append(data[pos:start].decode("ascii"))
        pos = start + len(run)
        if text is None:
            text = korean.get(start) or latin1(run)
            foreign["CP949" if start in korean else "Windows-1252 (Latin-1)"].append((start, run))
        parts.append(text)
    parts.append(data[pos:].decode("ascii"))
    size = sum(len(run) for runs_ in foreign.values() for _, run in runs_)
    if not size or size > max_share * len(data):
        return None
    return "".join(parts), ((MIXED, "; ".join(foreign_note(name, rs) for name, rs in foreign.items() if rs)),)


def cp949_runs(data: bytes, runs: list[tuple[int, bytes]], settings: Settings) -> dict[int, str]:
    """The runs (offset, bytes; not UTF-8) of a UTF-8 page read as CP949, by offset, with their text: those CP949
    decodes to mostly Hangul (`mixed_cp949_hangul_share`) whose neighbours do not say Latin-1 (`run_side`), and that
    hold `mixed_cp949_min_hangul` syllables or stand as a word of their own, or fewer when another run of the page does
    (harden58, harden58b). Why a floor: two adjacent Latin-1 letters are one CP949 character ('AÇÃO' as C7 C3 is '플',
    'süß' as FC DF a hanja), so a Portuguese or German word in a UTF-8 page was read as Korean, no error; a Korean
    stretch has words of two syllables or more, and beside them its one-syllable words ('및') are Korean too.
    Why Hangul, not hanja: a CP949 stretch of a Korean page is Hangul text; a lone ideograph is Latin-1 by chance.
    A run standing alone as one syllable is weighed by the syllable (`lone_syllable`, harden59)."""
    decoded = {}
    for start, run in runs:
        try:
            text = run.decode("cp949")
        except UnicodeDecodeError:
            continue
        syllables = sum(HANGUL[0] <= ord(c) <= HANGUL[1] for c in text)
        side = run_side(data, start, run)
        if syllables < settings.mixed_cp949_hangul_share * len(text) or side == LATIN_SIDE:
            continue
        alone = lone_syllable(text, run) if side == KOREAN_SIDE else None
        if alone != LATIN_SIDE:
            decoded[start] = (text, syllables >= settings.mixed_cp949_min_hangul or alone == KOREAN_SIDE)
    if not any(sure for _, sure in decoded.values()):
        return {}
    return {start: text for start, (text, _) in decoded.items()}


LATIN_SIDE, KOREAN_SIDE = "latin", "korean"  # what a run's neighbours say it is (`run_side`); None: nothing


def lone_syllable(text: str, run: bytes) -> str | None:
    """What a run that no ASCII letter touches says by itself (harden59): Korean when it is more than one character
    or a syllable that is a common Korean word of its own (`lang.ko.common_syllables`, from wordfreq: '및', '등', '월');
    Latin-1 when it is a rare syllable whose Latin-1 reading is printable, signs ('±½' is B1 BD, '굵'; '°±' is '갚')
    or letters ('µÀ' is '돛', harden59b); None (the page decides: another run of two syllables makes it Korean) when
    the reading holds a control character, which no Latin-1 text has. Why: a run standing alone was Korean whatever
    it held, so two Latin-1 signs between spaces became a Hangul syllable that no writer puts alone. Why letters too
    (harden59b): the evidence is the syllable's rarity alone; beside a CP949 byline ' µÀ ' was ' 돛 '."""
    if len(text) > 1:
        return KOREAN_SIDE
    # cold start: the syllable list loads only for a page with a lone foreign run
    from readout.lang.ko.common_syllables import is_common_word

    if is_common_word(text):
        return KOREAN_SIDE
    return LATIN_SIDE if latin1(run).isprintable() else None


def run_side(data: bytes, start: int, run: bytes) -> str | None:
    """What the ASCII bytes around a non-UTF-8 run of a UTF-8 page say it is (harden58b): Latin-1 when it is one
    CP949 character (two bytes) whose Latin-1 reading is two letters, it sits inside an ASCII word (a letter on
    both sides: 'AÇÃO') or beside a lower-case letter ('Grüße', 'süß'), and the word's letters keep a Latin case
    (`latin_case`, harden59); CP949 when no ASCII letter touches it (a space, a mark, a digit or the page's edge on
    both sides: ' 및 ', '3월'); None otherwise ('KBS의': an upper-case letter on one side only, which an acronym before
    a Korean particle has as much as a Latin capital; 'iPhone의': 'iPhoneÀÇ' is no Latin word). Why: a lone
    one-syllable CP949 word, the page's only foreign run, was read as two Latin-1 letters (no run held two
    syllables), and a Latin-1 letter pair on a page with a real CP949 stretch was read as CP949: the floor alone
    cannot tell them, the word around them can."""
    before = data[start - 1:start] if start else b""
    after = data[start + len(run):start + len(run) + 1]
    letters = [b for b in (before, after) if b.isalpha()]
    if not letters:
        return KOREAN_SIDE
    reading = latin1(run)
    if len(run) == 2 and all(c.isalpha() for c in reading) and \
            (len(letters) == 2 or any(b.islower() for b in letters)) and \
            latin_case(before.decode("ascii") + reading + after.decode("ascii")):
        return LATIN_SIDE
    return None


def signs_apart(data: bytes, max_share: float,
                settings: Settings = SETTINGS) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """A page CP949 decodes whole, read as a UTF-8 page with CP949 stretches (`mostly_utf8`) when one of its runs is
    a rare syllable standing alone (`lone_syllable`: '±½' as '굵', 'µÀ' as '돛') and its foreign runs are few
    (harden59); None otherwise: the page is CP949. Why: an ASCII page with a CP949 byline is CP949 whole, so a '±½'
    in its English text became '굵', no note; a Korean page in CP949 has far more than `max_share` of its bytes in
    runs, and `mostly_utf8` leaves it to CP949 whole."""
    for m in HIGH_RUN_RE.finditer(data):
        run = m.group()
        text = run.decode("cp949", errors="replace")  # a lead byte whose trail is an ASCII letter: not one syllable
        if len(text) == 1 and HANGUL[0] <= ord(text) <= HANGUL[1] and \
                run_side(data, m.start(), run) == KOREAN_SIDE and lone_syllable(text, run) == LATIN_SIDE:
            return mostly_utf8(data, max_share, settings)
    return None


def latin_case(word: str) -> bool:
    """Whether `word`'s letters keep a Latin word's case: no lower-case letter right before an upper-case one
    (harden59). Why: a Hangul syllable's CP949 lead byte (B0-C8) is a sign or a capital in Latin-1 ('의' is C0 C7,
    'ÀÇ'), so a Korean particle right after a lower-case Latin word ('iPhone의') read as Latin-1 gives 'iPhoneÀÇ',
    which no Latin spelling has, while real Latin-1 pairs keep the case of the word around them ('AÇÃO', 'süß')."""
    return not any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def latin1(run: bytes) -> str:
    """A run as Windows-1252, what pages labelled Latin-1 are (the HTML standard's rule); its five unassigned bytes as
    ISO 8859-1's control characters."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in run)


def foreign_note(encoding: str, runs: list[tuple[int, bytes]]) -> str:
    """What was repaired, for the note: the runs, their bytes, the first one's offset and bytes (hex)."""
    start, first = runs[0]
    return (f"{len(runs)} run(s) of {sum(len(r) for _, r in runs)} bytes were not UTF-8 like the rest of the page and "
            f"were read as {encoding} (first at byte {start}: {first[:16].hex(' ').upper()})")
