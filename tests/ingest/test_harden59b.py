"""The input classes of harden59b, bytes made here, pages ours: a web archive cut inside its first record, plain,
compressed whole or a member per record, is one reject that says it was cut (and, compressed, that its gzip stream
ends inside the first record), never 'crawl metadata only', a traceback's words, or 'read whole'."""
from __future__ import annotations

import gzip

import pytest

from readout.ingest.sources import RawDocument, Reject, Skipped, Warned, read_documents
from tests.ingest.test_warc_lengths import record as warc_record

PAGES = [("https://quay.example/en/nets", "<html><body><article><p>The net makers of Harwick met the port board "
          "on Friday to settle the mooring fees for the winter.</p></article></body></html>"),
         ("https://quay.example/ko/nets", "<html><body><article><p>하윅 그물 제조업자들은 금요일 항만청과 만나 겨울 "
          "계류비 문제를 논의했다.</p></article></body></html>")]


def archive(kind: str) -> bytes:
    """The two pages as a plain archive, one compressed whole (`gzip crawl.warc`), or the first page's member."""
    parts = [warc_record(uri, body.encode()) for uri, body in PAGES]
    return {"plain": b"".join(parts), "whole": gzip.compress(b"".join(parts), mtime=0),
            "per": gzip.compress(parts[0], mtime=0)}[kind]


@pytest.mark.parametrize("kind", ["plain", "whole", "per"])
@pytest.mark.parametrize("cut", [20, 30, 100, 150, 240])  # bytes kept: inside the first record's header or body
def test_an_archive_cut_inside_its_first_record_is_one_reject_saying_so(tmp_path, kind, cut):
    """Before harden59b: 'the archive holds no pages: crawl metadata' (a header cut before its length), an
    AttributeError's words, and beside 'record cut short' a warning that the record 'was read whole'."""
    path = tmp_path / ("crawl.warc" + (".gz" if kind != "plain" else ""))
    path.write_bytes(archive(kind)[:cut])
    items = list(read_documents([str(path)]))
    assert len(items) == 1 and type(items[0]) is Reject, items
    reason = items[0].reason
    assert "NoneType" not in reason and "read whole" not in reason
    assert items[0].code in ("truncated", "unsupported_input")
    assert ("gzip crawl.warc" in reason) == (kind != "plain")


def test_a_whole_archive_with_only_its_trailer_cut_still_warns_and_keeps_its_records(tmp_path):
    """The gzip clause is for a record the stream ends inside; a member without its trailer keeps its warning."""
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(warc_record(*[x.encode() if i else x for i, x in enumerate(PAGES[0])]),
                                   mtime=0)[:-4])
    items = list(read_documents([str(path)]))
    assert [type(i) for i in items] == [Warned, RawDocument] and "read whole" in items[0].reason
    assert not any(isinstance(i, Skipped) for i in items)
