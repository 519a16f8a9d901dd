"""A JSONL field of the wrong JSON type, or holding lone UTF-16 surrogates, is named per document (harden54).

The document is kept when its text is fine: the field is dropped (wrong type) or repaired (surrogates) and a
warning names the document, the field and what was expected, in the run's report and the rejects file. The texts
are ours.
"""
from __future__ import annotations

import json
import random
import sqlite3

import pytest

from readout.api import run
from readout.ingest.records import SURROGATES, WRONG_TYPE, record_to_document
from readout.ingest.sources import RawDocument
from readout.settings import SETTINGS

EN = "Chile's foreign minister met the Portuguese foreign minister in Valparaiso on Tuesday to discuss fisheries."
KO = "칠레 외교장관은 화요일 발파라이소에서 포르투갈 외교장관과 만나 어업 협력을 논의했다."


def document(**fields) -> RawDocument:
    raw = json.dumps(fields, ensure_ascii=True).encode()
    return record_to_document(raw, "wire.jsonl", "wire.jsonl:1", 1, RawDocument, SETTINGS)


@pytest.mark.parametrize("text", [EN, KO])
@pytest.mark.parametrize("name,value,kind", [
    ("published", 20261207, "a number"),
    ("published", {"y": 2026}, "an object"),
    ("published", ["2026-12-07"], "an array"),
    ("title", ["a"], "an array"),
    ("title", 7.5, "a number"),
    ("url", {}, "an object"),
    ("source", True, "true or false"),
    ("html", 3, "a number"),
])
def test_a_wrong_typed_field_is_named_and_the_document_kept(text, name, value, kind):
    doc = document(id="w1", text=text, **{name: value})
    assert doc.text == text and getattr(doc, name) is None
    ((code, reason),) = doc.notes
    assert code == WRONG_TYPE and f"field {name!r} is {kind}" in reason and "expected a string" in reason


def test_a_text_of_the_wrong_type_beside_a_good_page_is_named():
    doc = document(id="w2", text=12, html=f"<html><body><p>{EN}</p></body></html>")
    assert doc.text is None and doc.html and doc.notes == ((WRONG_TYPE, "field 'text' is a number (12), expected a "
                                                                        "string: not read"),)


@pytest.mark.parametrize("text", [[EN], {"body": KO}, 42])
def test_no_text_of_any_string_type_is_a_reject_naming_the_type(text):
    from readout.errors import BadRecord

    with pytest.raises(BadRecord, match="'text' is (an array|an object|a number)"):
        document(id="w3", text=text)


@pytest.mark.parametrize("text,count,first", [(EN + " \ud800", 1, len(EN) + 1), ("\udc00" + KO + "\udfff", 2, 0)])
def test_lone_surrogates_are_replaced_and_counted(text, count, first):
    doc = document(id="s1", text=text, title="Port \udbff talks")
    assert "\ufffd" in doc.text and not any("\ud800" <= c <= "\udfff" for c in doc.text + doc.title)
    assert [code for code, _ in doc.notes] == [SURROGATES, SURROGATES]
    assert f"field 'text' held {count} lone UTF-16 surrogate(s) (first at character {first}," in doc.notes[0][1]


def test_a_good_document_has_no_notes():
    assert document(id="g", text=EN, title="Fisheries talks", published="2026-12-01").notes == ()


def surrogate_batch(path, seed: int = 54) -> dict[str, str]:
    """A generated JSONL file of long texts: some with lone surrogates escaped (as `\\ud800` in JSON), some with a
    field of the wrong type, one that is no document; the code expected of each line that is named."""
    rng = random.Random(seed)
    lines, expected = [], {}
    for n in range(40):
        words = [rng.choice([EN, KO]) for _ in range(30)]  # about 3,000 characters
        record = {"id": f"long-{n:02d}", "text": " ".join(words)}
        if n % 5 == 1:
            at = rng.randrange(len(words))
            words[at] = words[at] + " " + chr(rng.randrange(0xD800, 0xE000))
            record["text"] = " ".join(words)
            expected[record["id"]] = SURROGATES
        elif n % 5 == 3:
            record["published"] = rng.choice([20261207, [2026], {"d": 7}])
            expected[record["id"]] = WRONG_TYPE
        lines.append(json.dumps(record, ensure_ascii=True))
    lines.insert(20, json.dumps({"id": "no-text", "text": ["x"]}))
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return expected


def test_a_long_batch_with_surrogates_and_wrong_types_goes_on(tmp_path):
    expected = surrogate_batch(tmp_path / "wire.jsonl")
    db, out = tmp_path / "r.db", tmp_path / "events.jsonl"
    report = run([str(tmp_path / "wire.jsonl")], db=str(db), out=str(out), progress=False)
    assert [(r.doc, r.code) for r in report.rejected] == [("no-text", "bad_record")]
    assert {w.doc: w.code for w in report.warnings} == expected
    assert report.read == 40 and report.new == 40
    stored = sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0]
    assert stored == report.new
    records = [json.loads(x) for x in (tmp_path / "events.rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    warned = {r["doc"]: r["code"] for r in records if r.get("warning")}
    assert warned == expected and all(r["line"] and r["path"] and r["reason"] for r in records)
    again = run([str(tmp_path / "wire.jsonl")], db=str(db), progress=False)
    assert again.new == 0 and again.unchanged == report.new
    assert sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0] == stored


@pytest.mark.parametrize("fields,reason", [
    ({"id": ["a"], "text": EN}, "'id' is an array, expected a string or an integer"),
    ({"id": True, "text": KO}, "'id' is true or false, expected a string or an integer"),
    ({"url": {"href": "x"}, "text": EN}, "'url' is an object, expected a string or an integer"),
    ({"id": None, "text": KO}, "missing 'id'"),
])
def test_an_id_of_the_wrong_type_is_named(fields, reason):
    from readout.errors import BadRecord

    with pytest.raises(BadRecord, match=reason.replace("(", r"\(")):
        document(**fields)


def test_the_command_line_summary_names_the_warnings_and_exits_0(tmp_path, capsys):
    """A kept document with a field not read is no reject: exit 0, and the summary says which field of which one."""
    from readout.cli import main

    wire = tmp_path / "wire.jsonl"
    wire.write_text(json.dumps({"id": "k1", "text": KO, "title": ["x"]}) + "\n"
                    + json.dumps({"id": "e1", "text": EN + " \ud800"}, ensure_ascii=True) + "\n", encoding="utf-8")
    assert main(["run", str(wire), "--db", str(tmp_path / "r.db"), "--out", str(tmp_path / "e.jsonl"), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "kept 2 documents with a field not read or repaired" in out
    assert "k1: field 'title' is an array" in out and "e1: field 'text' held 1 lone UTF-16 surrogate" in out


def test_ids_that_differ_only_in_lone_surrogates_stay_two_documents():
    first, second = document(id="wire-\ud800", text=EN), document(id="wire-\udc00", text=KO)
    assert first.id != second.id and first.id.startswith("wire-\ufffd~") and second.id.startswith("wire-\ufffd~")
    assert first.id == document(id="wire-\ud800", text=KO).id  # the same id each time it is read
    assert [code for code, _ in first.notes] == [SURROGATES] and "'id'" in first.notes[0][1]
    assert document(id="wire-plain", text=EN).id == "wire-plain"
