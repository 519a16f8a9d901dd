"""The document-only parts of a document's rows a worker computes (`store.prepared`): the store writes
the same rows with them as without them, and uses the report records once (merging changes them)."""
from __future__ import annotations

import copy
import sqlite3
from datetime import date

from readout.api import extract_text
from readout.parallel import for_store
from readout.settings import Settings
from readout.store.db import Store
from readout.store.lean import reason_text
from readout.store.prepared import Prepared, event_count, prepared_of
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


LINKED = [  # an outsider the knowledge base does not know, named by surname alone in Korean: merging links him
    ("South Korean Foreign Minister Cho Hyun met Russian Deputy Foreign Minister Boris Vetrenko in Seoul on March 3.",
     "link-en.txt", date(2025, 3, 4)),
    ("조현 외교부 장관은 3일 서울에서 베트렌코 러시아 외무차관과 회담했다.", "link-ko.txt", date(2025, 3, 4)),
]


def articles() -> list:
    """A Korean and an English report of one meeting, a changed copy of the English one (it merges),
    and two reports of another meeting whose second merges by linking a person."""
    return [extract_text(MEETING_KO, "ko.txt", DAY), extract_text(MEETING_EN, "en.txt", DAY),
            extract_text(MEETING_EN + "\n\nOne more line.", "en2.txt", DAY),
            *(extract_text(text, name, day) for text, name, day in LINKED)]


def test_prepared_rows_equal_the_rows_the_store_builds(tmp_path):
    full = articles()
    sent = [for_store(a, Settings()) for a in articles()]
    assert all(isinstance(a.prepared, Prepared) and a.prepared.records for a in sent)
    assert all(not a.events and not a.mentions for a in sent)  # sent as rows, not as objects
    assert store(str(tmp_path / "sent.db"), sent) == store(str(tmp_path / "full.db"), full)


def test_sent_records_stay_as_sent(tmp_path):
    """Merging changes a report's record (linked persons): the store changes a copy, so a second save
    of the same sent articles stores the same rows."""
    sent = [for_store(a, Settings()) for a in articles()]
    before = copy.deepcopy([a.prepared.records for a in sent])
    first = store(str(tmp_path / "one.db"), sent)
    reasons = [reason_text(r[12]) for r in first["doc_events"]]  # merge_reason, the 13th column (voice is after it)
    assert "same person by phonetic key" in str(reasons)  # a record was linked
    assert [a.prepared.records for a in sent] == before
    assert store(str(tmp_path / "two.db"), sent) == first


def test_an_article_with_its_events_again_is_read_from_them():
    """`prepared_of` trusts a worker's rows only while the article's own events and mentions are empty."""
    article = extract_text(MEETING_EN, "en.txt", DAY)
    sent = for_store(article, Settings())
    assert prepared_of(sent) is sent.prepared and event_count(sent) == len(article.events)
    article.prepared = sent.prepared
    assert prepared_of(article) is None and event_count(article) == len(article.events)
