"""Odd files of every kind readout reads: each is read, or gives a named reject, and the batch goes on (harden55).

Empty files, JSON lines that are arrays or numbers, a byte-order mark with CRLF line ends, a 50 MB line, a feed with
dates that are no dates, web archives cut inside a record (plain and gzip) and one with a bad record; a second run
over the same folder stores nothing twice. The texts are ours.
"""
from __future__ import annotations

import io
import json

import pytest

from readout.api import run
from readout.ingest.feeds import BAD_DATE
from readout.ingest.sources import EMPTY_FILE, RawDocument, Reject, Skipped, read_documents
from readout.ingest.warc import TRUNCATED

EN = ("The mayor of Rivera met the governor of Tartu in Rivera on Monday to sign a twinning agreement "
      "on schools and river ports. ")
KO = "리베라 시장은 월요일 리베라에서 타르투 주지사와 만나 학교와 하천 항만에 관한 자매결연 협정에 서명했다. "


def archive(urls: list[str], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for n, url in enumerate(urls):
        body = (EN if n % 2 else KO) * 4
        page = f"<html><head><title>Twinning {n}</title></head><body><article><p>{body}</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode()),
                                                      http_headers=headers))
    return buf.getvalue()


def feed(dates: list[str]) -> str:
    items = "".join(f"<item><title>Twinning {n}</title><link>https://towns.example/t{n}</link><pubDate>{d}</pubDate>"
                    f"<description>{(EN if n % 2 else KO) * 10}</description></item>" for n, d in enumerate(dates))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Towns</title>{items}</channel></rss>'


def read(folder) -> dict[str, RawDocument | Reject]:
    return {(i.id if isinstance(i, RawDocument) else i.doc.rsplit("/", 1)[-1]): i for i in read_documents([folder])}


@pytest.mark.parametrize("name", ["empty.jsonl", "empty.ndjson", "empty.warc", "empty.warc.gz"])
def test_an_empty_file_is_named(tmp_path, name):
    (tmp_path / name).write_bytes(b"")
    (item,) = read_documents([str(tmp_path)])
    assert type(item) is Reject and item.code == EMPTY_FILE and "the file is empty" in item.reason


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.md"])
def test_an_empty_text_or_page_says_it_is_empty(tmp_path, name):
    """A bad record like any unreadable document, but its reason says the file is empty (the lead's mend, 55): before,
    a page with no article found or a text too short."""
    (tmp_path / name).write_bytes(b"")
    (item,) = read_documents([str(tmp_path)])
    assert type(item) is Reject and item.code == "bad_record" and "the file is empty" in item.reason


def test_a_jsonl_of_blank_lines_is_no_empty_file(tmp_path):
    (tmp_path / "blank.jsonl").write_bytes(b"\n\n")
    assert {type(i) for i in read_documents([str(tmp_path)])} == {Skipped}


@pytest.mark.parametrize("line,kind", [(b"[1, 2]", "an array"), (b"42", "a number"), (b'"text"', "a string"),
                                       (b"null", "null"), (b"true", "true or false")])
def test_a_line_that_is_no_object_is_named_and_the_file_goes_on(tmp_path, line, kind):
    good = json.dumps({"id": "k1", "text": KO}).encode()
    (tmp_path / "mixed.jsonl").write_bytes(line + b"\n" + good + b"\n")
    first, second = read_documents([str(tmp_path)])
    assert first.doc == "mixed.jsonl:1" and first.reason == f"a line must be a JSON object, not {kind}"
    assert isinstance(second, RawDocument) and second.text == KO


def test_a_byte_order_mark_and_crlf_lines_are_read(tmp_path):
    lines = [json.dumps({"id": "b1", "text": EN}), json.dumps({"id": "b2", "text": KO}, ensure_ascii=False)]
    (tmp_path / "windows.jsonl").write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode() + b"\r\n")
    docs = list(read_documents([str(tmp_path)]))
    assert [(d.id, d.text) for d in docs] == [("b1", EN), ("b2", KO)]


