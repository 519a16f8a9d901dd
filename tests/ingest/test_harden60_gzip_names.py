"""(harden60, issue 20) The file name a gzip header stores (RFC 1952's FNAME): the reader of a file whose own name
says no kind is chosen by it, a reject of a kind not read names it, and a web archive cut in its first record whose
header names a file is said to be compressed whole. Bytes made here, pages and records ours."""
from __future__ import annotations

import gzip
import io
import json
import struct
import zlib

import pytest

from readout.ingest.compressed import gzip_header, inner_name, readable_name
from readout.ingest.sources import RawDocument, Reject, read_documents
from tests.ingest.test_warc_lengths import record as warc_record

EN = "The ferry board of Marlow met the net makers of Dunmore on Tuesday to settle the winter mooring fees."
KO = "말로 여객선 운영위원회는 화요일 던모어 그물 제조업자들과 만나 겨울 계류비를 정했다."
PAGE = f"<html><body><article><p>{EN}</p><p>{KO}</p></article></body></html>"


def member(data: bytes, flags: int = 0, name: bytes = b"", extra: bytes = b"", comment: bytes = b"") -> bytes:
    """One gzip member of `data` with the header fields `flags` announces (FHCRC's two bytes are not checked)."""
    head = b"\x1f\x8b\x08" + bytes([flags]) + b"\x00" * 4 + b"\x00\xff"
    head += (struct.pack("<H", len(extra)) + extra if flags & 4 else b"") + (name + b"\x00" if flags & 8 else b"")
    head += (comment + b"\x00" if flags & 16 else b"") + (b"\x00\x00" if flags & 2 else b"")
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return head + deflate.compress(data) + deflate.flush() + struct.pack("<II", zlib.crc32(data), len(data))


def gzip_named(data: bytes, name: str) -> bytes:
    """What `gzip <name>` writes: its header stores the name (Python's GzipFile, as GNU gzip)."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buffer, mtime=0) as f:
        f.write(data)
    return buffer.getvalue()


JSONL = "\n".join(json.dumps({"id": f"marlow-{n}", "text": text, "published": "2024-03-05"}, ensure_ascii=False)
                  for n, text in enumerate([EN, KO])).encode()
ARCHIVE = warc_record("https://quay.example/marlow/en", PAGE.encode())


@pytest.mark.parametrize("flags, name, expected", [
    (0, b"", (10, None)), (8, b"feed.jsonl", (21, b"feed.jsonl")), (8 | 16, b"a.warc", (10 + 7 + 4, b"a.warc")),
    (4 | 8 | 2, "말로.html".encode(), (10 + 2 + 3 + 12 + 2, "말로.html".encode())),
])
def test_the_header_length_and_stored_name(flags, name, expected):
    raw = member(b"x", flags, name, extra=b"abc", comment=b"hi!")
    assert gzip_header(raw) == expected


@pytest.mark.parametrize("raw", [b"", b"\x1f\x8b\x08", b"\x1f\x8b\x08\x08" + b"\x00" * 6 + b"feed.js",
                                 b"\x1f\x8b\x08\x04" + b"\x00" * 6 + b"\xff\xff" + b"ab"])
def test_a_cut_header_is_a_value_error(raw):
    with pytest.raises(ValueError):
        gzip_header(raw)


@pytest.mark.parametrize("stored, expected", [
    (b"feed.jsonl", "feed.jsonl"), (b"../../home/x/feed.jsonl", "feed.jsonl"), (b"C:\\crawl\\a.warc", "a.warc"),
    ("말로.html".encode(), "말로.html"), ("Dunmore.txt".encode("latin-1"), "Dunmore.txt"),
    (b"caf\xe9.txt", "café.txt"),
    (b"a\x1b[31mb.txt", "a[31mb.txt"), (b"dir/", None), (b"n" * 1000 + b".jsonl", "n" * 255),
])
def test_a_stored_name_is_read_as_a_file_name(stored, expected):
    assert readable_name(stored) == expected


def test_inner_name_leaves_the_position_at_the_start():
    f = io.BytesIO(gzip_named(b"page", "page.html"))
    assert inner_name(f) == "page.html" and f.tell() == 0
    assert inner_name(io.BytesIO(gzip.compress(b"page", mtime=0))) is None  # gzip -n, gzip.compress: no name
    assert inner_name(io.BytesIO(b"plain text")) is None


@pytest.mark.parametrize("outer", ["x.gz", "download", "part-0001.gz", "feed.bin"])
def test_a_bare_name_is_read_as_the_stored_name_says(tmp_path, outer):
    for inner, data, kind in [("feed.jsonl", JSONL, "jsonl"), ("story.html", PAGE.encode(), "html"),
                              ("story.txt", f"{EN}\n{KO}".encode(), "text"), ("crawl.warc", ARCHIVE, "warc")]:
        path = tmp_path / kind / outer
        path.parent.mkdir()
        path.write_bytes(gzip_named(data, inner))
        docs = list(read_documents([str(path)]))
        assert docs and all(isinstance(d, RawDocument) for d in docs), (inner, docs)
        texts = " ".join(d.text or d.html or "" for d in docs)
        assert "Marlow" in texts and "말로" in texts
        path.unlink()


def test_a_stored_name_of_no_kind_read_is_named_in_the_reject(tmp_path):
    path = tmp_path / "x.gz"
    path.write_bytes(gzip_named(b"\x00\x01", "table.bin"))
    (item,) = read_documents([str(path)])
    assert isinstance(item, Reject) and "unsupported file type .gz" in item.reason and "'table.bin'" in item.reason


def test_without_a_stored_name_a_bare_gz_is_still_refused_by_its_name(tmp_path):
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(JSONL, mtime=0))
    (item,) = read_documents([str(path)])
    assert isinstance(item, Reject) and item.reason == "unsupported file type .gz"


def test_a_known_name_keeps_its_word_over_the_stored_one(tmp_path):
    path = tmp_path / "notes.txt"  # a text saved compressed; its header says jsonl, the name wins
    path.write_bytes(gzip_named(f"{EN}\n{KO}".encode(), "feed.jsonl"))
    (doc,) = read_documents([str(path)])
    assert isinstance(doc, RawDocument) and doc.text.startswith(EN)


@pytest.mark.parametrize("cut", [30, 110, 150, pytest.param(100, marks=pytest.mark.xfail(strict=True, reason=(
    "a first member whose deflate data is cut where warcio fails on the header it half read is 'unreadable ... its "
    "gzip member could not be decompressed' (warc.read_warc's except branch): telling a cut (the inflater ran out "
    "of bytes, no error) from damage in `warc.salvaged` would let it add `warc_cuts.first_cut_text`")))])
def test_an_archive_cut_in_its_first_record_with_a_stored_name_was_compressed_whole(tmp_path, cut):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip_named(ARCHIVE, "crawl.warc")[:cut])
    (item,) = read_documents([str(path)])
    assert isinstance(item, Reject) and "names the file 'crawl.warc'" in item.reason
    assert "compressed whole" in item.reason and "or a member per record" not in item.reason
