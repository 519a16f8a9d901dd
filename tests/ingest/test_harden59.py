"""The input classes of harden59, bytes made here, sentences ours: a lone CP949 run weighed by its syllable (two
Latin-1 signs standing alone are no Hangul syllable), a Korean particle after a lower-case Latin word in a CP949
stretch, and the JSONL count of records ended by CR alone read in bounded memory."""
from __future__ import annotations

import gzip
import tracemalloc
from itertools import islice

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from readout.errors import UnsupportedInput
from readout.ingest.decode import decode_noted
from readout.ingest.decode_mixed import MIXED, latin_case
from readout.ingest.sources import Skipped, read_documents
from readout.lang.ko.common_syllables import is_common_word
from readout.progress import count_documents, jsonl_lines
from readout.settings import SETTINGS
from tests.ingest.files import read

EN = "The harbour board of Tromso met fishers from Aveiro on Monday to settle the quota for cod."
KO = "트롬쇠 항만청은 월요일 아베이루 어민 대표들과 만나 대구 어획량 문제를 논의했다."
SHARE = SETTINGS.mixed_encoding_max_share
FOOTER = " 트롬쇠=김민수 기자 무단 전재 금지"


# --- 1. a lone run weighed by its syllable, a particle after a lower-case word --------------------------------------
SIGN_PAIRS = ["±½", "°±", "²³", "½¾"]  # CP949: 굵, 갚, 껙, 슭: rare syllables, never a word alone


@pytest.mark.parametrize("signs", SIGN_PAIRS)
@pytest.mark.parametrize("page, footer", [(EN + " The range was {} of a tonne.", ""),
                                          (KO + " 오차는 {} 톤 정도다.", ""),
                                          (EN + " The range was {} of a tonne.", FOOTER)])
def test_two_latin1_signs_standing_alone_stay_latin1(page, footer, signs):
    """Before harden59 a run standing alone was Korean whatever it held: ' ±½ ' became ' 굵 '."""
    before, after = page.split("{}")
    data = before.encode() + signs.encode("cp1252") + after.encode() + footer.encode("cp949")
    text, ((code, reason),) = decode_noted(data, "tromso.txt", SHARE)
    assert text == page.format(signs) + footer and code == MIXED and "Windows-1252" in reason


@pytest.mark.parametrize("word", ["및", "등", "외", "또"])
def test_a_common_one_syllable_word_standing_alone_is_still_korean(word):
    data = EN.encode() + b" " + word.encode("cp949") + b" " + EN.encode()
    text, ((_, reason),) = decode_noted(data, "tromso.txt", SHARE)
    assert text == f"{EN} {word} {EN}" and "Windows-1252" not in reason


@pytest.mark.parametrize("syllable, common", [("및", True), ("월", True), ("굵", False), ("갚", False)])
def test_the_syllable_list_knows_common_words_from_rare_syllables(syllable, common):
    assert is_common_word(syllable) is common


@pytest.mark.parametrize("latin, particle", [("iPhone", "의"), ("eBook", "이"), ("iPad", "은")])
@pytest.mark.parametrize("page", [" ".join([KO] * 4), " ".join([EN.replace("cod", "“cod”")] * 3)])
def test_a_particle_after_a_lower_case_latin_word_in_a_cp949_stretch_is_cp949(page, latin, particle):
    """'의' is C0 C7, 'ÀÇ' in Latin-1: 'iPhoneÀÇ' keeps no Latin case, so the page's stretch decides."""
    stretch = f" 새 {latin}{particle} 판매량이 늘었다{FOOTER}"
    text, ((_, reason),) = decode_noted(page.encode() + stretch.encode("cp949"), "tromso.txt", SHARE)
    assert text == page + stretch and "Windows-1252" not in reason


@pytest.mark.parametrize("word, fits", [("AÇÃO", True), ("süß", True), ("Ålesund", True), ("iPhoneÀÇ", False),
                                        ("eÉ", False)])
def test_latin_case(word, fits):
    assert latin_case(word) is fits


@pytest.mark.parametrize("name", ["AÇÃO", "Señora", "müßig"])
def test_latin1_letters_in_a_word_beside_a_cp949_stretch_stay_latin1(name):
    data = KO.encode() + b" " + name.encode("latin-1") + b"." + FOOTER.encode("cp949")
    text, ((_, reason),) = decode_noted(data, "tromso.txt", SHARE)
    assert text == f"{KO} {name}.{FOOTER}" and "Windows-1252" in reason


# --- 2. the JSONL count streams records ended by CR alone --------------------------------------------------------
def record(n: int) -> bytes:
    return b'{"id": "cr-%d", "text": "%s"}' % (n, EN.encode())


