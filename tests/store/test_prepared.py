"""The document-only parts of a document's rows a worker computes (`store.prepared`): the store writes
the same rows with them as without them, and uses the report records once (merging changes them)."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from readout.api import extract_text
from readout.parallel import for_store
from readout.settings import Settings
from readout.store.db import Store
from readout.store.prepared import Prepared, prepared_of
from tests.store.test_store import MEETING_EN, MEETING_KO

DAY = date(2022, 6, 14)
TABLES = {  # what a run writes, without the clock's columns
    "documents": "id, content_hash, languages, segments, boilerplate, terms_rowid, terms_z",
    "doc_events": "*",
    "events": "id, type, date, record, n_sources, mode, status, place",
    "mentions": "*",
    "persons": "*",
}


def rows(path: str) -> dict:
    conn = sqlite3.connect(path)
    out = {t: sorted(map(tuple, conn.execute(f"SELECT {cols} FROM {t}"))) for t, cols in TABLES.items()}
    out["terms"] = sorted(conn.execute("SELECT rowid FROM document_terms WHERE document_terms MATCH '블링컨 OR Blinken'"))
    conn.close()
    return out


def store(path: str, articles) -> dict:
    with Store(path, settings=Settings()) as st:
        st.save_batch(articles)
        st.compose_dirty()
    return rows(path)


def articles() -> list:
    """A Korean and an English report of one meeting, and a changed copy of the English one (it merges)."""
    return [extract_text(MEETING_KO, "ko.txt", DAY), extract_text(MEETING_EN, "en.txt", DAY),
            extract_text(MEETING_EN + "\n\nOne more line.", "en2.txt", DAY)]


def test_prepared_rows_equal_the_rows_the_store_builds(tmp_path):
    full = articles()
    sent = [for_store(a, Settings()) for a in articles()]
    assert all(isinstance(a.prepared, Prepared) and a.prepared.records for a in sent)
    assert store(str(tmp_path / "sent.db"), sent) == store(str(tmp_path / "full.db"), full)


def test_records_are_taken_once(tmp_path):
    """A second save of one sent article builds its records again: the first merge linked them."""
    sent = [for_store(a, Settings()) for a in articles()]
    first = store(str(tmp_path / "one.db"), sent)
    assert all(a.prepared.records is None for a in sent)
    assert store(str(tmp_path / "two.db"), sent) == first


@pytest.mark.parametrize("events, records, usable", [(2, 2, True), (2, None, True), (2, 1, False)])
def test_prepared_of_refuses_records_of_other_events(events, records, usable):
    article = extract_text(MEETING_EN, "en.txt", DAY)
    article.events = [article.events[0]] * events
    article.prepared = Prepared("", b"", "[]", "[]", "[]", None if records is None else [{}] * records)
    assert (prepared_of(article) is not None) is usable
