"""Gzip-compressed inputs (`feed.jsonl.gz`, `page.html.gz`, or a `.txt` a crawler saved compressed) read as their
content, told by their first bytes, not by their name (harden56).

Why: crawlers and export tools write gzip as a matter of course; a `.jsonl.gz` was refused as 'unsupported file type
.gz', and a gzip stream saved under `.txt` reached the decoder as binary and was rejected as NUL bytes or a text in no
encoding, naming no cause. The kind of file is the name without its `.gz`; the bytes read are bounded as for a plain
file (the decompressed size, so a small file that unpacks to gigabytes is refused at the limit, not read). A damaged
stream (a bad header, a corrupt block, a copy cut short) is one `UnsupportedInput` naming the file and how far it was
read; what was read before it (the JSONL lines) stays read.

Web archives are not read here: `.warc.gz` is read member by member by the WARC reader itself.
"""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import BinaryIO

from readout.errors import UnsupportedInput

GZIP_MAGIC = b"\x1f\x8b"
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)  # a bad header, a cut stream, a corrupt block


def kind_suffix(path: Path) -> str:
    """The suffix that says what a file holds: `.jsonl` for `feed.jsonl.gz`, `.gz` for a bare `x.gz`."""
    name = path.name.lower()
    if name.endswith(".gz") and Path(name[:-3]).suffix:
        return Path(name[:-3]).suffix
    return path.suffix.lower()


def is_gzip(f: BinaryIO) -> bool:
    """Whether the file object starts with gzip's magic bytes; the position is put back at the start."""
    magic = f.read(2)
    f.seek(0)
    return magic == GZIP_MAGIC


class Gunzipped:
    """A gzip file's decompressed bytes as a read-only binary file (read, readline, tell), its faults as one
    `UnsupportedInput` naming the document and the decompressed bytes read before the fault."""

    def __init__(self, raw: BinaryIO, doc: str) -> None:
        self.raw = raw
        self.doc = doc
        self.gz = gzip.GzipFile(fileobj=raw, mode="rb")
        self.done = 0  # decompressed bytes handed out

    def _guard(self, call, size: int) -> bytes:
        try:
            data = call(size)
        except GZIP_ERRORS as exc:
            cut = isinstance(exc, EOFError)
            what = "the gzip stream is cut short (a copy or download that stopped)" if cut else \
                f"damaged gzip data ({exc})"
            raise UnsupportedInput(f"{what}, after {self.done} decompressed bytes", doc=self.doc) from exc
        self.done += len(data)
        return data

    def read(self, size: int = -1) -> bytes:
        return self._guard(self.gz.read, size)

    def peek(self, size: int) -> bytes:
        """The next decompressed bytes, not consumed (at most `size`: `GzipFile.peek` may give more)."""
        try:
            return self.gz.peek(size)[:size]
        except GZIP_ERRORS as exc:
            raise UnsupportedInput(f"damaged gzip data ({exc}), after {self.done} decompressed bytes",
                                   doc=self.doc) from exc

    def readline(self, size: int = -1) -> bytes:
        return self._guard(self.gz.readline, size)

    def tell(self) -> int:
        return self.done

    def close(self) -> None:
        self.gz.close()
        self.raw.close()

    def __enter__(self) -> "Gunzipped":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


MAX_GZIP_LAYERS = 2  # gzip inside gzip is read (a .gz compressed again by a transfer); a third layer is refused


def content_of(f: BinaryIO, doc: str) -> BinaryIO | Gunzipped:
    """`f` itself, or its decompressed content when it is gzip (by its magic bytes), compressed once or twice
    (harden58). Why twice: a `.jsonl.gz` gzipped again by a transfer tool reached the readers as gzip bytes, said to
    be 'NUL bytes, binary data or a damaged file', naming no cause. More layers are a reject saying so."""
    if not is_gzip(f):
        return f
    content = Gunzipped(f, doc)
    for _ in range(MAX_GZIP_LAYERS - 1):
        if content.peek(2) != GZIP_MAGIC:
            return content
        content = Gunzipped(content, doc)  # type: ignore[arg-type]
    if content.peek(2) == GZIP_MAGIC:
        content.close()
        raise UnsupportedInput(f"gzip compressed more than {MAX_GZIP_LAYERS} times: decompress it first", doc=doc)
    return content


# --- the gzip header's file name (RFC 1952's FNAME field; harden60) ----------------------------------------------
FEXTRA, FNAME, FCOMMENT, FHCRC = 4, 8, 16, 2  # the header's flag bits
HEADER_PEEK = 10 + 2 + 65535 + 1024  # fixed part, the longest extra field, room for a name: what is read for it
MAX_INNER_NAME = 255  # characters of a stored name kept (a file name's usual limit); a longer one is cut


def gzip_header(raw: bytes) -> tuple[int, bytes | None]:
    """(the length of the gzip member header opening `raw`, the file name its FNAME field stores or None): RFC 1952,
    10 bytes, then the optional extra field, file name, comment and header CRC its flags announce. ValueError when
    the header is cut (a short `raw` included, which indexing would have made an IndexError)."""
    if len(raw) < 10:
        raise ValueError("gzip header cut")
    flags, pos, name = raw[3], 10, None
    if flags & FEXTRA:
        pos += 2 + int.from_bytes(raw[10:12], "little")
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            end = raw.index(b"\x00", pos)  # ValueError when the field's end is not in `raw`: cut
            name = raw[pos:end] if flag == FNAME else name
            pos = end + 1
    if flags & FHCRC:
        pos += 2
    if pos > len(raw):
        raise ValueError("gzip header cut")
    return pos, name


def readable_name(stored: bytes) -> str | None:
    """A stored FNAME as a file name: its last path part (a name is no path to follow), UTF-8 or else Latin-1 (RFC
    1952's charset; `gzip` on Linux stores the bytes it was given), control characters dropped, cut to
    `MAX_INNER_NAME`; None when nothing is left."""
    try:
        text = stored.decode("utf-8")
    except UnicodeDecodeError:
        text = stored.decode("latin-1")
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(ch for ch in text if ch.isprintable())[:MAX_INNER_NAME].strip()
    return text or None


def inner_name(f: BinaryIO) -> str | None:
    """The name of the file a gzip stream was made from, as its header stores it (`gzip feed.jsonl` stores
    'feed.jsonl'; a `.warc.gz` writer's members and `gzip -n` store none), or None: not gzip, no name, a cut header.
    The position is put back at the start. Why (harden60): the name is the one word the bytes say of what they hold
    when the file's own name does not (a download saved as `x.gz`, a crawl file renamed `part-0001.gz`); the
    readers are chosen by it then (`sources.read_path`), and a web archive cut in its first record, whose gzip header
    names a file, was compressed whole (`warc_cuts.first_cut`)."""
    try:
        f.seek(0)
        head = f.read(HEADER_PEEK)
        f.seek(0)
        if head[:2] != GZIP_MAGIC:
            return None
        _size, stored = gzip_header(head)
    except (OSError, ValueError):
        return None
    return readable_name(stored) if stored else None