@pytest.mark.parametrize("data", [
    b"\r".join(record(n) for n in range(5)) + b"\r",  # CR alone
    b"\r".join(record(n) for n in range(3)) + b"\r\r\n" + record(3) + b"\n",  # CR and LF mixed, a blank line
    record(0) + b"\n\xef\xbb\xbf\n" + record(1) + b"\n",  # a line of a byte-order mark only: blank
    record(0) + b"\n\x00\x00\n\x00\n" + record(1) + b"\n",  # a run of NUL lines: one reject
    b"",  # empty: one reject
    "\n".join(["{}"] * 2).encode("utf-16"),  # UTF-16: one reject
])
@pytest.mark.parametrize("zipped", [False, True])
def test_the_jsonl_count_is_the_readers_inputs(tmp_path, data, zipped):
    items = read(tmp_path, "wire.jsonl", gzip.compress(data) if zipped else data)
    assert count_documents([str(tmp_path / "wire.jsonl")]) == len([i for i in items if not isinstance(i, Skipped)
                                                                  and type(i).__name__ != "Warned"])


def test_a_large_cr_only_file_is_counted_in_memory_bounded_by_the_line_limit(tmp_path):
    """Before harden59 the count kept everything after the last LF: a CR-only file was held whole (here 8 MB)."""
    path = tmp_path / "big.jsonl"
    records = 40_000
    with open(path, "wb") as f:
        for n in range(0, records, 1000):
            f.write(b"".join(record(i) + b"\r" for i in range(n, n + 1000)))
    settings = SETTINGS.replace(max_jsonl_line_bytes=200_000)
    tracemalloc.start()
    try:
        count = jsonl_lines(path, settings)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == records
    assert peak < 8 * settings.max_jsonl_line_bytes < path.stat().st_size


# --- 3. a web archive compressed whole (fuzz) --------------------------------------------------------------------
WHOLE_PAGES = [("https://tide.example/en/cod", f"<html><body><article><p>{EN}</p></article></body></html>"),
               ("https://tide.example/ko/cod", f"<html><body><article><p>{KO}</p></article></body></html>"),
               ("https://tide.example/en/quota", f"<html><body><article><p>{EN} {EN}</p></article></body></html>")]


def whole_archive(damage: str) -> bytes:
    """The three pages as one archive compressed whole (`gzip crawl.warc`), damaged as `damage` says."""
    from tests.ingest.test_warc_lengths import record as warc_record

    parts = [warc_record(uri, body.encode()) for uri, body in WHOLE_PAGES]
    if damage == "bad_length":  # the middle record's Content-Length lies
        parts[1] = warc_record(WHOLE_PAGES[1][0], WHOLE_PAGES[1][1].encode(), b"40")
    data = gzip.compress(b"".join(parts))
    return {"whole": data, "bad_length": data, "no_trailer": data[:-6], "garbage_after": data + b"not gzip",
            "two_whole": data + gzip.compress(b"".join(parts[:1]))}[damage]


@pytest.mark.parametrize("damage, pages, rejects, warned", [
    ("whole", 3, 0, False),
    ("bad_length", 2, 1, False),  # the lying record one reject; the others read
    ("no_trailer", 3, 0, True),  # every record whole: read, with one warning
    ("garbage_after", 3, 0, True),
    ("two_whole", 3, 0, False),  # a second member repeating a page: a duplicate address, skipped
])
def test_an_archive_compressed_whole_is_read_record_by_record_and_ends(tmp_path, damage, pages, rejects, warned):
    """Before harden59 warcio failed after the first record ('non-chunked gzip') at an offset before the file's start,
    and the search for the next member found the first one again: the run never ended."""
    (tmp_path / "crawl.warc.gz").write_bytes(whole_archive(damage))
    items = list(islice(read_documents([str(tmp_path / "crawl.warc.gz")]), 20))  # bounded: it looped before
    kinds = [type(i).__name__ for i in items]
    assert kinds.count("RawDocument") == pages and kinds.count("Reject") == rejects
    assert kinds.count("Warned") == warned and len(items) < 8
    assert all(i.doc.startswith(("https://tide.example/", str(tmp_path))) for i in items if hasattr(i, "code"))


PIECES = [b" ", b"A", b"x", b"3", b".", "±½".encode("cp1252"), "및".encode("cp949"), "굵".encode("cp949"),
          b"\x81\x81", b"\xc8", "Señor".encode("latin-1"), "한국 정부".encode("cp949"), "회담".encode(), "iPhone".encode()]


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_a_mix_of_encodings_decodes_or_is_one_named_reject(pieces):
    """Whatever the mix of ASCII, CP949, Latin-1 and UTF-8 pieces (a UHC lead byte before an ASCII letter included),
    decoding gives text or an UnsupportedInput naming the document: never another error."""
    try:
        text, notes = decode_noted(b"".join(pieces), "mix.txt", SHARE)
    except UnsupportedInput as exc:
        assert exc.doc == "mix.txt"
        return
    assert isinstance(text, str) and all(code and reason for code, reason in notes)
