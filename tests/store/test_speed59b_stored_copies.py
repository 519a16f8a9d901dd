"""A copy of a wire story whose first copy an earlier run stored takes that copy's verdicts from its stored rows
(store/copies.py `reused_stored`, speed59b): two runs leave the database one run leaves, merge reasons included.

Our own invented stories (tests/store/test_speed59_copies.py's), in English and in Korean."""
from __future__ import annotations

import json
import sqlite3

import pytest

from readout.api import extract_text
from readout.parallel import for_store
from readout.settings import Settings
from readout.store.copies import Copies, anchor_of, story_of
from readout.store.lean import Entities
from tests.store.test_speed59_copies import PUBLISHED, story, stored


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("form", ["local", "sent"])
def test_a_copy_in_a_later_run_gives_what_one_run_gives(tmp_path, lang, form):
    docs = [story(lang, site) for site in range(3)]
    if form == "sent":
        docs = [for_store(d, Settings()) for d in docs]
    _r, one = stored(str(tmp_path / "one.db"), docs)
    path = str(tmp_path / "two.db")
    stored(path, docs[:1])  # run 1: the original
    results, two = stored(path, docs[1:])  # run 2: its copies, by a writer that never saw it
    assert [r.near_duplicate_of for r in results] == [docs[0].id, docs[0].id]
    assert two == one
    assert all(r["rule"].startswith(f"copy of {docs[0].id}") for (doc, _k), r in two["reasons"].items()
               if doc != docs[0].id)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_without_the_stored_original_a_later_copy_is_weighed(tmp_path, monkeypatch, lang):
    docs = [story(lang, site) for site in range(2)]
    path = str(tmp_path / "w.db")
    stored(path, docs[:1])
    monkeypatch.setattr(Copies, "reused_stored", lambda self, *args: None)
    _r, got = stored(path, docs[1:])
    mine = [r for (doc, _k), r in got["reasons"].items() if doc == docs[1].id]
    assert mine and not any(r["rule"].startswith("copy of") for r in mine)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_later_copy_that_differs_in_a_fact_is_weighed(tmp_path, lang):
    first, changed = story(lang, 0), story(lang, 1, day=1)  # the meeting a day later
    path = str(tmp_path / "d.db")
    stored(path, [first])
    results, got = stored(path, [changed])
    assert results[0].near_duplicate_of == first.id
    mine = [r for (doc, _k), r in got["reasons"].items() if doc == changed.id]
    assert mine and not any(r["rule"].startswith("copy of") for r in mine)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_original_with_more_reports_than_the_copy_is_not_reused(tmp_path, lang):
    doc = story(lang, 0)
    path = str(tmp_path / "b.db")
    stored(path, [doc])
    conn = sqlite3.connect(path)
    n = conn.execute("SELECT count(*) FROM doc_events WHERE doc_id = ?", (doc.id,)).fetchone()[0]
    assert n >= 1
    copies = Copies(10)
    entities = Entities(conn, 10)
    assert copies.reused_stored(conn, entities, doc.id, [("x",)] * (n - 1)) is None  # fewer reports
    assert copies.reused_stored(conn, entities, doc.id, [("x",)] * n) is None  # a report that differs
    conn.close()


HEADERS = {"en": "Morning edition, page four\n\n", "ko": "[오전판 4면]\n\n"}  # another site's header before the story


def headed(lang: str, site: int):
    """One site's copy with a header before the story: every evidence offset shifted by the header's length."""
    doc = story(lang, site)
    doc.text = HEADERS[lang] + doc.text
    return extract_text(doc.text, doc_id=doc.id + "-headed", published=PUBLISHED)


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("runs", [1, 2])
def test_a_copy_with_another_header_takes_the_verdicts_and_keeps_its_offsets(tmp_path, monkeypatch, lang, runs):
    docs = [story(lang, 0), headed(lang, 1)]
    path = str(tmp_path / "h.db")
    results = [r for i in range(0, 2, 2 // runs) for r in stored(path, docs[i:i + 2 // runs])[0]]
    _r, got = stored(path, [])
    _w, weighed = stored(str(tmp_path / "w.db"), docs, weigh_all=True, monkeypatch=monkeypatch)
    assert results[1].near_duplicate_of == docs[0].id
    assert got["rows"] == weighed["rows"]
    mine = [r for (doc, _k), r in got["reasons"].items() if doc == docs[1].id]
    assert mine and all(r["rule"].startswith(f"copy of {docs[0].id}") for r in mine)
    conn = sqlite3.connect(path)
    for record, text in conn.execute("SELECT de.record, d.text FROM doc_events de JOIN documents d ON d.id = de.doc_id"
                                     " WHERE de.doc_id = ?", (docs[1].id,)):
        source = json.loads(record)["sources"][0]
        assert source["start"] >= len(HEADERS[lang])  # its own offsets, past its header
        sentence = text[source["start"]:source["end"]]
        assert sentence and sentence in story(lang, 0).text
    conn.close()


SHIFTS = [  # (why, a source entry, the anchor, what the story keeps of it)
    ("counted from the anchor", {"doc": "a", "start": 30, "end": 40, "evidence": [{"start": 30, "end": 40}]}, 28,
     {"start": 2, "end": 12, "evidence": [{"start": 2, "end": 12}]}),
    ("no offsets", {"doc": "a", "text": "x"}, 5, {"text": "x"}),
    ("an offset that is no number", {"start": None, "end": 3}, 1, {"start": None, "end": 2}),
]


@pytest.mark.parametrize("why, source, anchor, want", SHIFTS, ids=[row[0] for row in SHIFTS])
def test_a_story_counts_offsets_from_its_anchor(why, source, anchor, want):
    assert story_of({"id": "ev_1", "sources": [source]}, anchor)["sources"] == [want]
    assert anchor_of([{"sources": [source]}]) == (source["start"] if isinstance(source.get("start"), int) else 0)
