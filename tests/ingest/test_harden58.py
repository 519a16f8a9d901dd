"""The input classes of harden58, bytes made here, sentences ours: a stray NUL in a UTF-8 page, Latin-1 letter pairs
read as a CP949 syllable, a .json file's progress count, a web-archive page decoded with the run's settings, a .json
array cut short, and the fuzz table's classes (records ended by CR alone, gzip inside gzip, a charset that lies)."""
from __future__ import annotations

import codecs
import gzip
import io
import json

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from readout.errors import UnsupportedInput
from readout.ingest.decode import DECLARED_WRONG, STRAY_NUL, decode_noted
from readout.ingest.decode_mixed import MIXED
from readout.ingest.json_file import TRAILING_COMMA
from readout.ingest.sources import RawDocument, Reject, Skipped, Warned, read_documents
from readout.ingest.warc import decode_declared_noted
from readout.progress import count_documents
from readout.settings import SETTINGS
from tests.ingest.files import read

EN = "The harbour commissioner of Tromso met a delegation from Lisbon on Wednesday to discuss fishing quotas."
KO = "트롬쇠 항만청장은 수요일 리스본 대표단과 만나 어획 할당량 문제를 논의했다고 밝혔다."
SHARE = SETTINGS.mixed_encoding_max_share



def with_nuls(text: str, at: list[int]) -> bytes:
    """`text` in UTF-8 with a NUL byte inserted before each of the characters `at`."""
    return b"".join(b"\x00" * (i in at) + c.encode() for i, c in enumerate(text))


# --- 1. a stray NUL in an otherwise UTF-8 page ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [EN, KO, KO + " " + EN])
@pytest.mark.parametrize("at", [[0], [9], [40, 41], [3, 20, 30, 44]])
def test_a_few_nuls_in_utf8_are_dropped_with_a_note_naming_offsets(text, at):
    data = with_nuls(text, at)
    out, ((code, reason),) = decode_noted(data, "tromso.txt", SHARE)
    offsets = [i for i, b in enumerate(data) if b == 0]
    assert out == text and code == STRAY_NUL
    assert f"{len(at)} NUL byte(s)" in reason and f"at byte {', '.join(map(str, offsets))})" in reason


def test_an_even_length_korean_page_with_one_nul_is_not_read_as_utf16():
    """Before harden58 one NUL sent the page to the UTF-16 test, whose one-sided rule read it as CJK noise."""
    data = with_nuls(KO, [5])
    data += b"." * (len(data) % 2)
    assert len(data) % 2 == 0
    assert decode_noted(data, "tromso.txt", SHARE)[0].startswith(KO)


@pytest.mark.parametrize("data, why", [
    (with_nuls(EN, [1, 5, 9, 13, 17]), "five NULs in a small page: over the allowance"),
    (EN.encode() + b"\x00" * 64, "a zero-filled block: a damaged file"),
    (EN.encode() + b"\x00\x01\x02" + KO.encode(), "other control bytes: binary data"),
    (b"\xed\x00\x95" + KO.encode(), "a NUL inside a character: the rest is no UTF-8"),
])
def test_nuls_that_are_no_stray_byte_are_still_rejected(data, why):
    with pytest.raises(UnsupportedInput, match="NUL bytes"):
        decode_noted(data, "damaged.txt", SHARE)


def test_the_allowance_is_a_setting():
    data = with_nuls(EN, [7])
    with pytest.raises(UnsupportedInput, match="NUL bytes"):
        decode_noted(data, "damaged.txt", SHARE, SETTINGS.replace(stray_nul_per_100kb=0))


def test_utf16_without_a_mark_is_still_utf16():
    assert decode_noted(EN.encode("utf-16-le"), "tromso.txt", SHARE) == (EN, ())


@pytest.mark.parametrize("name", ["tromso.txt", "tromso.html"])
def test_a_page_with_a_stray_nul_is_a_document_with_a_warning(tmp_path, name):
    (doc,) = read(tmp_path, name, with_nuls(KO, [12]))
    assert isinstance(doc, RawDocument) and KO in (doc.text or doc.html)
    assert [w.code for w in doc.warnings()] == [STRAY_NUL]


# --- 2. two Latin-1 letters are one CP949 character ---------------------------------------------------------------
EN_NAME = "The harbour commissioner met the {} delegation from Lisbon on Wednesday. “Quotas,” she said."
KO_NAME = "트롬쇠 항만청장은 수요일 {} 대표단과 만나 어획 할당량 문제를 논의했다."


