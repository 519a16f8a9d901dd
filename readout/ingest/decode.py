"""Bytes to text: BOMs, declared HTML charsets, UTF-8, then CP949/EUC-KR (Korean sites still serve it),
then charset-normalizer's detection before a file is rejected.

A reject names the real cause: a binary signature, NUL bytes (binary data or a damaged file), or the
first byte that no supported encoding accepts. UTF-16 without a byte-order mark is recognized by its
NUL bytes, in the byte order whose characters are mostly ASCII or Korean, and decoded.
"""
from __future__ import annotations

import codecs
import re

from readout.errors import UnsupportedInput
from readout.ingest.decode_mixed import HANGUL, mostly_utf8, signs_apart
from readout.settings import SETTINGS, Settings

META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF")
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, doc: str, mixed_share: float = 0.0) -> str:
    """The text of `data` (see the module); `decode_noted` for the note of a mixed-encoding repair."""
    return decode_noted(data, doc, mixed_share)[0]


DECLARED_WRONG = "declared_charset_wrong"  # the code of a page in UTF-8 that names another charset (harden58)
STRAY_NUL = "stray_nul"  # the code of a UTF-8 text with a few NUL bytes, read without them (harden58)


def decode_noted(data: bytes, doc: str, mixed_share: float = 0.0,
                 settings: Settings = SETTINGS) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text of `data` and the (code, reason) notes of what was repaired. `mixed_share`: the largest share of the
    bytes that may be CP949 stretches in a UTF-8 page (`mostly_utf8`; 0: none); `settings` for UTF-16's share, the
    stray NUL bytes a text may hold, and the Hangul a CP949 stretch needs."""
    if data.startswith(BINARY_SIGNATURES):
        raise UnsupportedInput("binary file (PDF, image or archive), not text", doc=doc)
    for bom, enc in BOMS:
        if data.startswith(bom):
            return after_bom(data, enc, doc, settings)
    if b"\x00" in data:
        return stray_nuls(data, settings) or (utf16_without_bom(data, doc, settings.utf16_min_share), ())
    declared = META_CHARSET_RE.search(data[:4096])
    wrong = declared and utf8_over_declared(data, declared.group(1).decode("ascii"))
    if wrong:
        return wrong
    candidates = [ascii_compatible(declared.group(1).decode("ascii").lower())] if declared else []
    candidates += ["utf-8", "cp949"]
    for n, enc in enumerate(candidates):
        try:
            text = data.decode(enc)
            # a declared charset is believed
            if enc != "cp949" or (declared and n == 0):
                return text, ()
            if believed_cp949(text, settings):
                return signs_apart(data, mixed_share, settings) or (text, ())
        except UnicodeDecodeError as exc:
            if enc == "utf-8" and cut_in_a_character(data, exc):
                return data[:exc.start].decode("utf-8"), ()
        except LookupError:
            continue
    mixed = mostly_utf8(data, mixed_share, settings)
    if mixed is not None:
        return mixed
    guessed = detected(data)
    if guessed is not None:
        return guessed, ()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnsupportedInput(f"not text in UTF-8, UTF-16 or CP949/EUC-KR: byte 0x{data[exc.start]:02x} at "
                               f"position {exc.start} is not valid UTF-8, and CP949 fails too", doc=doc) from exc
    raise UnsupportedInput("not text in UTF-8, UTF-16 or CP949/EUC-KR", doc=doc)  # pragma: no cover


def utf8_over_declared(data: bytes, charset: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """The text of a page whose declared charset (meta tag or HTTP header) is not UTF-8 while its bytes are valid
    UTF-8 holding a character of three bytes or more (U+0800 up: Hangul, CJK, curly quotes, dashes), and a note
    saying so (harden58); None otherwise. Why: 'iso-8859-1' and 'windows-1252' decode any bytes, so a UTF-8 page
    left with an old server default or template header became mojibake ('â€™' for ’, '한êµ­' for Korean), no error.
    Why three bytes: legacy double-byte text (CP949) is valid UTF-8 by chance only as two-byte sequences, and only
    for a few characters; a page of them is valid UTF-8 with a three-byte character only by a rare chance."""
    if charset.strip().lower().replace("_", "-") in ("utf-8", "utf8"):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    wide = sum(ord(c) >= 0x800 for c in text)
    if wide:
        return text, ((DECLARED_WRONG, f"the page names charset {charset!r} but its bytes are UTF-8 ({wide} "
                                       f"characters of three bytes or more): read as UTF-8"),)
    pairs = two_byte_mojibake(text, charset)
    if not pairs:
        return None
    return text, ((DECLARED_WRONG, f"the page names charset {charset!r} but its bytes are UTF-8 ({pairs} two-byte "
                                   f"characters, each two characters in {charset!r}, as 'Ã©' for 'é'): read as "
                                   f"UTF-8"),)


SINGLE_BYTE_RE = re.compile(r"(iso-?8859|latin|l[1-9]\b|windows-?125|cp-?125|(us-)?ascii|cp819|ibm819)")


def two_byte_mojibake(text: str, charset: str) -> int:
    """How many two-byte characters (U+0080..U+07FF) a UTF-8 reading `text` holds, when every one of them is a
    letter or a Latin-1 sign (U+00A0..U+00BF) and `charset` is a single-byte Latin name (harden58b); 0 otherwise.
    Why: harden58's rule needed a character of three bytes, so a UTF-8 page of French, German or Portuguese under a
    latin-1 label ('café' as 63 61 66 C3 A9) stayed mojibake ('cafÃ©'), no error. A real Latin-1 page is valid UTF-8
    only when each of its accented letters (C2-DF: 'Â'..'ß') is followed by a sign or control byte (80-BF: '©',
    '±', '³'): the very pattern of mojibake, which no writer means ('Ã©'). Why single-byte names only: double-byte
    text (CP949, Shift-JIS) is valid UTF-8 by chance in two-byte pairs, and its name is believed."""
    if not SINGLE_BYTE_RE.match(charset.strip().lower().replace("_", "-")):
        return 0
    two = [c for c in text if 0x80 <= ord(c) < 0x800]
    if not two or not all(c.isalpha() or 0xA0 <= ord(c) <= 0xBF for c in two):
        return 0
    return len(two)


TEXT_SHARE = 0.95  # the share of a decoded text's characters that are printable or white space in any real text


def after_bom(data: bytes, enc: str, doc: str, settings: Settings) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text after a byte-order mark (bytes no encoding accepts replaced), unless it is no text (harden58): then a
    reject saying so; a few NUL characters are dropped as stray NUL bytes are (`stray_nuls`' allowance and note).
    Why: the mark was believed whatever followed, so binary data that began with FF FE, or a damaged file with a
    mark, was read as a page of CJK noise or control characters, no error."""
    text, name = data.decode(enc, errors="replace"), enc.upper().removesuffix("-SIG")
    nuls = text.count("\x00")
    text = text.replace("\x00", "")
    if nuls > settings.stray_nul_per_100kb * -(-len(data) // BLOCK) or \
            sum(c.isprintable() or c.isspace() for c in text) < TEXT_SHARE * len(text):
        raise UnsupportedInput(f"binary data or a damaged file after a {name} byte-order mark: not text"
                               + (f" ({nuls} NUL characters)" if nuls else ""), doc=doc)
    note = (STRAY_NUL, f"{nuls} NUL character(s) in a {name} text were dropped: a damaged copy or export")
    return text, (note,) if nuls else ()


WIDE_CHARSETS = frozenset(("utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be", "ucs-2", "ucs-4",
                           "unicode", "iso-10646-ucs-2"))


def ascii_compatible(charset: str) -> str:
    """A charset named inside the page's own bytes, as the page can be in it: a UTF-16 or UTF-32 name is UTF-8
    (harden56). Why: a meta tag readable as ASCII proves the bytes are not UTF-16 (the HTML standard's rule); pages
    that say 'utf-16' while saved as UTF-8 exist, and decoding them as UTF-16 succeeded, turning every pair of ASCII
    letters into one CJK character: an English page became Chinese-looking noise, no error."""
    return "utf-8" if is_wide(charset) else charset


def is_wide(charset: str) -> bool:
    """A UTF-16 or UTF-32 name (any spelling: 'UTF_16', 'utf16le')."""
    name = charset.strip().lower().replace("_", "-")
    return name in WIDE_CHARSETS or name.replace("utf", "utf-", 1).replace("--", "-") in WIDE_CHARSETS


CP949_LEAD_ONLY = range(0x81, 0xC7)  # UHC lead bytes that also pair with an ASCII letter (its extension syllables)


def believed_cp949(text: str, settings: Settings = SETTINGS) -> bool:
    """Whether a page that CP949 decodes whole is CP949 (harden57): not when most of its double-byte characters are
    UHC extension syllables made with an ASCII trail byte, nor when no word of it holds `mixed_cp949_min_hangul`
    Hangul syllables (harden58). Why: a Latin-1 capital in C0-C6 before an ASCII letter ('Ålesund' as C5 6C) is such
    a pair, so an English page in Latin-1, or a UTF-8 page with a Latin-1 name, was read whole as CP949 ('흈esund'),
    no error; Korean text uses those rare syllables (똠, 햏) in a few words at most. Two adjacent Latin-1 letters
    ('AÇÃO') are one syllable, never a word of two, which every Korean page has."""
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return True
    ascii_trail = sum(len(e := c.encode("cp949")) == 2 and e[0] in CP949_LEAD_ONLY and e[1] < 0x80 for c in wide)
    longest = max(len(word) for word in SYLLABLES_RE.findall(text)) if SYLLABLES_RE.search(text) else 0
    return ascii_trail * 2 <= len(wide) and longest >= settings.mixed_cp949_min_hangul


SYLLABLES_RE = re.compile(f"[{chr(HANGUL[0])}-{chr(HANGUL[1])}]+")


def cut_in_a_character(data: bytes, exc: UnicodeDecodeError) -> bool:
    """Whether UTF-8 `data` fails only because it ends inside a character (budget53): a download or a copy cut
    short. Its text up to the cut is read; the broken character carries nothing. Why: the whole document was
    rejected as 'not valid UTF-8, and CP949 fails too', naming a byte that is no encoding's fault, or handed to
    the charset guess, which could read it as another encoding's letters."""
    return exc.reason == "unexpected end of data" and exc.end == len(data) and len(data) - exc.start < 4


CONTROL_RE = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")  # C0 controls but tab, line ends, form feed, ESC
BLOCK = 102_400  # 100 KB: the unit of `settings.stray_nul_per_100kb`


def stray_nuls(data: bytes, settings: Settings) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """A UTF-8 text with a few NUL bytes (at most `stray_nul_per_100kb` per started 100 KB, no other control byte)
    read without them, and a note naming their offsets (harden58); None for anything else (UTF-16 or binary data,
    `utf16_without_bom`). Why: one NUL left by a faulty export or a bad sector in an otherwise UTF-8 page rejected the
    whole article as binary data; dropping it is what the HTML standard's tree builder does with a NUL in body text.
    Why strict UTF-8 after: a UTF-16 text has NUL bytes for every ASCII letter, and binary data has control bytes
    and bytes UTF-8 refuses; a NUL inside a character leaves it broken, and the file is rejected as before."""
    count = data.count(0)
    if count > settings.stray_nul_per_100kb * -(-len(data) // BLOCK) or CONTROL_RE.search(data):
        return None
    try:
        text = data.replace(b"\x00", b"").decode("utf-8")
    except UnicodeDecodeError:
        return None
    offsets = [str(m.start()) for m in re.finditer(b"\x00", data)]
    shown = ", ".join(offsets[:8]) + (f" and {len(offsets) - 8} more" if len(offsets) > 8 else "")
    return text, ((STRAY_NUL, f"{count} NUL byte(s) in an otherwise UTF-8 text were dropped (at byte {shown}): "
                              f"a damaged copy or export"),)


def utf16_without_bom(data: bytes, doc: str, min_share: float) -> str:
    """Text with NUL bytes: UTF-16 in the byte order whose code units are mostly ASCII or Korean (`plain_share` at
    least `min_share`, `settings.utf16_min_share`, harden57), or, for other scripts, when every NUL sits on one side of its byte pair (the high
    byte of ASCII characters) and the result is clean text; otherwise binary data, said so.
    Why score both orders: a Korean syllable's low byte can be 00 ('가' is U+AC00: 00 AC in UTF-16LE), so a Korean
    text without a byte-order mark has NUL bytes on both sides, and was rejected as binary data."""
    if len(data) % 2 == 0:
        share, enc = max((plain_share(data.decode(enc, errors="replace")), enc) for enc in ("utf-16-le", "utf-16-be"))
        if share >= min_share:
            return data.decode(enc, errors="replace")
    even, odd = data[0::2].count(0), data[1::2].count(0)
    enc = "utf-16-be" if even > odd else "utf-16-le"
    if len(data) % 2 == 0 and min(even, odd) == 0:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            text = None
        if text and "\x00" not in text and sum(c.isprintable() or c.isspace() for c in text) >= 0.95 * len(text):
            return text
    raise UnsupportedInput(f"contains {data.count(0)} NUL bytes (first at byte {data.index(0)}): binary data or "
                           f"a damaged file, not text", doc=doc)


PLAIN_BLOCKS = ((0x20, 0x7E), (0xA0, 0xFF), (0x1100, 0x11FF), (0x2000, 0x206F), (0x3000, 0x303F), (0x3130, 0x318F),
                (0xAC00, 0xD7A3), (0xFF01, 0xFF5E))  # ASCII, Latin-1, Hangul (jamo, syllables), punctuation


def plain_share(text: str) -> float:
    """The share of `text`'s characters that are white space, printable ASCII or Latin-1, Korean letters or common
    punctuation: near 1 for English or Korean read in the right byte order, low in the wrong one (ASCII letters
    become CJK ideographs, Hangul syllables scattered code points) and for binary data."""
    if not text:
        return 0.0
    plain = sum(c in "\t\n\r\f" or any(lo <= ord(c) <= hi for lo, hi in PLAIN_BLOCKS) for c in text)
    return plain / len(text)


def detected(data: bytes) -> str | None:
    """Last resort before rejecting: charset-normalizer's guess (Shift-JIS, Latin-1, KOI8-R, ...), when it
    finds a readable text; the document may still be skipped later as another language."""
    # cold start: charset_normalizer loads only for bytes of no declared encoding
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or "\x00" in str(best):
        return None
    return str(best)
