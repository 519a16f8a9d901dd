"""(harden59, issue 20) A web archive compressed whole: one gzip member holding every record (`gzip crawl.warc`), not
the member per record that the WARC standard's annex asks for and crawlers write.

Why apart: warcio reads a compressed archive member by member; over a file compressed whole it read the first record,
then failed ('non-chunked gzip file detected') at an offset before the file's start, and the search for the next
member found the first one again: the run read the first record, a reject and a duplicate skip, over and over, and
never ended. Such a file is read as the uncompressed archive inside it, through a decompressing stream."""
from __future__ import annotations

import gzip
import io
import re
import zlib
from typing import BinaryIO

PIECE = 1 << 16  # compressed bytes read at a time while looking for a second record
NEXT_RECORD_RE = re.compile(rb"\r?\nWARC/1\.[01]\r?\n")  # a record's start after the first one's


def whole_file_gzip(stream: BinaryIO, limit: int) -> bool:
    """Whether `stream` (at its start, left there) is one gzip member whose data holds a second record's start within
    its first `limit` decompressed bytes. A member per record ends before any other record starts; memory stays at a
    piece and a pattern's length whatever the member inflates to."""
    try:
        stream.seek(0)
        if stream.read(3) != b"\x1f\x8b\x08":
            return False
        stream.seek(0)
        inflater, tail, seen = zlib.decompressobj(zlib.MAX_WBITS | 16), b"", 0
        while seen < limit and not inflater.eof:
            data = inflater.unconsumed_tail or stream.read(PIECE)
            if not data:
                return False
            out = inflater.decompress(data, PIECE)
            if NEXT_RECORD_RE.search(tail + out):
                return True
            seen, tail = seen + len(out), (tail + out)[-16:]
        return False
    except (OSError, ValueError, zlib.error):
        return False
    finally:
        stream.seek(0)


def decompressed(stream: BinaryIO) -> "Whole":
    """The uncompressed archive of a file compressed whole (its offsets are those of the uncompressed bytes)."""
    return Whole(stream)


GZIP_FAULTS = (EOFError, gzip.BadGzipFile, zlib.error, OSError)


class Whole(io.RawIOBase):
    """A file compressed whole, read as its uncompressed bytes up to where the gzip stream fails: a cut stream (no
    end-of-stream marker or trailer) or bytes after it that are no gzip member end the data there, and `fault` says
    why. Why lenient: a decompressing stream raised at the failure, and the error left the archive's every record
    unread ('0 records read'), though the records before the cut were whole."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        self.gz = gzip.GzipFile(fileobj=stream, mode="rb")
        self.fault: str | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self.gz.read1(len(buffer))  # one piece at a time: a fault loses no piece before it
        except GZIP_FAULTS as exc:
            self.fault = self.fault or str(exc)
            return 0
        buffer[:len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        try:
            return self.gz.seek(offset, whence)
        except GZIP_FAULTS as exc:
            self.fault = self.fault or str(exc)
            return self.gz.tell()

    def tell(self) -> int:
        return self.gz.tell()


def whole_size(stream: BinaryIO) -> int | None:
    """The uncompressed size of an archive read through `decompressed` (read to its end, or to its fault, from where
    it stands), None for any other stream."""
    return stream.seek(0, 2) if isinstance(stream, Whole) else None
