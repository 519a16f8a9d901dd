"""The input classes of harden58b, bytes made here, sentences ours: a CP949 run told from Latin-1 letters by the
bytes around it, a UTF-8 page of two-byte letters under a Latin-1 label, JSON lines ended by CR alone over the line
limit, a JSONL line holding an array of records, and the fuzz table's new rows (a byte-order mark against a meta
charset, a gzip file holding UTF-16, a feed with an entity bomb, a web archive whose Content-Length lies)."""
from __future__ import annotations

import codecs
import gzip
import io
import json
import time

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from readout.errors import BadRecord, TooLarge
from readout.ingest.decode import DECLARED_WRONG, decode_noted
from readout.ingest.decode_mixed import MIXED
from readout.ingest.lines import iter_lines
from readout.ingest.records import ARRAY_LINE_HINT
from readout.ingest.sources import RawDocument, Reject, Skipped
from readout.ingest.warc import decode_declared_noted
from readout.settings import SETTINGS
from tests.ingest.files import read

EN = "The ferry operator of Bergen met a delegation from Porto on Thursday to talk about harbour fees."
KO = "베르겐 선박회사 대표는 목요일 포르투 대표단과 만나 항만 이용료 문제를 논의했다고 전했다."
SHARE = SETTINGS.mixed_encoding_max_share



# --- 1. a CP949 run's neighbours ------------------------------------------------------------------------------------
@pytest.mark.parametrize("page, word", [
    (EN + " Bergen {} Porto signed it.", "및"),  # a word of its own between spaces
    (EN + " ({}) ", "외"),  # inside brackets
    (KO + " 3{} ", "월"),  # after a digit
    ("{} " + EN, "또"),  # at the page's start
    (EN + " {}", "등"),  # at its end
])
def test_a_lone_one_syllable_cp949_word_is_cp949(page, word):
    before, after = page.split("{}")
    data = before.encode() + word.encode("cp949") + after.encode()
    text, ((code, reason),) = decode_noted(data, "bergen.txt", SHARE)
    assert text == page.format(word) and code == MIXED and "CP949" in reason and "Windows-1252" not in reason


FOOTER = " 베르겐=박영희 기자 무단 전재 금지"


@pytest.mark.parametrize("name", ["AÇÃO", "CORAÇÕES", "Grüße", "müßig"])
@pytest.mark.parametrize("page", [" ".join([EN.replace("fees", "“fees”")] * 3), " ".join([KO] * 3)])
def test_a_latin1_pair_inside_a_word_stays_latin1_beside_a_real_cp949_stretch(page, name):
    """Before harden58b the CP949 footer made every Hangul-looking pair of the page CP949: 'AÇÃO' became 'A플O'."""
    data = page.encode() + b" " + name.encode("latin-1") + b"." + FOOTER.encode("cp949")
    text, ((code, reason),) = decode_noted(data, "bergen.txt", SHARE)
    assert text == f"{page} {name}.{FOOTER}" and "CP949" in reason and "Windows-1252" in reason


@pytest.mark.parametrize("acronym, particle", [("OECD", "의"), ("NATO", "는"), ("EU", "와")])
def test_a_particle_after_an_acronym_in_a_cp949_stretch_stays_cp949(acronym, particle):
    """An upper-case letter on one side only says nothing: Korean puts its particles right after acronyms."""
    page, stretch = " ".join([KO] * 3), f" {acronym}{particle} 발표{FOOTER}"
    text, ((_, reason),) = decode_noted(page.encode() + stretch.encode("cp949"), "bergen.txt", SHARE)
    assert text == page + stretch and "Windows-1252" not in reason


@pytest.mark.parametrize("name", ["AÇÃO", "Süß"])
def test_a_lone_latin1_pair_in_a_word_is_still_latin1(name):
    data = EN.encode() + b" " + name.encode("latin-1") + b" was the motto."
    assert decode_noted(data, "bergen.txt", SHARE)[0] == f"{EN} {name} was the motto."


# --- 2. two-byte UTF-8 under a Latin-1 label ----------------------------------------------------------------------
LATIN_TEXTS = ["Le café du port de Brest ferme à midi, a précisé le maire.",
               "Die Fähre nach Kiel fährt später.", "O ministro português visitou a região.", "Посол прибыл в Берлин."]