def test_a_50_mb_line_is_named_and_the_next_line_read(tmp_path):
    with open(tmp_path / "huge.jsonl", "w") as f:
        f.write(json.dumps({"id": "huge", "text": "강 " * 17_000_000}) + "\n")  # about 50 MB in UTF-8
        f.write(json.dumps({"id": "after", "text": EN}) + "\n")
    first, second = read_documents([str(tmp_path)])
    assert first.code == "too_large" and first.doc == "huge.jsonl:1" and second.id == "after"


def test_feed_dates_that_are_no_dates_are_named_and_the_entries_kept(tmp_path):
    (tmp_path / "towns.rss").write_text(feed(["Mon, 45 Foo 2026 99:99:99", "Tue, 01 Dec 3026 10:00:00 GMT",
                                              "Wed, 02 Dec 2026 10:00:00 GMT"]))
    docs = [d for d in read_documents([str(tmp_path)])]
    assert [d.published and d.published.isoformat() for d in docs] == [None, None, "2026-12-02"]
    assert [[c for c, _ in d.notes] for d in docs] == [[BAD_DATE], [BAD_DATE], []]
    assert "'Mon, 45 Foo 2026 99:99:99' is not a date" in docs[0].notes[0][1]
    assert "is outside the years 1900-2100" in docs[1].notes[0][1]


@pytest.mark.parametrize("gz", [True, False])
def test_an_archive_cut_inside_a_record_is_named_and_the_whole_records_read(tmp_path, gz):
    data = archive(["https://towns.example/a1", "https://towns.example/a2", "https://towns.example/a3"], gz)
    name = "cut.warc.gz" if gz else "cut.warc"
    (tmp_path / name).write_bytes(data[:int(len(data) * 0.8)])
    items = list(read_documents([str(tmp_path)]))
    docs = [i.id for i in items if isinstance(i, RawDocument)]
    (cut,) = [i for i in items if isinstance(i, Reject)]
    assert docs == ["https://towns.example/a1", "https://towns.example/a2"][:len(docs)] and docs
    assert cut.code == TRUNCATED and ("cut short" in cut.reason or "ends in a cut or damaged record" in cut.reason)


def test_a_whole_archive_has_no_truncation(tmp_path):
    (tmp_path / "whole.warc.gz").write_bytes(archive(["https://towns.example/w1", "https://towns.example/w2"], True))
    assert [type(i) for i in read_documents([str(tmp_path)])] == [RawDocument, RawDocument]


def test_a_batch_of_odd_files_goes_on_and_a_rerun_stores_nothing_twice(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.jsonl").write_bytes(b"")
    (src / "empty.warc.gz").write_bytes(b"")
    (src / "shapes.jsonl").write_bytes(b"[1]\n7\n" + json.dumps({"id": "s1", "text": EN}).encode() + b"\n")
    (src / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "s2", "text": KO}).encode() + b"\r\n")
    (src / "towns.rss").write_text(feed(["not a day", "Thu, 03 Dec 2026 09:00:00 GMT"]))
    data = archive(["https://towns.example/r1", "https://towns.example/r2"], True)
    (src / "cut.warc.gz").write_bytes(data[:int(len(data) * 0.7)])
    (src / "bad.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\nxx\r\n\r\n")
    db, out = str(tmp_path / "r.db"), str(tmp_path / "e.jsonl")
    first = run([str(src)], db=db, out=out, progress=False)
    codes = sorted(r.code for r in first.rejected)
    assert codes.count(EMPTY_FILE) == 2 and codes.count("bad_record") == 3 and TRUNCATED in codes  # bad.warc: harden56
    assert first.read == 5 and first.new == 5 and any(w.code == BAD_DATE for w in first.warnings)
    export = (tmp_path / "e.jsonl").read_bytes()
    again = run([str(src)], db=db, out=out, progress=False)
    assert again.new == 0 and again.unchanged == 5 and sorted(r.code for r in again.rejected) == codes
    assert (tmp_path / "e.jsonl").read_bytes() == export
