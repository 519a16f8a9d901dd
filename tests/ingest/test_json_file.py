"""A `.json` file is read as what its writer meant (harden57): an array of records as a list of documents, one
record as one, JSON lines under a .json name as JSON lines; faults name the record and line, the records before a
fault are kept, and nothing is stored twice. The texts are ours."""
from __future__ import annotations

import dataclasses
import json
import sqlite3

import pytest

from readout.errors import BadRecord, DuplicateId, TooLarge
from readout.ingest.sources import EMPTY_FILE, RawDocument, Reject, Warned
from readout.settings import SETTINGS
from tests.ingest.files import read

KO = "대전시장은 월요일 벳푸에서 오이타현 지사와 만나 두 도시를 잇는 여객선 항로 개설을 논의했다."
EN = "The mayor of Daejeon met the governor of Oita in Beppu on Monday to discuss a ferry route between them."



def docs(items) -> list[tuple[str, str]]:
    return [(i.id, i.location.rsplit("/", 1)[-1]) for i in items if isinstance(i, RawDocument)]


def rejects(items) -> list[tuple[str, str]]:
    return [(i.doc, i.code) for i in items if isinstance(i, Reject)]


@pytest.mark.parametrize("indent", [None, 2])
def test_an_array_of_records_is_a_list_of_documents(tmp_path, indent):
    records = [{"id": "dj-ko", "text": KO, "title": "여객선 항로"}, {"id": "dj-en", "text": EN}]
    items = read(tmp_path, "ferry.json", json.dumps(records, ensure_ascii=False, indent=indent))
    assert docs(items) == [("dj-ko", "ferry.json:1"), ("dj-en", "ferry.json:2")] and not rejects(items)
    assert items[0].text == KO and items[0].title == "여객선 항로" and items[1].text == EN


def test_one_record_is_one_document(tmp_path):
    items = read(tmp_path, "one.json", json.dumps({"id": "dj-1", "text": KO}, ensure_ascii=False, indent=2))
    assert docs(items) == [("dj-1", "one.json:1")] and not rejects(items)


def test_json_lines_named_json_are_read_as_json_lines(tmp_path):
    lines = "\n".join(json.dumps({"id": f"dj-{n}", "text": t}, ensure_ascii=False) for n, t in enumerate([KO, EN]))
    assert docs(read(tmp_path, "lines.json", lines)) == [("dj-0", "lines.json:1"), ("dj-1", "lines.json:2")]


def test_a_duplicate_id_in_an_array_on_one_line_is_a_reject_naming_both(tmp_path):
    """Each record's place is its number in the array, not its line: one line holds them all here."""
    items = read(tmp_path, "dup.json", json.dumps([{"id": "dj", "text": KO}, {"id": "dj", "text": EN}]))
    assert docs(items) == [("dj", "dup.json:1")]
    (reject,) = [i for i in items if isinstance(i, Reject)]
    assert reject.code == DuplicateId.code and "dup.json:1" in reject.reason and "dup.json:2" in reject.reason


def test_items_that_are_no_records_are_rejects_and_the_rest_is_read(tmp_path):
    records = [{"id": "dj-ko", "text": KO}, 7, "text", None, {"id": "dj-en"}, {"id": "dj-en2", "text": EN}]
    items = read(tmp_path, "odd.json", json.dumps(records, ensure_ascii=False))
    assert docs(items) == [("dj-ko", "odd.json:1"), ("dj-en2", "odd.json:6")]
    assert rejects(items) == [("odd.json:2", BadRecord.code), ("odd.json:3", BadRecord.code),
                              ("odd.json:4", BadRecord.code), ("dj-en", BadRecord.code)]
    assert "record 2 is a number, expected an object" in items[1].reason


@pytest.mark.parametrize("cut, says", [(-40, "is no JSON value"), (-1, "the array is not closed")])
def test_a_cut_array_keeps_the_records_before_the_cut(tmp_path, cut, says):
    whole = json.dumps([{"id": "dj-ko", "text": KO}, {"id": "dj-en", "text": EN}], ensure_ascii=False, indent=1)
    items = read(tmp_path, "cut.json", whole[:cut])
    assert [d for d, _ in docs(items)][:1] == ["dj-ko"]
    (reject,) = [i for i in items if isinstance(i, Reject)]
    assert reject.code == BadRecord.code and says in reject.reason and "cut (truncated)" in reject.reason


@pytest.mark.parametrize("content, code, says", [
    ("", EMPTY_FILE, "the file is empty"),
    ("  \n ", EMPTY_FILE, "the file is empty"),
    ("42", BadRecord.code, "opens with '4'"),
    ('"대전"', BadRecord.code, "holds an array of records or one record"),
    ('{"id": "a", "text": "x"\n}\n{"id": "b"}', BadRecord.code, "for many, write one record a line"),
    ('{"id": "a", ', BadRecord.code, "not JSON"),
    (b"[\xff\xfe]", "unsupported_input", "JSON must be UTF-8"),
])
def test_a_file_that_is_no_array_or_record_is_one_reject_naming_why(tmp_path, content, code, says):
    (reject,) = read(tmp_path, "bad.json", content)
    assert isinstance(reject, Reject) and (reject.doc, reject.code) == ("bad.json", code) and says in reject.reason


def test_over_the_file_bound_the_reject_says_to_write_json_lines(tmp_path):
    settings = dataclasses.replace(SETTINGS, max_json_file_bytes=100)
    (reject,) = read(tmp_path, "big.json", json.dumps([{"id": "dj", "text": EN}] * 3), settings)
    assert reject.code == TooLarge.code and "jq -c '.[]'" in reject.reason


def test_unknown_fields_are_one_warning_for_the_file(tmp_path):
    records = [{"id": "a", "text": KO, "titel": "x"}, {"id": "b", "text": EN, "titel": "y"}]
    items = read(tmp_path, "t.json", json.dumps(records, ensure_ascii=False))
    (warned,) = [i for i in items if isinstance(i, Warned)]
    assert "2 records" in warned.reason and "'titel'" in warned.reason


def test_a_run_stores_an_array_once_over_two_runs(tmp_path):
    from readout.cli import main

    (tmp_path / "in").mkdir()
    records = [{"id": "dj-ko", "text": KO}, {"id": "dj-en", "text": EN}]
    (tmp_path / "in" / "ferry.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "r.db"
    for _ in range(2):
        assert main(["run", str(tmp_path / "in"), "--db", str(db), "--quiet"]) == 0
    with sqlite3.connect(db) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT id FROM documents")) == ["dj-en", "dj-ko"]