@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1252", "latin1", "ISO_8859-15", "us-ascii"])
@pytest.mark.parametrize("text", LATIN_TEXTS)
def test_two_byte_utf8_under_a_latin_label_is_read_as_utf8(charset, text):
    page = f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'
    out, ((code, reason),) = decode_noted(page.encode(), "brest.html", SHARE)
    assert out == page and code == DECLARED_WRONG and "two-byte" in reason


@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1252"])
def test_two_byte_utf8_under_an_http_latin_label_is_read_as_utf8(charset):
    page = f"<html><body><p>{LATIN_TEXTS[0]}</p></body></html>"
    out, ((code, _),) = decode_declared_noted(page.encode(), f"text/html; charset={charset}", "u", SHARE)
    assert out == page and code == DECLARED_WRONG


@pytest.mark.parametrize("charset, text", [
    ("iso-8859-1", "Le café du port de Brest ferme à midi."),  # a real Latin-1 page: no valid UTF-8
    ("windows-1252", "Die Fähre nach Kiel fährt später."),
    ("euc-kr", KO),  # a double-byte name is believed (harden58's row)
])
def test_a_true_latin_label_is_still_believed(charset, text):
    page = f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'
    assert decode_noted(page.encode(charset), "brest.html", SHARE) == (page, ())


def test_a_double_byte_label_over_two_byte_utf8_is_believed():
    """CP949 text is valid UTF-8 by chance in two-byte pairs; its name is not overruled by them."""
    page = '<html><head><meta charset="euc-kr"></head><body><p>café</p></body></html>'
    assert decode_noted(page.encode(), "brest.html", SHARE)[1] == ()


# --- 3. JSON lines ended by CR alone over the line limit ----------------------------------------------------------
def rec(doc_id: str, text: str = EN) -> bytes:
    return json.dumps({"id": doc_id, "text": text}, ensure_ascii=False).encode()


@pytest.mark.parametrize("end", [b"\r", b"\r\n"])
def test_cr_records_over_the_line_limit_are_read_one_by_one(tmp_path, end):
    data = b"\r".join(rec(f"b{i}", KO if i % 2 else EN) for i in range(40)) + end
    small = SETTINGS.replace(max_jsonl_line_bytes=1000)
    assert len(data) > 3 * small.max_jsonl_line_bytes
    docs = read(tmp_path, "bergen.jsonl", data, small)
    assert [d.id for d in docs] == [f"b{i}" for i in range(40)] and [d.line for d in docs] == list(range(1, 41))


@pytest.mark.parametrize("sep", [b"\r", b"\n"])
def test_a_record_over_the_limit_is_skipped_to_its_own_end(tmp_path, sep):
    lines = [rec("b1"), rec("b2"), rec("big", EN * 30), rec("b3"), rec("b4", KO)]
    small = SETTINGS.replace(max_jsonl_line_bytes=1000)
    items = read(tmp_path, "bergen.jsonl", sep.join(lines), small)
    assert [getattr(i, "id", None) for i in items] == ["b1", "b2", None, "b3", "b4"]
    assert items[2].code == TooLarge.code and items[2].line == 3 and [i.line for i in items[3:]] == [4, 5]


@pytest.mark.parametrize("pieces", [
    [b"{}", b"{}"],
    [b'{"a": 1}\r', b'{"b": 2}\r\n', b'{"c": 3}\n'],
    [b"x" * 50, b"\r{" + b"y" * 30 + b"}\r", b"{}\n"],
])
@pytest.mark.parametrize("limit", [8, 16, 64, 1000])
def test_line_pieces_rejoin_to_the_file(pieces, limit):
    """Whatever the limit, the lines read (None for one skipped) never hold a byte twice, and under the limit all."""
    data = b"".join(pieces)
    lines = list(iter_lines(io.BytesIO(data), limit))
    if None not in lines:
        assert b"".join(lines).replace(b"\r", b"").replace(b"\n", b"") == data.replace(b"\r", b"").replace(b"\n", b"")
    assert sum(len(line) for line in lines if line) <= len(data) + len(lines)


# --- 4. a JSONL line holding an array of records ------------------------------------------------------------------
def test_a_line_of_an_array_of_records_is_a_reject_saying_how_to_fix_it(tmp_path):
    line = json.dumps([{"id": "p1", "text": EN}, {"id": "p2", "text": KO}], ensure_ascii=False).encode()
    first, reject, last = read(tmp_path, "porto.jsonl", rec("b1") + b"\n" + line + b"\n" + rec("b2"))
    assert isinstance(reject, Reject) and reject.code == BadRecord.code and reject.line == 2
    assert "an array of 2 record(s)" in reject.reason and ARRAY_LINE_HINT in reject.reason
    assert (first.id, last.id) == ("b1", "b2")


