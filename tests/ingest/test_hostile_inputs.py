"""(budget53) Bad input of many kinds: each one is rejected alone with a reason that names the document and the real
problem, the good documents are read, and a rerun stores the same (nothing lost or doubled)."""
from __future__ import annotations

import json
import sqlite3

import pytest

from readout.api import run
from readout.errors import BadRecord, TooLarge
from readout.ingest.article import to_article
from readout.ingest.decode import cut_in_a_character, decode
from readout.ingest.html import PARSER_DEPTH, main_text, nesting_depth
from readout.ingest.sources import RawDocument, Reject, read_documents
from readout.settings import SETTINGS

EN = "Ghana's president met the Togolese foreign minister in Kumasi on Wednesday, the presidency said."
KO = "가나 대통령은 수요일 쿠마시에서 토고 외교장관과 만났다고 대통령실이 밝혔다."
EN_ACCENTED = "Senegal's premier met the Malian envoy in Thiès on Monday — aides said, “briefly”"


@pytest.mark.parametrize("text, cut", [(KO.rstrip(".") * 3, 1), (KO.rstrip(".") * 3, 2), (EN_ACCENTED, 1), (EN_ACCENTED, 2)])
def test_a_text_cut_inside_a_character_is_read_to_the_cut(text, cut):
    data = text.encode("utf-8")
    last = len(text[-1].encode("utf-8"))  # the last character's bytes: cut `cut` of them off (it is multi-byte)
    assert last > cut
    assert decode(data[:-cut], "cut.txt") == text[:-1]


@pytest.mark.parametrize("data, cut", [
    (KO.encode()[:5] + b"\xff" + KO.encode()[5:], False),        # a bad byte inside the text: no cut
    (b"Lome \xc3\x28 and Accra", False),                          # a broken character inside the text
    (KO.encode()[:-1][:-1], True),                                 # the text ends inside its last character
    (b"Lome and Accra \xe2\x80", True),
])
def test_only_a_text_ending_inside_a_character_is_a_cut(data, cut):
    with pytest.raises(UnicodeDecodeError) as caught:
        data.decode("utf-8")
    assert cut_in_a_character(data, caught.value) is cut


@pytest.mark.parametrize("title, rejected", [("x" * SETTINGS.max_title_chars, False),
                                             ("x" * (SETTINGS.max_title_chars + 1), True),
                                             ("가" * 1_000_000, True), (None, False)])
def test_a_title_over_the_limit_rejects_its_document(title, rejected):
    doc = RawDocument("wire-9", text=EN, title=title)
    if not rejected:
        assert to_article(doc).title == title
        return
    with pytest.raises(TooLarge, match="max_title_chars") as caught:
        to_article(doc)
    assert caught.value.doc == "wire-9" and f"title of {len(title)} characters" in caught.value.message


@pytest.mark.parametrize("html, depth", [
    ("<div><p>a<p>b<br><img src=x></div>", 1),
    ("<div><section><span>a</span></section></div><div/>", 3),
    ("<div>" * 1000 + "</div>" * 1000, 1000),
    ("</div></div><div>", 1),                                   # stray closing tags do not go below nothing
])
def test_nesting_depth_counts_elements_that_nest(html, depth):
    assert nesting_depth(html) == depth


@pytest.mark.parametrize("text", [EN, KO])
def test_a_page_nested_past_the_parser_names_the_cause(text):
    deep = "<html><body>" + "<div>" * 100_000 + f"<p>{text}</p>" + "</div>" * 100_000 + "</body></html>"
    with pytest.raises(BadRecord, match=f"nested 100002 deep, past the HTML parser's limit of {PARSER_DEPTH}"):
        main_text(deep, "deep.html", 30)


@pytest.mark.parametrize("line, kind", [("[1, 2]", "an array"), ("7", "a number"), ("null", "null"),
                                        ('"news"', "a string"), ("true", "true or false")])
def test_a_line_that_is_no_object_says_what_it_is(tmp_path, line, kind):
    path = tmp_path / "wire.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    (reject,) = list(read_documents([str(path)]))
    assert isinstance(reject, Reject) and reject.reason == f"a line must be a JSON object, not {kind}"


def hostile_batch(folder):
    folder.mkdir()
    (folder / "a-cut.txt").write_bytes((KO + " " + KO).encode()[:-1])
    (folder / "b-deep.html").write_text("<html><body>" + "<div>" * 50_000 + EN + "</div>" * 50_000)
    lines = [json.dumps(["an", "array"]), json.dumps({"id": "num-date", "text": EN, "published": 20260101}),
             json.dumps({"id": "twice", "text": EN}), json.dumps({"id": "twice", "text": KO}),
             json.dumps({"id": "long-title", "text": KO, "title": "T" * 1_000_000}),
             json.dumps({"id": "fine", "text": KO.replace("수요일", "목요일")})]
    (folder / "c-wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"c-wire.jsonl:1": "bad_record", "twice": "duplicate_id",  # num-date: kept, a warning (harden54)
            "long-title": "too_large", "b-deep.html": "bad_record"}


def test_a_hostile_batch_stores_the_good_documents_once(tmp_path):
    expected = hostile_batch(tmp_path / "in")
    db = tmp_path / "r.db"
    first = run([str(tmp_path / "in")], db=str(db), out=str(tmp_path / "first.jsonl"), progress=False)
    assert {r.doc: r.code for r in first.rejected} == expected
    stored = sqlite3.connect(db).execute("SELECT id FROM documents ORDER BY id").fetchall()
    assert stored == [("a-cut.txt",), ("fine",), ("num-date",), ("twice",)]
    assert [(w.doc, w.code) for w in first.warnings] == [("num-date", "wrong_type")]
    again = run([str(tmp_path / "in")], db=str(db), out=str(tmp_path / "again.jsonl"), progress=False)
    assert (again.new, again.replaced, again.unchanged) == (0, 0, 4)
    assert sqlite3.connect(db).execute("SELECT id FROM documents ORDER BY id").fetchall() == stored
    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "first.jsonl").read_bytes()
