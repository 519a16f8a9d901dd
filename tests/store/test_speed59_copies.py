"""A later copy of a wire story takes its first copy's verdicts (store/copies.py, speed59): the database it leaves is
the one weighing every copy leaves, but for the copies' stored merge reasons; a copy that differs in one fact is
weighed; a rerun stores nothing twice.

Our own stories (invented people, places and days), each long enough for the near-duplicate index to link its
copies, in English and in Korean."""
from __future__ import annotations

import sqlite3

import pytest

from readout.api import extract_text
from readout.parallel import for_store
from readout.settings import Settings
from readout.store.copies import Copies, copy_lean, report_facts
from readout.store.db import Store
from readout.store.lean import reason_of

EN = ("Estonian Foreign Minister Margus Tsahkna met Chilean Foreign Minister Alberto van Klaveren in Tallinn on "
      "{day}. The two ministers discussed copper exports, port cooperation and a new consular agreement. "
      "Tsahkna said the talks were warm and that Estonia would send a trade mission to Santiago next spring. "
      "Van Klaveren thanked his host and invited him to visit Chile. The ministry said both sides would meet "
      "again at the end of the year to review the plan.")
KO = ("마르구스 차크나 에스토니아 외무장관은 {day} 탈린에서 알베르토 판클라베런 칠레 외무장관과 회담했다. 두 장관은 "
      "구리 수출과 항만 협력, 새 영사 협정을 논의했다. 차크나 장관은 회담이 우호적이었다며 내년 봄 산티아고에 무역 "
      "사절단을 보내겠다고 말했다. 판클라베런 장관은 칠레 방문을 요청했다. 외무부는 양측이 연말에 다시 만나 계획을 "
      "점검할 것이라고 밝혔다.")
DAYS = {"en": ("Tuesday", "Wednesday"), "ko": ("14일", "15일")}
STORIES = {"en": EN, "ko": KO}
PUBLISHED = "2025-10-14"


def story(lang: str, site: int, day: int = 0):
    """One site's copy of the story (its own id and closing line); `day` 1: a copy whose meeting day differs."""
    text = STORIES[lang].format(day=DAYS[lang][day]) + f"\n\n(site {site})"
    return extract_text(text, doc_id=f"{lang}-site{site}-d{day}", published=PUBLISHED)