@pytest.mark.parametrize("line", [b"[1, 2]", b"[]", b'[{"id": "p1"}, 3]'])
def test_an_array_of_no_records_keeps_the_plain_reject(tmp_path, line):
    (reject,) = read(tmp_path, "porto.jsonl", line)
    assert "not an array" in reject.reason and "record(s)" not in reject.reason


# --- 5. the fuzz table's new rows ---------------------------------------------------------------------------------
@pytest.mark.parametrize("bom, enc", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")])
@pytest.mark.parametrize("charset", ["euc-kr", "iso-8859-1", "utf-16"])
def test_a_byte_order_mark_wins_over_a_contrary_meta_charset(tmp_path, bom, enc, charset):
    page = f'<html><head><meta charset="{charset}"></head><body><p>{KO}</p></body></html>'
    (doc,) = read(tmp_path, "bergen.html", bom + page.encode(enc))
    assert isinstance(doc, RawDocument) and doc.html == page


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [KO, EN])
def test_a_gzip_text_holding_utf16_is_read(tmp_path, enc, text):
    (doc,) = read(tmp_path, "bergen.txt.gz", gzip.compress(text.encode(enc)))
    assert isinstance(doc, RawDocument) and doc.text == text


def entity_bomb(levels: int = 9) -> str:
    entities = '<!ENTITY e0 "boom">' + "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, levels + 1))
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>&e{levels};</title>'
            f'<item><title>Ferry fees</title><link>http://example.org/fees</link>'
            f'<description>{EN} &e{levels};</description></item></channel></rss>')


def test_a_feed_with_an_entity_bomb_is_read_in_bounded_time_and_size(tmp_path):
    start = time.monotonic()
    items = read(tmp_path, "bergen.rss", entity_bomb().encode())
    assert time.monotonic() - start < 20 and items
    for item in items:
        body = (getattr(item, "text", None) or getattr(item, "html", None) or "") if isinstance(item, RawDocument) \
            else item.reason
        assert body.count("boom") < 1000
        assert isinstance(item, (RawDocument, Reject, Skipped))


def warc_record(uri: str, html: str, delta: int) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2026-11-30T08:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash(uri))}>\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http) + delta}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


@pytest.mark.parametrize("delta, said", [(400, "cut short"), (-30, "Content-Length")])
def test_a_warc_record_whose_length_lies_is_a_reject_naming_it(tmp_path, delta, said):
    page = f"<html><body><p>{KO}</p></body></html>"
    items = read(tmp_path, "bergen.warc", warc_record("http://example.org/a", page, delta))
    assert any(isinstance(i, Reject) and said in i.reason for i in items)
    assert not any(isinstance(i, RawDocument) and i.html != page for i in items)


# --- properties ---------------------------------------------------------------------------------------------------
RECORDS = st.lists(st.builds(lambda i, t: rec(f"b{i}", t), st.integers(0, 999), st.sampled_from([EN, KO, "x"])),
                   min_size=1, max_size=12)


@hsettings(max_examples=60, deadline=None)
@given(RECORDS, st.lists(st.sampled_from([b"\r", b"\n", b"\r\n"]), min_size=12, max_size=12), st.integers(0, 400))
def test_records_under_the_limit_read_back_whatever_their_line_ends(records, ends, extra):
    """Every record no longer than the limit is one line, whatever the file's length and line ends (CR, LF, CRLF)."""
    limit = max(map(len, records)) + 2 + extra
    data = b"".join(r + e for r, e in zip(records, ends))
    assert [line.rstrip(b"\r\n") for line in iter_lines(io.BytesIO(data), limit)] == records


@hsettings(max_examples=40, deadline=None)
@given(RECORDS, st.integers(0, 11))
def test_one_record_over_the_limit_is_one_none_in_its_place(records, at):
    at = at % len(records)
    big = rec("big", EN * 20)
    limit = max(map(len, records)) + 2
    lines = list(iter_lines(io.BytesIO(b"\r".join(records[:at] + [big] + records[at:])), limit))
    assert [line and line.rstrip(b"\r\n") for line in lines] == records[:at] + [None] + records[at:]
