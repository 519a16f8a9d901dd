"""Two decoding classes of harden57, texts ours: UTF-16 Korean without a byte-order mark (a syllable's low byte can be
00, so NUL bytes fall on both sides of the pairs), and a Latin-1 stretch in a UTF-8 (or wholly Latin-1) page, which
CP949 read whole ('Å' and an ASCII letter make a CP949 extension syllable) or which failed every encoding."""
from __future__ import annotations

import dataclasses
import random

import pytest

from readout.errors import UnsupportedInput
from readout.ingest.decode import decode_noted, plain_share, utf16_without_bom
from readout.ingest.decode_mixed import MIXED
from readout.ingest.sources import RawDocument, read_documents
from readout.settings import SETTINGS

# '가' U+AC00, '관' U+AD00, '글' U+AE00: a 00 byte in either order
KO = "가평군 관광과장은 목요일 글래스고를 찾아 관광객 교류와 가을 축제 협력을 논의했다고 밝혔다."
EN = "The tourism chief of Gapyeong visited Glasgow on Thursday to discuss visitor exchanges and an autumn festival."
SHARE = SETTINGS.mixed_encoding_max_share


@pytest.mark.parametrize("text", [KO, EN, KO + " (Gapyeong) " + EN])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_read_in_its_byte_order(text, codec):
    data = text.encode(codec)
    if text is KO:
        assert data[0::2].count(0) and data[1::2].count(0)  # the case: NUL bytes on both sides
    assert decode_noted(data, "gapyeong.txt", SHARE) == (text, ())


@pytest.mark.parametrize("codec, right", [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")])
def test_the_right_byte_order_scores_higher(codec, right):
    data = KO.encode(codec)
    wrong = "utf-16-be" if right == "utf-16-le" else "utf-16-le"
    assert plain_share(data.decode(right)) == 1.0 > 0.5 > plain_share(data.decode(wrong, errors="replace"))


@pytest.mark.parametrize("seed", range(5))
def test_binary_data_with_nul_bytes_is_still_rejected(seed):
    data = random.Random(seed).randbytes(600) + b"\x00\x00"
    with pytest.raises(UnsupportedInput, match=r"blob.bin: contains \d+ NUL bytes"):
        utf16_without_bom(data, "blob.bin", SETTINGS.utf16_min_share)


def test_a_korean_text_with_nul_bytes_is_no_utf16():
    """NUL bytes in UTF-8 Korean text: odd bytes in both orders are no Korean; binary data or damage, as before
    (a zero-filled block: a stray NUL or two is dropped with a warning, harden58)."""
    with pytest.raises(UnsupportedInput, match="NUL bytes"):
        decode_noted(KO.encode("utf-8") + b"\x00" * 64 + KO.encode("utf-8"), "damaged.txt", SHARE)


def test_a_utf16_korean_file_is_a_document(tmp_path):
    (tmp_path / "gapyeong.txt").write_bytes(KO.encode("utf-16-le"))
    (doc,) = read_documents([str(tmp_path)], dataclasses.replace(SETTINGS))
    assert isinstance(doc, RawDocument) and doc.text == KO


# --- Latin-1 stretches ------------------------------------------------------------------------------------------------
KO_NAME = "강릉시장은 화요일 {} 시장과 만나 어업 협력과 항만 교류를 논의했다."
EN_NAME = "The mayor of Gangneung met the mayor of {} on Tuesday to talk about fisheries and port exchanges."


def latin_in_utf8(template: str, name: str) -> bytes:
    """`template` in UTF-8 with `name` in Latin-1 bytes."""
    before, after = template.split("{}")
    return before.encode("utf-8") + name.encode("latin-1") + after.encode("utf-8")


@pytest.mark.parametrize("template", [KO_NAME, EN_NAME])
@pytest.mark.parametrize("name, byte", [("Ålesund", "C5"), ("Señora Ruiz", "F1"), ("Ávila", "C1"),
                                        ("Zürich", "FC")])
def test_a_latin1_name_in_a_utf8_page_is_read_and_named(template, name, byte):
    data = latin_in_utf8(template, name)
    text, ((code, reason),) = decode_noted(data, "gangneung.html", SHARE)
    assert text == template.format(name) and code == MIXED
    start = template.encode("utf-8").index(b"{}") + name.encode("latin-1").index(bytes.fromhex(byte))
    assert f"read as Windows-1252 (Latin-1) (first at byte {start}: {byte})" in reason


@pytest.mark.parametrize("name", ["Ålesund", "Ávila"])
def test_a_latin1_page_is_not_read_whole_as_cp949(name):
    """'Å' before an ASCII letter is a CP949 extension syllable: the page was '흈esund', no error."""
    data = EN_NAME.format(name).encode("latin-1")
    assert decode_noted(data, "gangneung.html", SHARE)[0] == EN_NAME.format(name)


def test_a_cp949_page_with_a_rare_syllable_is_still_cp949():
    """Korean text uses UHC extension syllables (똠, 햏) in a word or two: the page stays CP949, read whole."""
    text = "강릉 시의회는 똠방각하 논란을 두고 화요일 회의를 열어 시장과 만났다."
    assert decode_noted(text.encode("cp949"), "gangneung.html", SHARE) == (text, ())


def test_a_cp949_byline_and_a_latin1_name_are_named_both():
    byline = " 강릉=홍길동 기자"
    data = latin_in_utf8(KO_NAME, "Ålesund") + byline.encode("cp949")
    text, ((_, reason),) = decode_noted(data, "gangneung.html", SHARE)
    assert text == KO_NAME.format("Ålesund") + byline
    assert "read as CP949" in reason and "read as Windows-1252 (Latin-1)" in reason


def test_a_page_mostly_in_latin1_is_left_to_the_guess():
    """Over `mixed_encoding_max_share` of the bytes foreign: no repair note (another encoding's page)."""
    data = ("àéîõü çñ " * 30).encode("latin-1")
    try:
        notes = decode_noted(data, "other.html", SHARE)[1]
    except UnsupportedInput:
        notes = ()
    assert not any(code == MIXED for code, _ in notes)


def test_a_run_keeps_the_latin1_warning_on_the_document(tmp_path):
    (tmp_path / "gangneung.txt").write_bytes(latin_in_utf8(KO_NAME, "Señora Ruiz"))
    (doc,) = read_documents([str(tmp_path)], dataclasses.replace(SETTINGS))
    assert isinstance(doc, RawDocument) and "Señora" in doc.text
    assert [w.code for w in doc.warnings()] == [MIXED]


def test_a_declared_cp949_charset_is_believed():
    """The check of extension pairs is for undeclared bytes: a page that names its charset is read in it."""
    page = '<html><head><meta charset="cp949"></head><body>' + EN_NAME.format("Ålesund") + "</body></html>"
    data = page.encode("latin-1")
    assert decode_noted(data, "p.html", SHARE)[0] == data.decode("cp949")
