"""Bytes to text: BOMs, declared HTML charsets, UTF-8, then CP949/EUC-KR (Korean sites still serve it),
then charset-normalizer's detection before a file is rejected.

A reject names the real cause: a binary signature, NUL bytes (binary data or a damaged file), or the
first byte that no supported encoding accepts. UTF-16 without a byte-order mark is recognized by its
NUL bytes all falling on one side of each character pair, and decoded.
"""
from __future__ import annotations

import codecs
import re

from readout.errors import UnsupportedInput

META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF")
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, doc: str, mixed_share: float = 0.0) -> str:
    """The text of `data` (see the module); `decode_noted` for the note of a mixed-encoding repair."""
    return decode_noted(data, doc, mixed_share)[0]


MIXED = "mixed_encoding"  # the code of a page in UTF-8 with stretches in CP949, read with each stretch decoded


def decode_noted(data: bytes, doc: str, mixed_share: float = 0.0) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text of `data` and the (code, reason) notes of what was repaired. `mixed_share`: the largest share of the
    bytes that may be CP949 stretches in a UTF-8 page (`mostly_utf8`; 0: none)."""
    if data.startswith(BINARY_SIGNATURES):
        raise UnsupportedInput("binary file (PDF, image or archive), not text", doc=doc)
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), ()
    if b"\x00" in data:
        return utf16_without_bom(data, doc), ()
    declared = META_CHARSET_RE.search(data[:4096])
    candidates = [ascii_compatible(declared.group(1).decode("ascii").lower())] if declared else []
    candidates += ["utf-8", "cp949"]
    for enc in candidates:
        try:
            return data.decode(enc), ()
        except UnicodeDecodeError as exc:
            if enc == "utf-8" and cut_in_a_character(data, exc):
                return data[:exc.start].decode("utf-8"), ()
        except LookupError:
            continue
    mixed = mostly_utf8(data, mixed_share)
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


HIGH_RUN_RE = re.compile(rb"[\x80-\xff]+")  # a run of non-ASCII bytes: a word's letters in either encoding


def mostly_utf8(data: bytes, max_share: float) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """A UTF-8 page with stretches in CP949 (harden56): each run of non-ASCII bytes read as UTF-8, or as CP949 where
    UTF-8 fails, and a note saying how many were; None when a run is neither or the CP949 runs hold more than
    `max_share` of the bytes. Why: a site's template in UTF-8 around an older CP949 block (a byline, a footer, a
    quoted box) failed both encodings whole, and the article was rejected ('CP949 fails too'), or went to the charset
    guess, which read all of it as one wrong encoding. Why runs, not UTF-8's failing bytes: a CP949 syllable can be
    valid UTF-8 by chance (홍 is C8 AB, UTF-8 for U+022B), a whole run rarely."""
    if max_share <= 0:
        return None
    parts, pos, foreign, runs, first = [], 0, 0, 0, -1
    for m in HIGH_RUN_RE.finditer(data):
        parts.append(data[pos:m.start()].decode("ascii"))
        try:
            parts.append(m.group().decode("utf-8"))
        except UnicodeDecodeError:
            try:
                parts.append(m.group().decode("cp949"))
            except UnicodeDecodeError:
                return None
            foreign, runs, first = foreign + len(m.group()), runs + 1, first if first >= 0 else m.start()
        pos = m.end()
    parts.append(data[pos:].decode("ascii"))
    if not runs or foreign > max_share * len(data):
        return None
    return "".join(parts), ((MIXED, f"{runs} run(s) of {foreign} bytes were not UTF-8 like the rest of the page "
                                    f"and were read as CP949 (first at byte {first})"),)


def cut_in_a_character(data: bytes, exc: UnicodeDecodeError) -> bool:
    """Whether UTF-8 `data` fails only because it ends inside a character (budget53): a download or a copy cut
    short. Its text up to the cut is read; the broken character carries nothing. Why: the whole document was
    rejected as 'not valid UTF-8, and CP949 fails too', naming a byte that is no encoding's fault, or handed to
    the charset guess, which could read it as another encoding's letters."""
    return exc.reason == "unexpected end of data" and exc.end == len(data) and len(data) - exc.start < 4


def utf16_without_bom(data: bytes, doc: str) -> str:
    """Text with NUL bytes: UTF-16 when every NUL sits on one side of its byte pair (the high byte
    of ASCII characters) and the result is clean text; otherwise binary data, said so."""
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


def detected(data: bytes) -> str | None:
    """Last resort before rejecting: charset-normalizer's guess (Shift-JIS, Latin-1, KOI8-R, ...), when it
    finds a readable text; the document may still be skipped later as another language."""
    # cold start: charset_normalizer loads only for bytes of no declared encoding
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or "\x00" in str(best):
        return None
    return str(best)