def stored(path: str, docs: list, weigh_all: bool = False, monkeypatch=None) -> tuple[list, dict]:
    """Store `docs` one batch each; the rows of every table but the clocks, and each report's merge reason;
    `weigh_all`: with no copy reused (every report weighed, as before speed59)."""
    if weigh_all:
        monkeypatch.setattr(Copies, "reused", lambda self, *args: None)
        monkeypatch.setattr(Copies, "reused_stored", lambda self, *args: None)
    with Store(path, settings=Settings()) as store:
        results = [r for doc in docs for r in store.save_batch([doc])]
        store.compose_dirty()
    if weigh_all:
        monkeypatch.undo()
    conn = sqlite3.connect(path)
    rows = {}
    for table in ("doc_events", "events", "event_blocks", "event_parties", "near_duplicates", "aliases"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                if r[1] not in ("updated_at", "merge_reason")]
        rows[table] = sorted(map(repr, conn.execute(f"SELECT {', '.join(cols)} FROM {table}")))
    reasons = {(doc, key): reason_of(r) for doc, key, r in conn.execute("SELECT doc_id, key, merge_reason FROM doc_events")}
    conn.close()
    return results, {"rows": rows, "reasons": reasons}


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("form", ["local", "sent"])
def test_a_copy_gives_the_records_weighing_it_gives(tmp_path, monkeypatch, lang, form):
    docs = [story(lang, site) for site in range(3)]
    if form == "sent":
        docs = [for_store(d, Settings()) for d in docs]
    results, got = stored(str(tmp_path / "reused.db"), docs)
    _r, weighed = stored(str(tmp_path / "weighed.db"), docs, weigh_all=True, monkeypatch=monkeypatch)
    assert got["rows"] == weighed["rows"]
    assert [r.near_duplicate_of for r in results] == [None, docs[0].id, docs[0].id]
    copies = {k: r for k, r in got["reasons"].items() if k[0] != docs[0].id}
    assert copies and all(r["rule"].startswith(f"copy of {docs[0].id}: verdict of ev_") and r["rule"].endswith(
        " reused") for r in copies.values())
    assert all(r["rule"] != copy["rule"] or k[0] == docs[0].id for k, r in weighed["reasons"].items()
               for copy in copies.values())  # weighing states its own reasons
    assert all(r["rule"] in ("new event", "same event by evidence")
               for k, r in got["reasons"].items() if k[0] == docs[0].id)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_copy_that_differs_in_a_fact_is_weighed(tmp_path, lang):
    first, changed = story(lang, 0), story(lang, 1, day=1)  # the meeting a day later: near-duplicate text
    results, got = stored(str(tmp_path / "d.db"), [first, changed])
    assert results[1].near_duplicate_of == first.id
    mine = [r for (doc, _k), r in got["reasons"].items() if doc == changed.id]
    assert mine and not any(r["rule"].startswith("copy of") for r in mine)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_rerun_stores_nothing_twice(tmp_path, lang):
    docs = [story(lang, site) for site in range(3)]
    path = str(tmp_path / "r.db")
    _results, first = stored(path, docs)
    again, second = stored(path, docs)  # the same documents: unchanged
    assert {r.status for r in again} == {"unchanged"} and second == first
    replaced = story(lang, 1)
    replaced.text += " "  # a copy stored again with a changed text: its rows replaced, not added
    results, third = stored(path, [replaced])
    assert results[0].status == "replaced"
    assert len(third["rows"]["doc_events"]) == len(first["rows"]["doc_events"])
    assert third["rows"]["events"] == first["rows"]["events"]


FACTS = [  # (why, the copy's record, whether it states the original's facts)
    ("its own id, document and url", {"id": "ev_2", "sources": [{"doc": "b", "url": "u2", "start": 0}]}, True),
    ("another evidence offset", {"id": "ev_2", "sources": [{"doc": "b", "url": "u2", "start": 9}]}, False),
    ("another day", {"id": "ev_2", "date": "2025-10-15", "sources": [{"doc": "b", "url": "u2", "start": 0}]},
     False),
]


@pytest.mark.parametrize("why, changes, same", FACTS, ids=[f[0] for f in FACTS])
def test_what_a_copy_must_share_with_its_original(why, changes, same):
    original = {"id": "ev_1", "type": "CONSULT", "date": "2025-10-14", "sources": [{"doc": "a", "url": "u", "start": 0}]}
    event = ("CONSULT", None, "day", "text", None, None, 0, None)
    assert (report_facts(event, original, {}) == report_facts(event, {**original, **changes}, {})) is same


LEANS = [  # (why, the original's document, its lean JSON, the copy's, or None: the row is made afresh)
    ("the id and the document swapped", "a.txt", '{"id":"ev_k1","sources":[{"doc":"a.txt","lang":"en"}]}',
     '{"id":"ev_k2","sources":[{"doc":"b.txt","lang":"en"}]}'),
    ("a document id JSON escapes", 'a"x', '{"id":"ev_k1","sources":[{"doc":"a\\"x","lang":"en"}]}',
     '{"id":"ev_k2","sources":[{"doc":"b.txt","lang":"en"}]}'),
    ("the document named twice", "a.txt", '{"id":"ev_k1","sources":[{"doc":"a.txt"},{"doc":"a.txt"}]}', None),
    ("the id not found", "a.txt", '{"id":"ev_k9","sources":[{"doc":"a.txt"}]}', None),
]


@pytest.mark.parametrize("why, original_id, lean, want", LEANS, ids=[row[0] for row in LEANS])
def test_a_copy_row_is_its_original_row_with_its_own_names(why, original_id, lean, want):
    assert copy_lean(lean, original_id, "k1", "b.txt", "k2") == want
