"""A copy of a wire story whose first copy an earlier run stored takes that copy's verdicts from its stored rows
(store/copies.py `reused_stored`, speed59b): two runs leave the database one run leaves, merge reasons included.

Our own invented stories (tests/store/test_speed59_copies.py's), in English and in Korean."""
from __future__ import annotations

import pytest

from readout.parallel import for_store
from readout.settings import Settings
from readout.store.copies import Copies
from tests.store.test_speed59_copies import story, stored


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
    monkeypatch.setattr(Copies, "reused_stored", lambda self, conn, entities, original, facts: None)
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
    import sqlite3

    from readout.store.lean import Entities
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
