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