def latin_in(template: str, name: str, quotes: bool = True) -> bytes:
    before, after = template.split("{}")
    if not quotes:
        before, after = before.replace("“", '"').replace("”", '"'), after.replace("“", '"').replace("”", '"')
    return before.encode() + name.encode("latin-1") + after.encode()


@pytest.mark.parametrize("template", [EN_NAME, KO_NAME])
@pytest.mark.parametrize("name", ["AÇÃO", "INFORMAÇÕES", "Süß", "Grüße", "CORAÇÃO"])
def test_latin1_letter_pairs_in_a_utf8_page_are_latin1(template, name):
    text, ((code, reason),) = decode_noted(latin_in(template, name), "lisbon.html", SHARE)
    assert text == template.format(name) and code == MIXED and "Windows-1252" in reason and "CP949" not in reason


@pytest.mark.parametrize("name", ["AÇÃO", "Süß"])
def test_an_ascii_page_with_a_latin1_pair_is_not_read_whole_as_cp949(name):
    text = decode_noted(latin_in(EN_NAME, name, quotes=False), "lisbon.html", SHARE)[0]
    assert name in text


@pytest.mark.parametrize("footer", [" 무단 전재 및 재배포 금지", " 리스본=김철수 기자 및 특파원"])
@pytest.mark.parametrize("page", [EN.replace("quotas", "“quotas”"), KO])
def test_a_cp949_stretch_keeps_its_one_syllable_words(page, footer):
    """A Korean stretch has words of two syllables; beside them its one-syllable word ('및') is CP949 too."""
    text, ((_, reason),) = decode_noted(page.encode() + footer.encode("cp949"), "lisbon.html", SHARE)
    assert text == page + footer and "read as CP949" in reason


def test_a_cp949_page_is_still_cp949():
    assert decode_noted(KO.encode("cp949"), "tromso.html", SHARE) == (KO, ())


# --- 3. a .json file's progress total -----------------------------------------------------------------------------
RECORDS = [{"id": f"tr-{n}", "text": t} for n, t in enumerate([EN, KO, EN + " " + KO])]


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + json.dumps(RECORDS, ensure_ascii=False, indent=1).encode(),
    codecs.BOM_UTF8 + json.dumps(RECORDS, ensure_ascii=False, indent=1).encode()[:-40],
    json.dumps(RECORDS, ensure_ascii=False, indent=2).encode()[:-3],
    json.dumps(RECORDS, ensure_ascii=False, indent=1).encode("utf-16"),
    codecs.BOM_UTF8 + "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS).encode(),
    gzip.compress(codecs.BOM_UTF8 + json.dumps(RECORDS, ensure_ascii=False, indent=1).encode()[:-40]),
])
def test_the_progress_total_of_a_json_file_is_its_readers_items(tmp_path, data):
    """Before harden58 a cut array counted its lines (10 for 3 records), a UTF-16 one its records (the reader: 1)."""
    items = read(tmp_path, "tromso.json", data)
    assert count_documents([str(tmp_path / "tromso.json")]) == len(items)


# --- 4. web-archive pages with the run's settings -----------------------------------------------------------------
def test_a_web_archive_page_is_decoded_with_the_settings_given():
    data = with_nuls(f"<html><body><p>{EN}</p></body></html>", [20])
    assert decode_declared_noted(data, "text/html", "u", SHARE, SETTINGS)[0].count("Tromso") == 1
    with pytest.raises(UnsupportedInput, match="NUL bytes"):
        decode_declared_noted(data, "text/html", "u", SHARE, SETTINGS.replace(stray_nul_per_100kb=0))


def test_a_web_archive_run_passes_its_settings(tmp_path):
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    body = with_nuls(f"<html><body><p>{KO}</p></body></html>", [30])
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://harbour.example/tromso", "response",
                                                  payload=io.BytesIO(body), http_headers=headers))
    (doc,) = read(tmp_path, "crawl.warc", buf.getvalue())
    assert isinstance(doc, RawDocument) and [w.code for w in doc.warnings()] == [STRAY_NUL]
    (reject,) = read(tmp_path, "crawl.warc", buf.getvalue(), SETTINGS.replace(stray_nul_per_100kb=0))
    assert isinstance(reject, Reject) and "NUL bytes" in reject.reason


# --- 5. a .json array cut short -----------------------------------------------------------------------------------
WHOLE = json.dumps(RECORDS[:2], ensure_ascii=False, indent=1)
CUT_AFTER_FIRST = WHOLE[:WHOLE.index("},") + 2]


