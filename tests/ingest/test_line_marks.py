"""A byte-order mark at the start of any JSONL line (files joined with `cat`) and the record separator of JSON text
sequences (RFC 7464) are no part of the record: the line is read (harden56). The texts are ours."""
from __future__ import annotations

import json

import pytest

from readout.ingest.sources import RawDocument, Reject, Skipped, line_start, read_documents

EN = "The Mongolian energy minister met the Slovak energy minister in Darkhan on Thursday to discuss coal."
KO = "몽골 에너지장관은 목요일 다르항에서 슬로바키아 에너지장관과 만나 석탄 문제를 논의했다."

BOM, RS = b"\xef\xbb\xbf", b"\x1e"


def line(doc_id: str, text: str) -> bytes:
    return json.dumps({"id": doc_id, "text": text}, ensure_ascii=False).encode() + b"\n"


@pytest.mark.parametrize("mark", [BOM, RS, RS + BOM, BOM + BOM])
def test_a_mark_opening_a_later_line_is_no_part_of_it(tmp_path, mark):
    (tmp_path / "joined.jsonl").write_bytes(BOM + line("m1", EN) + mark + line("m2", KO) + mark + line("m3", EN))
    items = list(read_documents([str(tmp_path / "joined.jsonl")]))
    assert [(i.id, i.line) for i in items] == [("m1", 1), ("m2", 2), ("m3", 3)]
    assert all(isinstance(i, RawDocument) for i in items)


def test_a_line_of_a_mark_alone_is_a_blank_line(tmp_path):
    (tmp_path / "seq.jsonl").write_bytes(RS + b"\n" + RS + line("s1", KO))
    items = list(read_documents([str(tmp_path / "seq.jsonl")]))
    assert isinstance(items[0], Skipped) and items[1].id == "s1"


def test_a_mark_inside_a_line_is_still_an_error(tmp_path):
    (tmp_path / "mid.jsonl").write_bytes(b'{"id": "x1", ' + RS + b'"text": "' + EN.encode() + b'"}\n')
    (item,) = read_documents([str(tmp_path / "mid.jsonl")])
    assert isinstance(item, Reject) and item.code == "bad_record"


@pytest.mark.parametrize("raw,expected", [(BOM + b"{}", b"{}"), (RS + b"{}", b"{}"), (b"{}", b"{}"), (None, None),
                                          (b"", b"")])
def test_line_start(raw, expected):
    assert line_start(raw) == expected
