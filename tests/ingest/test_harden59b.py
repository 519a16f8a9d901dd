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


# --- a rare lone syllable whose Latin-1 reading holds a letter (harden59's open row) --------------------------------
EN = "The ferry board of Harwick met the net makers on Friday to settle the winter mooring fees."
KO = "하윅 여객선 운영위원회는 금요일 그물 제조업자들과 만나 겨울 계류비를 정했다."
FOOTER = " 하윅=이서준 기자 무단 전재 금지"
# CP949 rare syllables (not in data/common_syllables_ko.yaml) whose Latin-1 reading is a sign and a letter, a letter
# and a sign, two letters: 걱 (B0 C6), 덫 (B5 A3), 돛 (B5 C0), 쳇 (C3 C2)
LETTER_PAIRS = ["°Æ", "µ£", "µÀ", "ÃÂ"]


@pytest.mark.parametrize("pair", LETTER_PAIRS)
@pytest.mark.parametrize("page, footer", [(EN + " The fee rose by {} per berth.", ""),
                                          (KO + " 요금은 {} 정도 올랐다.", ""),
                                          (EN + " The fee rose by {} per berth.", FOOTER)])
def test_a_rare_lone_syllable_read_as_latin1_letters_stays_latin1(page, footer, pair):
    """Before harden59b such a run followed the page: beside a CP949 footer (a run of two syllables, 'sure') ' µÀ '
    became ' 돛 '; rarity is the evidence, as for two signs, and a letter in the reading does not make it Korean."""
    from readout.ingest.decode import decode_noted
    from readout.ingest.decode_mixed import MIXED
    from readout.settings import SETTINGS

    before, after = page.split("{}")
    data = before.encode() + pair.encode("cp1252") + after.encode() + footer.encode("cp949")
    text, ((code, reason),) = decode_noted(data, "harwick.txt", SETTINGS.mixed_encoding_max_share)
    assert text == page.format(pair) + footer and code == MIXED and "Windows-1252" in reason


@pytest.mark.parametrize("word", ["및", "또", "더", "좀"])  # common one-syllable words, every reading class
def test_a_common_lone_syllable_beside_a_cp949_footer_is_still_korean(word):
    from readout.ingest.decode import decode_noted
    from readout.settings import SETTINGS

    data = EN.encode() + b" " + word.encode("cp949") + b" " + EN.encode() + FOOTER.encode("cp949")
    text, notes = decode_noted(data, "harwick.txt", SETTINGS.mixed_encoding_max_share)
    assert text == f"{EN} {word} {EN}{FOOTER}" and not any("Windows-1252" in reason for _, reason in notes)