@pytest.mark.parametrize("content, kept, says", [
    ("[", 0, "the array is cut (truncated): the file ends (line 1) after '['"),
    ("[\n  \n", 0, "the array is cut (truncated): the file ends (line 3) after '['"),
    (CUT_AFTER_FIRST, 1, "the file ends (line 5) after record 1 and its ','"),
    (WHOLE[:-40], 1, "is no JSON value: the array is cut (truncated), the file ends (line 8) inside it"),
    (WHOLE[:-1], 2, "the file, cut (truncated), ends where ',' or ']' belongs"),
])
def test_a_cut_array_is_said_cut_and_where(tmp_path, content, kept, says):
    items = read(tmp_path, "cut.json", content.encode())
    assert sum(isinstance(i, RawDocument) for i in items) == kept
    (reject,) = [i for i in items if isinstance(i, Reject)]
    assert says in reject.reason and "nothing after it" not in reject.reason


def test_a_cut_record_is_said_cut(tmp_path):
    (reject,) = read(tmp_path, "one.json", json.dumps(RECORDS[0]).encode()[:-20])
    assert "not JSON: the record is cut (truncated)" in reject.reason


def test_a_syntax_fault_is_still_named_as_such(tmp_path):
    (reject,) = read(tmp_path, "bad.json", b'[{"id": "a",}, {"id": "b"}]')
    assert "Expecting property name" in reject.reason and "cut" not in reject.reason


# --- 6. the fuzz table's classes ----------------------------------------------------------------------------------
LINES = [json.dumps(r, ensure_ascii=False).encode() for r in RECORDS]


@pytest.mark.parametrize("data, ids", [
    (b"\r".join(LINES) + b"\r", ["tr-0", "tr-1", "tr-2"]),                    # classic Mac line ends
    (LINES[0] + b"\r\n" + LINES[1] + b"\r" + LINES[2] + b"\n", ["tr-0", "tr-1", "tr-2"]),  # mixed
    (LINES[0] + b"\r\r\n\r" + LINES[1], ["tr-0", "tr-1"]),                    # blank CR lines
    (b'{"id": "tr-9",\r"text": "' + EN.encode() + b'"}\n', ["tr-9"]),          # CR as white space inside a record
])
def test_jsonl_lines_ended_by_cr_are_records(tmp_path, data, ids):
    items = read(tmp_path, "mac.jsonl", data)
    assert [i.id for i in items if isinstance(i, RawDocument)] == ids
    assert count_documents([str(tmp_path / "mac.jsonl")]) == len([i for i in items if not isinstance(i, Skipped)])


def test_a_jsonl_line_that_is_a_bare_string_is_a_reject_and_the_rest_is_read(tmp_path):
    items = read(tmp_path, "wire.jsonl", LINES[0] + b'\n"' + KO.encode() + b'"\n' + LINES[1] + b"\n")
    assert [type(i).__name__ for i in items] == ["RawDocument", "Reject", "RawDocument"]
    assert "not a string" in items[1].reason and items[1].doc == "wire.jsonl:2"


@pytest.mark.parametrize("name, data, first", [
    ("page.txt.gz", gzip.compress(gzip.compress(KO.encode())), KO),
    ("page.html", gzip.compress(gzip.compress(f"<p>{EN}</p>".encode())), f"<p>{EN}</p>"),
    ("wire.jsonl.gz", gzip.compress(gzip.compress(b"\n".join(LINES))), "tr-0"),
    ("wire.json.gz", gzip.compress(gzip.compress(json.dumps(RECORDS).encode())), "tr-0"),
])
def test_gzip_inside_gzip_is_read(tmp_path, name, data, first):
    items = read(tmp_path, name, data)
    assert isinstance(items[0], RawDocument) and first in (items[0].id, items[0].text, items[0].html)
    assert count_documents([str(tmp_path / name)]) == len(items)


def test_gzip_three_times_is_a_reject_saying_so(tmp_path):
    (reject,) = read(tmp_path, "page.txt.gz", gzip.compress(gzip.compress(gzip.compress(KO.encode()))))
    assert isinstance(reject, Reject) and "gzip compressed more than 2 times" in reject.reason


@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1252", "euc-kr", "latin1"])
@pytest.mark.parametrize("text", [KO, EN.replace("quotas", "“quotas”")])
def test_a_meta_charset_that_lies_about_utf8_bytes_is_overruled(charset, text):
    page = f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'
    out, ((code, reason),) = decode_noted(page.encode(), "tromso.html", SHARE)
    assert out == page and code == DECLARED_WRONG and repr(charset) in reason


