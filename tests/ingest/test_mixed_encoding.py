"""A UTF-8 page with a stretch in CP949 (a byline or a footer of an older template) is read, each stretch as CP949,
with a warning; a page mostly in CP949, or with a stretch in neither encoding, is what it was (harden56). The texts
are ours."""
from __future__ import annotations

import dataclasses

import pytest

from readout.errors import UnsupportedInput
from readout.ingest.decode import decode_noted
from readout.ingest.decode_mixed import MIXED
from readout.ingest.sources import RawDocument, read_documents
from readout.settings import SETTINGS

HEAD = '<html><head><meta charset="utf-8"></head><body>'
KO = "<p>볼리비아 통상장관은 금요일 수크레에서 에스토니아 통상장관과 회담하고 리튬 수출 확대를 논의했다.</p>"
EN = ("<p>The Bolivian trade minister met his Estonian counterpart in Sucre on Friday \u2014 lithium exports were "
      "the topic.</p>")  # the dash: UTF-8 no CP949 reads
BYLINE = "<p>수크레=김하늘 특파원</p></body></html>"


@pytest.mark.parametrize("body", [KO, EN])
def test_a_cp949_byline_in_a_utf8_page_is_read_and_named(body):
    data = (HEAD + body).encode("utf-8") + BYLINE.encode("cp949")
    text, notes = decode_noted(data, "p.html", SETTINGS.mixed_encoding_max_share)
    assert text == HEAD + body + BYLINE
    ((code, reason),) = notes
    assert code == MIXED and "read as CP949" in reason and f"first at byte {len((HEAD + body).encode()) + 3}" in reason  # after <p>


def test_a_syllable_valid_as_utf8_by_chance_is_read_with_its_run():
    """홍 in CP949 is C8 AB, UTF-8 for U+022B: read by its run, which UTF-8 fails, it stays 홍."""
    data = (HEAD + KO).encode("utf-8") + "<p>홍길동 기자</p>".encode("cp949")
    assert decode_noted(data, "p.html", 0.2)[0].endswith("<p>홍길동 기자</p>")


def test_a_cp949_page_is_read_whole_as_before():
    page = '<html><head><meta charset="euc-kr"></head><body>' + KO + BYLINE
    assert decode_noted(page.encode("cp949"), "p.html", 0.2) == (page, ())


def test_over_the_share_it_is_no_utf8_page():
    """Mostly CP949 runs and one UTF-8 word: no repair (the charset guess or the reject, as before)."""
    data = HEAD.encode() + (KO + KO + KO).encode("cp949") + EN.encode("utf-8")[:40] + "요".encode("utf-8")
    try:
        notes = decode_noted(data, "p.html", 0.2)[1]
    except UnsupportedInput:
        notes = ()
    assert not any(code == MIXED for code, _ in notes)


def test_with_no_share_a_mixed_page_is_rejected_as_before():
    data = (HEAD + KO).encode("utf-8") + BYLINE.encode("cp949")
    with pytest.raises(UnsupportedInput, match="CP949 fails too"):
        decode_noted(data, "p.html", 0.0)


def test_a_run_names_the_repair_as_a_warning_of_the_kept_document(tmp_path):
    (tmp_path / "sucre.html").write_bytes((HEAD + KO).encode("utf-8") + BYLINE.encode("cp949"))
    (doc,) = read_documents([str(tmp_path)], dataclasses.replace(SETTINGS))
    assert isinstance(doc, RawDocument) and "김하늘" in doc.html
    assert [w.code for w in doc.warnings()] == [MIXED]


def test_a_web_archive_page_with_a_cp949_byline_is_read_with_the_warning(tmp_path):
    import io

    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = (HEAD + KO).encode("utf-8") + BYLINE.encode("cp949")
    with open(tmp_path / "c.warc", "wb") as f:
        writer = WARCWriter(f, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://paper.example/sucre", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    (doc,) = read_documents([str(tmp_path / "c.warc")])
    assert "김하늘" in doc.html and [w.code for w in doc.warnings()] == [MIXED]
