"""A WARC record whose Content-Length is wrong (too long, too short, not a number) is one `bad_record` reject naming
the file and the record's byte offset, and the records after it are still read; a compressed archive whose last
gzip member lacks its trailer keeps its records and says so once (harden56). The archives are built here, byte by
byte; the pages are ours."""
from __future__ import annotations

import gzip

import pytest

from readout.errors import BadRecord
from readout.ingest.sources import RawDocument, Reject, Warned, read_documents
from readout.ingest.warc import TRUNCATED
from tests.ingest.news_pages import EN_1, KO_1, page

pytest.importorskip("warcio")


def record(uri: str, body: bytes, length: bytes | None = None) -> bytes:
    """One WARC response record; `length` replaces its Content-Length's true value."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    declared = str(len(http)).encode() if length is None else length
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri.encode() + b"\r\n"
            b"WARC-Date: 2025-03-04T09:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + uri.encode()[-12:] + b">\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: " + declared + b"\r\n\r\n"
            + http + b"\r\n\r\n")


PAGES = [("https://paper.example/en/fish", page(EN_1).encode()), ("https://paper.example/ko/fish", page(KO_1).encode()),
         ("https://paper.example/en/more", page(EN_1).encode())]


def archive(tmp_path, lengths: dict[int, bytes], gz: bool) -> tuple[str, list[int]]:
    """The three pages as an archive, record i with the Content-Length `lengths[i]`; its path and record offsets."""
    parts = [record(uri, body, lengths.get(i)) for i, (uri, body) in enumerate(PAGES)]
    parts = [gzip.compress(p) for p in parts] if gz else parts
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(b"".join(parts))
    offsets = [sum(len(p) for p in parts[:i]) for i in range(len(parts))]
    return str(path), offsets


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("length,problem", [(b"999999", "runs past the next record's start"),
                                            (b"25", "does not match its content"),
                                            (b"many", "does not match its content"),
                                            (b"-3", "does not match its content")])
def test_a_wrong_content_length_is_one_reject_and_the_next_record_is_read(tmp_path, gz, length, problem):
    path, offsets = archive(tmp_path, {1: length}, gz)
    items = list(read_documents([path]))
    assert [i.id for i in items if isinstance(i, RawDocument)] == [PAGES[0][0], PAGES[2][0]]
    (reject,) = [i for i in items if isinstance(i, Reject)]
    assert reject.code == BadRecord.code and reject.path == path and reject.doc == f"{path}@{offsets[1]}"
    assert f"WARC record at byte {offsets[1]}" in reject.reason and problem in reject.reason
    assert repr(length.decode()) in reject.reason and "reading went on at the next record" in reject.reason


@pytest.mark.parametrize("gz", [False, True])
def test_a_wrong_length_on_the_last_record_says_nothing_follows(tmp_path, gz):
    path, offsets = archive(tmp_path, {2: b"30"}, gz)
    items = list(read_documents([path]))
    assert len([i for i in items if isinstance(i, RawDocument)]) == 2
    (reject,) = [i for i in items if isinstance(i, Reject)]
    assert reject.doc == f"{path}@{offsets[2]}" and "no record follows it" in reject.reason


def test_a_long_length_on_a_cut_archive_is_still_a_cut(tmp_path):
    """No record starts inside the declared length: the archive was cut, as harden55 said."""
    path, _ = archive(tmp_path, {}, False)
    data = open(path, "rb").read()
    open(path, "wb").write(data[:-200])
    items = list(read_documents([path]))
    (reject,) = [i for i in items if isinstance(i, Reject)]
    assert reject.code == TRUNCATED and "record cut short" in reject.reason


def test_warcio_prints_nothing_of_a_wrong_length(tmp_path, capfd):
    path, _ = archive(tmp_path, {0: b"12"}, False)
    list(read_documents([path]))
    assert "Content-Length" not in capfd.readouterr().err


@pytest.mark.parametrize("cut", [1, 4, 8])
def test_a_last_member_without_its_trailer_keeps_its_records_and_warns_once(tmp_path, cut):
    path, _ = archive(tmp_path, {}, True)
    data = open(path, "rb").read()
    open(path, "wb").write(data[:-cut])
    items = list(read_documents([path]))
    assert [i.id for i in items if isinstance(i, RawDocument)] == [uri for uri, _ in PAGES]
    (warned,) = [i for i in items if isinstance(i, Reject)]
    assert isinstance(warned, Warned) and warned.code == TRUNCATED and PAGES[2][0] in warned.reason
    assert "lacks its end" in warned.reason


def test_a_whole_compressed_archive_has_no_warning(tmp_path):
    path, _ = archive(tmp_path, {}, True)
    assert all(isinstance(i, RawDocument) for i in read_documents([path]))


@pytest.mark.parametrize("junk", [b"stray bytes of a crashed writer\r\n", "잘못된 줄\r\n".encode()])
def test_junk_between_whole_records_is_one_reject_and_both_records_are_read(tmp_path, junk):
    """Before harden56 the archive stopped at the junk: 'not a readable WARC file', the records after it lost."""
    first, second = record(*PAGES[0]), record(*PAGES[1])
    path = tmp_path / "junk.warc"
    path.write_bytes(first + junk + second)
    items = list(read_documents([str(path)]))
    assert [i.id for i in items if isinstance(i, RawDocument)] == [PAGES[0][0], PAGES[1][0]]
    (reject,) = [i for i in items if isinstance(i, Reject)]
    assert reject.code == BadRecord.code and reject.doc == f"{path}@{len(first)}"
    assert f"byte {len(first) + len(junk)}" in reject.reason


# --- a gzip member inside the archive without its trailer, or damaged (harden57) -----------------------------------
def members(tmp_path, damage) -> tuple[str, list[int]]:
    """The three pages as a compressed archive, `damage(i, member)` applied to each member; path and offsets."""
    parts = [damage(i, gzip.compress(record(uri, body))) for i, (uri, body) in enumerate(PAGES)]
    path = tmp_path / "joined.warc.gz"
    path.write_bytes(b"".join(parts))
    return str(path), [sum(len(p) for p in parts[:i]) for i in range(len(parts))]


@pytest.mark.parametrize("where", [0, 1])
@pytest.mark.parametrize("cut", [1, 4, 8])
def test_a_member_inside_the_archive_without_its_trailer_keeps_its_record_and_the_rest(tmp_path, where, cut):
    """Before harden57: the first member so cut lost the whole archive ('not a readable WARC file'); a later one lost
    its record and every record after it ('no record follows it')."""
    path, offsets = members(tmp_path, lambda i, m: m[:-cut] if i == where else m)
    items = list(read_documents([path]))
    assert [i.id for i in items if isinstance(i, RawDocument)] == [uri for uri, _ in PAGES]  # Korean and English
    (warned,) = [i for i in items if isinstance(i, Reject)]
    assert isinstance(warned, Warned) and warned.code == TRUNCATED and warned.doc == f"{path}@{offsets[where]}"
    assert PAGES[where][0] in warned.reason and "before the next one began" in warned.reason


@pytest.mark.parametrize("where", [0, 1])
def test_a_damaged_member_inside_the_archive_is_one_reject_and_the_rest_is_read(tmp_path, where):
    """Its deflate data garbled (not only its end): the record cannot be read; the reject names its offset."""
    def garble(i: int, member: bytes) -> bytes:
        return member[:20] + bytes(b ^ 0x5A for b in member[20:60]) + member[60:-8] if i == where else member
    path, offsets = members(tmp_path, garble)
    items = list(read_documents([path]))
    assert [i.id for i in items if isinstance(i, RawDocument)] == [u for k, (u, _) in enumerate(PAGES) if k != where]
    (reject,) = [i for i in items if isinstance(i, Reject)]
    assert reject.code == BadRecord.code and reject.doc == f"{path}@{offsets[where]}"
    assert "gzip member could not be decompressed" in reject.reason
    assert f"reading went on at the next record (byte {offsets[where + 1]})" in reject.reason


def test_a_member_without_its_trailer_is_stored_once_over_two_runs(tmp_path):
    import sqlite3

    from readout.cli import main

    path, _ = members(tmp_path, lambda i, m: m[:-8] if i == 1 else m)
    db = tmp_path / "r.db"
    for _ in range(2):
        assert main(["run", path, "--db", str(db), "--quiet"]) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3