@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1252"])
def test_an_http_charset_that_lies_about_utf8_bytes_is_overruled(charset):
    page = f"<html><body><p>{KO}</p></body></html>"
    out, ((code, _),) = decode_declared_noted(page.encode(), f"text/html; charset={charset}", "u", SHARE)
    assert out == page and code == DECLARED_WRONG


@pytest.mark.parametrize("charset, text", [("iso-8859-1", "Grüße aus Lisboa, coração"), ("euc-kr", KO)])
def test_a_true_declared_charset_is_still_believed(charset, text):
    page = f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'
    assert decode_noted(page.encode(charset), "tromso.html", SHARE) == (page, ())


# --- properties ---------------------------------------------------------------------------------------------------
WORDS = st.sampled_from(EN.split() + KO.split())


@hsettings(max_examples=40, deadline=None)
@given(st.lists(WORDS, min_size=8, max_size=40), st.lists(st.integers(0, 10_000), min_size=1, max_size=4))
def test_any_text_with_a_few_stray_nuls_reads_back(words, spots):
    text = " ".join(words)
    at = sorted({s % len(text) for s in spots})
    out, notes = decode_noted(with_nuls(text, at), "t.txt", SHARE)
    assert out == text and [c for c, _ in notes] == [STRAY_NUL]


@hsettings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_are_a_named_reject(data):
    try:
        out, _ = decode_noted(data, "blob.txt", SHARE)
    except UnsupportedInput as exc:
        assert "blob.txt" in str(exc)
    else:
        assert isinstance(out, str) and "\x00" not in out


@hsettings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(LINES + [b"", b"  "]), min_size=1, max_size=6),
       st.lists(st.sampled_from([b"\n", b"\r\n", b"\r"]), min_size=6, max_size=6))
def test_any_line_ends_read_every_record(tmp_path_factory, lines, ends):
    data = b"".join(line + end for line, end in zip(lines, ends))
    path = tmp_path_factory.mktemp("ends") / "wire.jsonl"
    path.write_bytes(data)
    items = list(read_documents([str(path)]))
    kept = [json.loads(line)["id"] for line in lines if line.strip()]
    assert sorted({i.id for i in items if isinstance(i, RawDocument)}) == sorted(set(kept))


# --- a byte-order mark before no text ------------------------------------------------------------------------------
@pytest.mark.parametrize("data", [
    codecs.BOM_UTF16_LE + bytes(range(256)) * 2,
    codecs.BOM_UTF8 + bytes(range(32)) * 8 + EN.encode(),
    codecs.BOM_UTF16_LE + KO.encode("utf-16-le") + b"\x00\x00" * 12,
])
def test_a_byte_order_mark_before_binary_data_is_a_reject(data):
    """Before harden58 the mark was believed whatever followed: CJK noise or control characters, no error."""
    with pytest.raises(UnsupportedInput, match="tromso.txt: binary data or a damaged file after a UTF-(8|16) byte"):
        decode_noted(data, "tromso.txt", SHARE)


@pytest.mark.parametrize("text", [EN, KO])
@pytest.mark.parametrize("enc, bom", [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                      ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_a_text_after_its_mark_is_read_and_a_stray_nul_dropped(text, enc, bom):
    assert decode_noted(bom + text.encode(enc), "tromso.txt", SHARE) == (text, ())
    out, ((code, _),) = decode_noted(bom + (text[:9] + "\x00" + text[9:]).encode(enc), "tromso.txt", SHARE)
    assert out == text and code == STRAY_NUL


RECORD_TEXTS = [json.dumps(r, ensure_ascii=False) for r in RECORDS]


@pytest.mark.parametrize("content", ["[" + ",\n".join(RECORD_TEXTS) + ",\n]", "[" + ", ".join(RECORD_TEXTS) + " , ]"])
def test_a_trailing_comma_in_an_array_is_a_warning_and_every_record_is_read(tmp_path, content):
    """Before harden58: 'record 4 (line 4) is no JSON value', a reject for a record that was never there."""
    items = read(tmp_path, "comma.json", content.encode())
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["tr-0", "tr-1", "tr-2"]
    (warned,) = [i for i in items if isinstance(i, Reject)]
    assert isinstance(warned, Warned) and warned.code == TRAILING_COMMA and "after record 3" in warned.reason
    assert count_documents([str(tmp_path / "comma.json")]) == 3
