"""Bytes to text: BOMs, declared HTML charsets, UTF-8, then CP949/EUC-KR (Korean sites still serve it),
then charset-normalizer's detection before a file is rejected."""
from __future__ import annotations

import codecs
import re

from readout.errors import UnsupportedInput

META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF")


def decode(data: bytes, doc: str) -> str:
    if data.startswith(BINARY_SIGNATURES):
        raise UnsupportedInput("binary file (PDF, image or archive), not text", doc=doc)
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    declared = META_CHARSET_RE.search(data[:4096])
    candidates = [declared.group(1).decode("ascii").lower()] if declared else []
    candidates += ["utf-8", "cp949"]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if "\x00" in text:
            break
        return text
    if data.count(b"\x00") > len(data) // 4:
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    guessed = detected(data)
    if guessed is not None:
        return guessed
    raise UnsupportedInput("not text in UTF-8, UTF-16, CP949/EUC-KR or an encoding charset-normalizer can tell",
                           doc=doc)


def detected(data: bytes) -> str | None:
    """Last resort before rejecting: charset-normalizer's guess (Shift-JIS, Latin-1, KOI8-R, ...), when it
    finds a readable text; the document may still be skipped later as another language."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or "\x00" in str(best):
        return None
    return str(best)
