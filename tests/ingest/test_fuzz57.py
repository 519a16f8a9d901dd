"""The ingest fuzz of harden57: truncated HTML, NUL bytes, a 50 MB JSONL line, a feed with no items, a web archive
of request records only, duplicate ids within one batch and across batches. Each is a document, or a named reject
or skip; the batch goes on; nothing is stored twice. Bytes built here; the texts are ours."""
from __future__ import annotations

import io
import json
import sqlite3

import pytest

from readout.errors import DuplicateId, TooLarge
from readout.ingest.feeds import EMPTY_FEED
from readout.ingest.sources import RawDocument, Reject, Skipped
from readout.ingest.warc import METADATA_ONLY
from tests.ingest.files import read

EN = "The foreign minister of Chile met his Latvian counterpart in Valparaiso on Friday to sign a trade pact."
KO = "칠레 외교장관은 금요일 발파라이소에서 라트비아 외교장관과 만나 통상 협정에 서명했다."



@pytest.mark.parametrize("text", [EN, KO])
def test_truncated_html_is_a_document(tmp_path, text):
    page = f"<html><head><title>x</title></head><body><article><p>{text}</p><p>{text[:20]}".encode()
    (doc,) = read(tmp_path, "cut.html", page)
    assert isinstance(doc, RawDocument) and text in doc.html


@pytest.mark.parametrize("suffix", [".html", ".txt"])
@pytest.mark.parametrize("text", [EN, KO])
def test_nul_bytes_in_a_page_are_a_reject_naming_the_file_and_the_byte(tmp_path, suffix, text):
    """A zero-filled block (a damaged file); a stray NUL or two is dropped with a warning (harden58)."""
    data = text.encode() + b"\x00" * 64 + text.encode()
    (reject,) = read(tmp_path, "nul" + suffix, data)
    assert isinstance(reject, Reject) and reject.doc == "nul" + suffix
    assert f"first at byte {len(text.encode())}" in reject.reason and "NUL" in reject.reason


def test_a_50_mb_jsonl_line_is_one_reject_and_the_next_line_is_read(tmp_path):
    big = json.dumps({"id": "huge", "text": EN + " " + "a" * (50 * 1024 * 1024)}).encode()
    data = big + b"\n" + json.dumps({"id": "after", "text": KO}, ensure_ascii=False).encode() + b"\n"
    reject, doc = read(tmp_path, "wire.jsonl", data)
    assert isinstance(reject, Reject) and reject.code == TooLarge.code and reject.doc == "wire.jsonl:1"
    assert isinstance(doc, RawDocument) and doc.id == "after"


@pytest.mark.parametrize("name, feed", [
    ("wire.rss", b"<?xml version='1.0'?><rss version='2.0'><channel><title>Valparaiso Wire</title>"
                 b"<link>https://wire.example/</link><description>d</description></channel></rss>"),
    ("wire.atom", b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Valparaiso Wire</title>"
                  b"<id>urn:x</id><updated>2026-12-07T00:00:00Z</updated></feed>"),
])
def test_a_feed_with_no_items_is_said(tmp_path, name, feed):
    """Before harden57 it was read without a word: no document, no reject, no count."""
    (skip,) = read(tmp_path, name, feed)
    assert isinstance(skip, Skipped) and skip.code == EMPTY_FEED and skip.doc == name
    assert "'Valparaiso Wire' holds no items" in skip.reason


@pytest.mark.parametrize("gz", [False, True])
def test_an_archive_of_request_records_only_is_said(tmp_path, gz):
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for uri in ("https://wire.example/chile", "https://wire.example/latvia"):
        headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "wire.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(uri, "request", http_headers=headers))
    name = "requests.warc" + (".gz" if gz else "")
    (skip,) = read(tmp_path, name, buf.getvalue())
    assert isinstance(skip, Skipped) and skip.code == METADATA_ONLY and "its 2 records are crawl metadata" in skip.reason


def run_twice(tmp_path, first: dict[str, bytes], second: dict[str, bytes]) -> list[str]:
    """Two runs into one database, each over its own folder; the documents' ids stored."""
    from readout.cli import main

    db = tmp_path / "r.db"
    for n, files in enumerate((first, second)):
        folder = tmp_path / f"batch{n}"
        folder.mkdir()
        for name, data in files.items():
            (folder / name).write_bytes(data)
        main(["run", str(folder), "--db", str(db), "--quiet"])
    with sqlite3.connect(db) as conn:
        return sorted(r[0] for r in conn.execute("SELECT id FROM documents"))


def line(doc_id: str, text: str) -> bytes:
    return json.dumps({"id": doc_id, "text": text}, ensure_ascii=False).encode() + b"\n"


def test_a_duplicate_id_within_a_batch_is_a_reject_naming_both_places(tmp_path):
    items = read(tmp_path, "wire.jsonl", line("cl-1", EN) + line("cl-1", KO))
    assert [type(i) for i in items] == [RawDocument, Reject] and items[1].code == DuplicateId.code
    assert "wire.jsonl:1" in items[1].reason and "wire.jsonl:2" in items[1].reason


def test_duplicate_ids_within_and_across_batches_are_stored_once(tmp_path):
    first = {"a.jsonl": line("cl-1", EN) + line("cl-1", KO) + line("cl-2", KO)}
    second = {"b.jsonl": line("cl-1", EN) + line("cl-2", KO), "c.json": b"[" + line("cl-2", KO) + b"]"}
    assert run_twice(tmp_path, first, second) == ["cl-1", "cl-2"]
