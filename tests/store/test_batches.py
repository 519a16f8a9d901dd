"""Batched saving: one transaction per batch, a savepoint per document; merged records composed once
per dirty event; near-duplicates kept out of the band index."""
from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from readout.api import extract_text
from readout.errors import StorageError
from readout.store.db import SaveResult, Store
from tests.store.test_store import MEETING_EN, MEETING_KO

DAY = date(2022, 6, 14)


def articles(*pairs):
    return [extract_text(text, doc, DAY) for doc, text in pairs]


def refuse_mentions(store: Store, monkeypatch, refused) -> None:
    """The database refuses the mentions of the documents `refused` picks (after writing them): the
    document's savepoint must undo all it wrote."""
    real = store.insert_mentions

    def refuse(article, number):
        real(article, number)
        if refused(article):
            raise sqlite3.IntegrityError("simulated constraint failure")

    monkeypatch.setattr(store, "insert_mentions", refuse)


def test_a_refused_document_is_rolled_back_alone(tmp_path, monkeypatch):
    batch = articles(("ko.txt", MEETING_KO), ("bad.txt", MEETING_EN), ("en.txt", MEETING_EN))
    store = Store(str(tmp_path / "r.db"))
    refuse_mentions(store, monkeypatch, lambda article: article.id == "bad.txt")
    results = store.save_batch(batch)
    assert isinstance(results[1], StorageError) and results[1].doc == "bad.txt"
    assert [r.status for r in (results[0], results[2])] == ["new", "new"]
    store.compose_dirty()
    docs = [r[0] for r in store.conn.execute("SELECT id FROM documents ORDER BY id")]
    mentions = {r[0] for r in store.conn.execute("SELECT DISTINCT d.id FROM mentions m JOIN documents d"
                                                 " ON d.terms_rowid = m.doc")}
    (meeting,) = [e for e in store.events() if e["type"] == "CONSULT"]
    assert docs == ["en.txt", "ko.txt"] and mentions == {"en.txt", "ko.txt"}
    assert {s["doc"] for s in meeting["sources"]} == {"ko.txt", "en.txt"}
    monkeypatch.undo()  # the same document stored later joins the same event: no stale cache
    (again,) = store.save_batch(articles(("bad.txt", MEETING_EN)))
    store.compose_dirty()
    (meeting,) = [e for e in store.events() if e["type"] == "CONSULT"]
    assert isinstance(again, SaveResult) and again.merged >= 1 and len(meeting["sources"]) == 3
    store.close()


def test_a_merged_record_is_composed_when_asked(tmp_path):
    with Store(str(tmp_path / "r.db")) as store:
        store.save_batch(articles(("ko.txt", MEETING_KO), ("en.txt", MEETING_EN)))
        dirty = store.conn.execute("SELECT count(*) FROM events WHERE dirty = 1").fetchone()[0]
        (stale,) = [e for e in store.events() if e["type"] == "CONSULT"]
        assert dirty >= 1 and len(stale["sources"]) == 1  # founded, composed from its first report
        assert store.compose_dirty() == dirty
        (meeting,) = [e for e in store.events() if e["type"] == "CONSULT"]
        assert len(meeting["sources"]) == 2
        assert store.conn.execute("SELECT count(*) FROM events WHERE dirty = 1").fetchone()[0] == 0


def test_export_composes_what_a_killed_run_left(tmp_path):
    from readout.cli import main

    db = str(tmp_path / "r.db")
    with Store(db) as store:
        store.save_batch(articles(("ko.txt", MEETING_KO), ("en.txt", MEETING_EN)))  # no compose: as if killed
    out = tmp_path / "events.jsonl"
    assert main(["export", "--db", db, "--out", str(out)]) == 0
    (meeting,) = [json.loads(line) for line in out.read_text().splitlines() if '"CONSULT"' in line]
    assert len(meeting["sources"]) == 2


