"""Bad input never stops a batch: every bad input is named with its reason; the good ones go on."""
from __future__ import annotations

import json

import pytest

from readout.api import run
from readout.ingest.decode import decode
from readout.ingest.sources import RawDocument, Reject, read_documents
from readout.settings import SETTINGS

GOOD_KO = "박진 외교부 장관은 13일 워싱턴에서 토니 블링컨 미국 국무장관과 회담했다."
GOOD_EN = "U.S. Secretary of State Antony Blinken met South Korean Foreign Minister Park Jin on Monday in Seoul."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp949", "euc-kr"])
def test_encodings_are_detected(encoding):
    assert decode(GOOD_KO.encode(encoding), "x.txt") == GOOD_KO


def test_html_meta_charset_is_respected():
    html = f'<html><head><meta charset="euc-kr"></head><body><p>{GOOD_KO}</p></body></html>'
    assert GOOD_KO in decode(html.encode("euc-kr"), "x.html")


def bad_inputs(folder):
    """At least 30 bad or odd inputs, several of each kind, with the reason each must be rejected for."""
    expected = {}

    def put(name, data: bytes, code):
        (folder / name).write_bytes(data)
        expected[name] = code

    for i in range(4):
        put(f"empty{i}.txt", b"", "bad_record")
        put(f"short{i}.txt", "짧은 글".encode(), "bad_record")
        put(f"fake{i}.html", b"%PDF-1.4 binary junk \x00\x01", "unsupported_input")
        put(f"image{i}.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "unsupported_input")
        put(f"notes{i}.docx", b"PK\x03\x04 zipped", "unsupported_input")
        put(f"big{i}.txt", b"a" * (SETTINGS.max_document_bytes + 1), "too_large")
        put(f"script{i}.html", b"<html><script>var a = 1;</script><div></div></html>", "bad_record")
        put(f"japanese{i}.txt", "東京で日本と韓国の外相が会談した。両国は協力を確認した。".encode() * 3, "unsupported_input")
    lines = [json.dumps({"id": "ok-1", "text": GOOD_EN}), "{not json", json.dumps({"text": "no id"}),
             json.dumps({"id": "no-text"}), json.dumps(["a", "list"]), json.dumps({"id": "bad-date", "text": GOOD_EN,
                                                                                   "published": "yesterday"})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for line, name in ((2, "feed.jsonl:2"), (3, "feed.jsonl:3"), (5, "feed.jsonl:5")):
        expected[name] = "bad_record"
    expected["no-text"] = "bad_record"
    expected["bad-date"] = "bad_record"
    return expected


def test_a_batch_with_bad_inputs(tmp_path):
    good, mixed = tmp_path / "good", tmp_path / "mixed"
    good.mkdir()
    mixed.mkdir()
    for folder in (good, mixed):
        (folder / "ko.txt").write_text(GOOD_KO, encoding="utf-8")
        (folder / "en.txt").write_text(GOOD_EN, encoding="utf-8")
    (good / "feed.jsonl").write_text(json.dumps({"id": "ok-1", "text": GOOD_EN}) + "\n", encoding="utf-8")
    expected = bad_inputs(mixed)
    assert len(expected) >= 30
    clean = run([str(good)], db=str(tmp_path / "a.db"), out=str(tmp_path / "a.jsonl"), progress=False)
    report = run([str(mixed)], db=str(tmp_path / "b.db"), out=str(tmp_path / "b.jsonl"), progress=False)
    got = {r.doc: r.code for r in report.rejected + report.skipped}
    assert {k: got.get(k) for k in expected} == expected
    strip = lambda path: sorted(json.dumps({k: v for k, v in json.loads(l).items() if k != "id"}, sort_keys=True)
                                for l in path.read_text().splitlines())  # noqa: E731
    assert strip(tmp_path / "a.jsonl") == strip(tmp_path / "b.jsonl")  # good articles: same events
    rejects = [json.loads(line) for line in (tmp_path / "b.rejects.jsonl").read_text().splitlines()]
    assert {r["doc"] for r in rejects} >= set(expected)
    assert all(r["reason"] for r in rejects)
    assert clean.rejected == []


def test_jsonl_line_numbers_are_reported(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": GOOD_EN}) + "\n{broken\n", encoding="utf-8")
    items = list(read_documents([str(feed)]))
    assert isinstance(items[0], RawDocument) and isinstance(items[1], Reject) and items[1].line == 2


def test_an_overlong_jsonl_line_is_skipped_without_reading_it_whole(tmp_path):
    small = SETTINGS.replace(max_jsonl_line_bytes=300)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "long", "text": "x" * 500}) + "\n" + json.dumps({"id": "b", "text": GOOD_EN}) + "\n")
    items = list(read_documents([str(feed)], small))
    assert [type(i).__name__ for i in items] == ["Reject", "RawDocument"] and items[0].code == "too_large"


def test_html_parsing_is_time_bounded(monkeypatch):
    import time

    from readout.errors import TooLarge
    from readout.ingest import html

    def slow(*_a, **_k):
        time.sleep(5)

    monkeypatch.setattr("trafilatura.bare_extraction", slow)
    with pytest.raises(TooLarge, match="longer than 1 s"):
        html.main_text("<html><body><p>x</p></body></html>", "slow.html", 1)
