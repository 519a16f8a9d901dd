"""A JSONL field readout does not read is named once a batch; a url standing for the id is named too (harden55).

The texts are ours.
"""
from __future__ import annotations

import json

import pytest

from readout.api import run
from readout.errors import BadRecord
from readout.ingest.records import SURROGATES, UNKNOWN_FIELD, record_to_document
from readout.ingest.sources import RawDocument, read_documents
from readout.settings import SETTINGS

EN = "Uruguay's trade minister met the Estonian trade minister in Salto on Monday to discuss wool exports."
KO = "우루과이 통상장관은 월요일 살토에서 에스토니아 통상장관과 만나 양모 수출을 논의했다."


def document(named: set[str] | None = None, **fields) -> RawDocument:
    raw = json.dumps(fields, ensure_ascii=True).encode()
    return record_to_document(raw, "feed.jsonl", "feed.jsonl:3", 3, RawDocument, SETTINGS, named)


@pytest.mark.parametrize("text", [EN, KO])
@pytest.mark.parametrize("field", ["titel", "bodyy", "Title", "publised", "제목"])
def test_an_unknown_field_is_named_and_the_document_kept(text, field):
    doc = document(id="u1", text=text, **{field: "x"})
    assert doc.text == text
    ((code, reason),) = doc.notes
    assert code == UNKNOWN_FIELD and f"field {field!r}" in reason and "feed.jsonl:3" in reason


@pytest.mark.parametrize("field", ["lang", "author", "crawled_at", "tags"])
def test_crawler_metadata_stays_quiet(field):
    assert document(id="q1", text=EN, **{field: ["a"]}).notes == ()


def test_a_field_is_named_once_a_batch():
    named: set[str] = set()
    first = document(named, id="a", text=EN, titel="t", bodyy="b")
    second = document(named, id="b", text=KO, titel="t", sourse="s")
    assert [r.split("'")[1] for _, r in first.notes] == ["bodyy", "titel"]
    assert [r.split("'")[1] for _, r in second.notes] == ["sourse"]


def test_a_text_only_under_an_unknown_name_is_still_a_reject():
    with pytest.raises(BadRecord, match="needs 'text' or 'html'"):
        document(id="r", bodyy=EN)


@pytest.mark.parametrize("text", [EN, KO])
def test_a_url_standing_for_the_id_with_surrogates_is_named(text):
    doc = document(url="https://news.example/salto-\ud800", text=text)
    assert doc.id.startswith("https://news.example/salto-\ufffd~")
    (for_id, for_url) = [reason for code, reason in doc.notes if code == SURROGATES]
    assert for_id.startswith("field 'url' (standing for the missing id) held lone UTF-16 surrogates")
    assert doc.id in for_id and for_url.startswith("field 'url' held 1 lone UTF-16 surrogate(s)")


@pytest.mark.parametrize("name", ["url", "id"])
def test_control_characters_name_the_field_the_id_came_from(name):
    with pytest.raises(BadRecord, match=f"'{name}' contains control characters \\(U\\+0007 at character 4\\)"):
        document(text=EN, **{name: "news\x07salto"})


def batch(tmp_path):
    lines = [{"id": f"w{n}", "text": (EN if n % 2 else KO) + f" Item {n}.", "titel": "wool", "lang": "en"}
             for n in range(6)]
    lines[3]["bodyy"] = "more"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.jsonl").write_text("\n".join(json.dumps(x) for x in lines[:3]) + "\n")
    (tmp_path / "in" / "two.jsonl").write_text("\n".join(json.dumps(x) for x in lines[3:]) + "\n")
    return str(tmp_path / "in")


def test_a_run_warns_once_per_field_and_reads_every_record(tmp_path):
    items = list(read_documents([batch(tmp_path)]))
    assert len(items) == 6 and all(isinstance(i, RawDocument) for i in items)
    report = run([str(tmp_path / "in")], db=str(tmp_path / "r.db"), out=str(tmp_path / "e.jsonl"), progress=False)
    unknown = sorted(w.reason.split("'")[1] for w in report.warnings if w.code == UNKNOWN_FIELD)
    assert unknown == ["bodyy", "titel"] and report.read == 6 and not report.rejected
    rows = [json.loads(x) for x in (tmp_path / "e.rejects.jsonl").read_text().splitlines()]
    assert sum(r["code"] == UNKNOWN_FIELD and r["warning"] for r in rows) == 2