@pytest.mark.parametrize("copies", [2, 4])
def test_copies_of_a_story_link_to_the_first_and_stay_out_of_the_index(tmp_path, copies):
    texts = [("wire.txt", MEETING_EN)] + [(f"copy{i}.txt", MEETING_EN + f" (Reposted {i})") for i in range(copies)]
    with Store(str(tmp_path / "r.db")) as store:
        results = store.save_batch(articles(*texts))
        banded = {r[0] for r in store.conn.execute("SELECT DISTINCT d.id FROM doc_bands b JOIN documents d"
                                                     " ON d.terms_rowid = b.doc")}
    assert [r.near_duplicate_of for r in results] == [None] + ["wire.txt"] * copies
    assert banded == {"wire.txt"}


def test_a_replaced_story_is_no_candidate_for_a_later_copy_in_the_same_batch(tmp_path):
    """The batch searches the band index once: a document it replaces must not keep its old bands."""
    with Store(str(tmp_path / "r.db")) as store:
        (first,) = store.save_batch(articles(("wire.txt", MEETING_EN)))
        changed, copy = store.save_batch(articles(("wire.txt", MEETING_KO), ("copy.txt", MEETING_EN + " (Reposted)")))
        banded = {r[0] for r in store.conn.execute("SELECT DISTINCT d.id FROM doc_bands b JOIN documents d"
                                                     " ON d.terms_rowid = b.doc")}
    assert (first.status, changed.status) == ("new", "replaced")
    assert copy.near_duplicate_of is None and banded == {"wire.txt", "copy.txt"}


def terms_of(store: Store, word: str) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT d.id FROM document_terms JOIN documents d ON d.terms_rowid ="
                                             " document_terms.rowid WHERE document_terms MATCH ?", (word,))]


@pytest.mark.parametrize("same_batch", [True, False])
def test_full_text_rows_follow_the_stored_version(tmp_path, same_batch):
    """The batch's full-text rows are written at its end: a document replaced within the batch, or a
    refused one, leaves no terms behind, and a later batch numbers its documents after them."""
    first, second = ("a.txt", MEETING_EN), ("a.txt", MEETING_KO)
    with Store(str(tmp_path / "r.db")) as store:
        if same_batch:
            store.save_batch(articles(first, second))
        else:
            store.save_batch(articles(first))
            store.save_batch(articles(second))
        store.save_batch(articles(("b.txt", MEETING_EN + " (Reposted)")))
        assert terms_of(store, "Blinken") == ["b.txt"] and terms_of(store, "블링컨") == ["a.txt"]
        numbers = [r[0] for r in store.conn.execute("SELECT terms_rowid FROM documents ORDER BY id")]
        sizes = [r[0] for r in store.conn.execute("SELECT id FROM document_terms_docsize ORDER BY id")]
    assert sizes == numbers and numbers[0] < numbers[1]


def test_a_refused_document_leaves_no_terms(tmp_path, monkeypatch):
    store = Store(str(tmp_path / "r.db"))
    refuse_mentions(store, monkeypatch, lambda article: article.id == "bad.txt")
    store.save_batch(articles(("bad.txt", MEETING_EN), ("ko.txt", MEETING_KO)))
    assert terms_of(store, "Blinken") == [] and terms_of(store, "블링컨") == ["ko.txt"]
    assert store.conn.execute("SELECT count(*) FROM document_terms_docsize").fetchone()[0] == 1
    store.close()


def test_a_refused_replacement_leaves_the_version_it_would_replace(tmp_path, monkeypatch):
    """A document that replaces one stored earlier in its batch, then is refused: the earlier version
    keeps its full-text row and stays a near-duplicate candidate for the batch's later documents."""
    store = Store(str(tmp_path / "r.db"))
    refuse_mentions(store, monkeypatch, lambda article: article.text == MEETING_KO)
    first, refused, copy = store.save_batch(articles(("a.txt", MEETING_EN), ("a.txt", MEETING_KO),
                                                     ("copy.txt", MEETING_EN + " (Reposted)")))
    assert first.status == "new" and isinstance(refused, StorageError)
    assert copy.near_duplicate_of == "a.txt"
    assert terms_of(store, "Blinken") == ["a.txt", "copy.txt"] and terms_of(store, "블링컨") == []
    store.close()


def test_store_caches_stay_bounded():
    from readout.store.bounded import BoundedCache

    cache = BoundedCache(2)
    cache["a"], cache["b"] = 1, 2
    assert cache.get("a") == 1  # a is now the most recently used
    cache["c"] = 3
    assert list(cache) == ["a", "c"] and cache.get("b") is None
