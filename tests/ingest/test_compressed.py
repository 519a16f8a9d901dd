"""Gzip-compressed JSONL, text, HTML and feed files are read as their content, told by their magic bytes; a damaged
stream is one clear reject naming the file (harden56). The texts are ours."""
from __future__ import annotations

import dataclasses
import gzip
import json

import pytest

from readout.errors import UnsupportedInput
from readout.ingest.compressed import kind_suffix
from readout.ingest.sources import RawDocument, Reject, Warned, read_documents
from readout.settings import SETTINGS
from tests.ingest.files import read

EN = "Paraguay's farm minister met the Latvian farm minister in Encarnacion on Tuesday to discuss soybean exports."
KO = "파라과이 농업장관은 화요일 엔카르나시온에서 라트비아 농업장관과 만나 대두 수출을 논의했다."
HTML = f"<html><head><title>Soy talks</title></head><body><article><p>{EN}</p></article></body></html>"


def jsonl(*texts: str) -> bytes:
    return "".join(json.dumps({"id": f"g{n}", "text": t}, ensure_ascii=False) + "\n" for n, t in enumerate(texts))\
        .encode()



@pytest.mark.parametrize("name", ["feed.jsonl.gz", "feed.ndjson.gz", "feed.JSONL.GZ", "feed.jsonl"])
def test_gzipped_jsonl_is_read_line_by_line(tmp_path, name):
    items = read(tmp_path, name, gzip.compress(jsonl(EN, KO)))
    assert [(i.id, i.text, i.line) for i in items] == [("g0", EN, 1), ("g1", KO, 2)]


@pytest.mark.parametrize("name,text", [("story.txt.gz", EN), ("기사.txt.gz", KO), ("story.txt", KO)])
def test_gzipped_text_is_read_whatever_its_name_says(tmp_path, name, text):
    (item,) = read(tmp_path, name, gzip.compress(text.encode("utf-8")))
    assert isinstance(item, RawDocument) and item.text == text and item.id == name


@pytest.mark.parametrize("name", ["page.html.gz", "page.htm"])
def test_gzipped_html_is_read(tmp_path, name):
    (item,) = read(tmp_path, name, gzip.compress(HTML.encode("utf-8")))
    assert isinstance(item, RawDocument) and item.html == HTML


def test_a_plain_file_named_gz_is_read_as_it_is(tmp_path):
    (item,) = read(tmp_path, "story.txt.gz", EN.encode())
    assert item.text == EN


def test_a_bare_gz_names_its_type(tmp_path):
    (item,) = read(tmp_path, "blob.gz", gzip.compress(EN.encode()))
    assert isinstance(item, Reject) and item.code == UnsupportedInput.code and ".gz" in item.reason


@pytest.mark.parametrize("name", ["story.txt.gz", "feed.jsonl.gz", "page.html.gz"])
def test_a_corrupt_gzip_is_a_reject_naming_the_file(tmp_path, name):
    data = bytearray(gzip.compress((EN + " " + KO).encode() * 40))
    data[20:40] = b"\xff" * 20  # a damaged block
    (item,) = read(tmp_path, name, bytes(data))
    assert isinstance(item, Reject) and item.code == UnsupportedInput.code and item.path.endswith(name)
    assert "damaged gzip data" in item.reason


def test_a_cut_gzip_jsonl_keeps_the_lines_before_the_cut(tmp_path):
    data = gzip.compress(jsonl(*([EN, KO] * 200)))
    items = read(tmp_path, "cut.jsonl.gz", data[:len(data) - 12])  # trailer and some of the last block gone
    documents = [i for i in items if isinstance(i, RawDocument)]
    (reject,) = [i for i in items if isinstance(i, Reject)]
    assert len(documents) >= 1 and "cut short" in reject.reason and reject.doc == "cut.jsonl.gz"


def test_a_gzip_bomb_stops_at_the_size_limit(tmp_path):
    small = dataclasses.replace(SETTINGS, max_document_bytes=10_000)
    (item,) = read(tmp_path, "bomb.txt.gz", gzip.compress(b"a" * 1_000_000), small)
    assert isinstance(item, Reject) and item.code == "too_large"


@pytest.mark.parametrize("name,suffix", [("a.jsonl.gz", ".jsonl"), ("b.NDJSON.gz", ".ndjson"), ("c.gz", ".gz"),
                                         ("d.txt", ".txt"), ("e.warc.gz", ".warc")])
def test_the_kind_is_the_name_without_gz(name, suffix):
    from pathlib import Path

    assert kind_suffix(Path(name)) == suffix


@pytest.mark.parametrize("name", ["feed.jsonl.gz", "feed.jsonl"])
def test_the_progress_total_counts_the_decompressed_lines(tmp_path, name):
    from readout.progress import count_documents

    (tmp_path / name).write_bytes(gzip.compress(jsonl(EN, KO, EN) + b"\n\n"))
    assert count_documents([str(tmp_path / name)]) == 3


def test_the_progress_total_of_a_cut_gzip_counts_what_is_whole(tmp_path):
    from readout.progress import count_documents

    data = gzip.compress(jsonl(*([EN, KO] * 100)))
    (tmp_path / "cut.jsonl.gz").write_bytes(data[:len(data) // 2])
    assert 1 <= count_documents([str(tmp_path / "cut.jsonl.gz")]) < 200


def test_a_gzipped_copy_beside_its_plain_file_stores_nothing_twice(tmp_path):
    """Its records have the ids of the plain file's: each is a duplicate naming both places, not a second document."""
    (tmp_path / "feed.jsonl").write_bytes(jsonl(EN, KO))
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(jsonl(EN, KO)))
    items = list(read_documents([str(tmp_path)]))
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["g0", "g1"]
    duplicates = [i for i in items if isinstance(i, Reject)]
    assert [d.code for d in duplicates] == ["duplicate_id"] * 2
    assert "feed.jsonl:1" in duplicates[0].reason and "feed.jsonl.gz:1" in duplicates[0].reason


@pytest.mark.parametrize("name,data", [("blank.txt", b"  \n\t\r\n"), ("blank.html", b"\xef\xbb\xbf\n\n"),
                                       ("blank.txt.gz", gzip.compress(b"\n \n"))])
def test_a_file_of_white_space_only_is_said_so(tmp_path, name, data):
    """harden56: it went on as a document and was rejected later as a text too short."""
    (item,) = read(tmp_path, name, data)
    assert isinstance(item, Reject) and item.code == "bad_record" and "only white space" in item.reason


def test_a_short_text_is_still_a_document(tmp_path):
    (item,) = read(tmp_path, "short.txt", "  평화  \n".encode())
    assert isinstance(item, RawDocument)


def test_a_cut_gzip_jsonl_still_counts_its_unknown_fields(tmp_path):
    lines = b"".join(json.dumps({"id": f"u{n}", "text": EN, "titel": "x"}).encode() + b"\n" for n in range(300))
    data = gzip.compress(lines)
    items = read(tmp_path, "cut.jsonl.gz", data[:len(data) - 12])
    warned = [i for i in items if isinstance(i, Warned)]
    assert len(warned) == 1 and "'titel'" in warned[0].reason and items[-1].code == UnsupportedInput.code
