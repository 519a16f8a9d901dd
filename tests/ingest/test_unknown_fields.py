"""A JSONL field readout does not read is counted over its file and named in one warning a file (harden56; once a
batch, first record only, in harden55); a url standing for the id is named too (harden55).

The texts are ours.
"""
from __future__ import annotations

import json

import pytest

from readout.api import run
from readout.errors import BadRecord
from readout.ingest.records import SURROGATES, UNKNOWN_FIELD, UnknownTally, record_to_document
from readout.ingest.sources import RawDocument, Warned, read_documents
from readout.settings import SETTINGS

EN = "Uruguay's trade minister met the Estonian trade minister in Salto on Monday to discuss wool exports."
KO = "우루과이 통상장관은 월요일 살토에서 에스토니아 통상장관과 만나 양모 수출을 논의했다."


def document(tally: UnknownTally | None = None, where: str = "feed.jsonl:3", **fields) -> RawDocument:
    raw = json.dumps(fields, ensure_ascii=True).encode()
    return record_to_document(raw, "feed.jsonl", where, 3, RawDocument, SETTINGS, tally)


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


def test_every_record_with_an_unknown_field_is_counted_for_its_file():
    tally = UnknownTally()
    first = document(tally, "feed.jsonl:1", id="a", text=EN, titel="t", bodyy="b")
    second = document(tally, "feed.jsonl:2", id="b", text=KO, titel="t", sourse="s")
    third = document(tally, "feed.jsonl:3", id="c", text=EN, titel="t")
    document(tally, "feed.jsonl:4", id="d", text=KO)  # all known: not counted
    assert first.notes == second.notes == third.notes == ()  # the file's warning says it, not each document
    warning = tally.warning()
    assert warning.startswith("3 records of this file hold fields readout does not read")
    assert "'titel' (3 records, first at feed.jsonl:1)" in warning and "'bodyy' (1 record, first at feed.jsonl:1)" \
        in warning and "'sourse' (1 record, first at feed.jsonl:2)" in warning


def test_a_file_of_known_fields_has_no_warning():
    tally = UnknownTally()
    document(tally, id="k", text=EN, lang="en")
    assert tally.warning() is None


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


def test_a_run_warns_once_per_file_with_counts_and_reads_every_record(tmp_path):
    items = list(read_documents([batch(tmp_path)]))
    documents = [i for i in items if isinstance(i, RawDocument)]
    warned = [i for i in items if isinstance(i, Warned)]
    assert len(documents) == 6 and [w.doc for w in warned] == ["one.jsonl", "two.jsonl"]
    assert warned[0].reason.startswith("3 records of this file") and "'titel' (3 records, first at one.jsonl:1)" \
        in warned[0].reason and "bodyy" not in warned[0].reason
    assert "'bodyy' (1 record, first at two.jsonl:1)" in warned[1].reason
    report = run([str(tmp_path / "in")], db=str(tmp_path / "r.db"), out=str(tmp_path / "e.jsonl"), progress=False)
    assert report.read == 6 and not report.rejected and len(report.warnings) == 2
    rows = [json.loads(x) for x in (tmp_path / "e.rejects.jsonl").read_text().splitlines()]
    assert sum(r["code"] == UNKNOWN_FIELD and r["warning"] for r in rows) == 2
