"""The lean row a worker makes with holes for entity ids (`lean.LeanTemplate`) is the row the store would make, and
block rows written once per transaction (`blocks.BlockMemo.unwritten`) leave the same table; a document refused in
the middle of a batch leaves the others stored once, named by its id.

Our own stories (people, places and days outside every tuned set): two meetings and a condemnation,
each told by several outlets in both languages.

Formerly tests/store/test_store11_rows.py; classes first read as "store11's cheaper report rows" (docs/history.md)."""
from __future__ import annotations

import sqlite3

import pytest

from readout.api import extract_text
from readout.errors import StorageError
from readout.parallel import for_store
from readout.settings import Settings
from readout.store.db import Store
from readout.store.events import EventWriter
from readout.store.lean import HOLE, Entities, compact, dumps, lean_template
from readout.store.migrations import migrate

STORIES = [
    ("2024-02-20", "Ghanaian Foreign Minister Shirley Ayorkor Botchwey met Uruguayan Foreign Minister Omar Paganini "
                   "in Accra on Tuesday. The two ministers discussed cocoa exports."),
    ("2024-02-20", "Uruguayan Foreign Minister Omar Paganini held talks with Ghanaian Foreign Minister Shirley "
                   "Ayorkor Botchwey in Accra on Tuesday, the ministry said."),
    ("2024-02-21", "오마르 파가니니 우루과이 외무장관은 20일 아크라에서 가나 외무장관과 회담했다."),
    ("2024-02-22", "Mongolia condemned Belarus's arrest of journalists on Wednesday."),
    ("2024-02-22", "Portuguese Prime Minister Luis Montenegro met Mongolian President Ukhnaagiin Khurelsukh in "
                   "Lisbon on Thursday."),
]


def articles(copies: int = 2) -> list:
    """Each story `copies` times under its own id, extracted (a wire story on several sites)."""
    return [extract_text(text + f"\n\n(site {n})", doc_id=f"s{i}-site{n}", published=day)
            for n in range(copies) for i, (day, text) in enumerate(STORIES)]


PARTY_KO = {"kind": "person", "id": "P1", "name": "오마르 파가니니", "names": ["Omar Paganini"], "country": "URY"}
PARTY_EN = {"kind": "country", "id": "GHA", "name": "Ghana", "names": [], "country": "GHA"}
PLACE = {"name": "Accra", "country": "GHA", "precision": "city"}
TEXT = "Uruguay's minister met Ghana's in Accra. 우루과이 장관은 가나 장관과 만났다."
SOURCE = {"doc": "d.txt", "lang": "en", "published": "2024-02-20", "url": "https://example.org/a", "text": TEXT[:40],
          "start": 0, "end": 40, "evidence": [{"start": 0, "end": 40}], "actors": ["P1", "GHA"]}


def record(**changes) -> dict:
    base = {"id": "ev_1", "type": "CONSULT", "mode": None, "date": "2024-02-20", "location": PLACE,
            "actors": [PARTY_KO], "recipients": [PARTY_EN], "contexts": [], "sources": [SOURCE]}
    return {**base, **changes}


RECORDS = [  # (why, record, the document's url and text); "no template" when the store must make the row
    ("parties, a place, the evidence and url the document gives back", record(), "https://example.org/a", TEXT),
    ("the place before the parties in the record's key order", {"location": PLACE, **record()},
     "https://example.org/a", TEXT),
    ("an evidence sentence the document does not hold: kept", record(sources=[{**SOURCE, "text": "other"}]),
     "https://example.org/a", TEXT),
    ("no document url", record(), None, TEXT),
    ("no parties and no place", record(actors=[], recipients=[], location=None), None, TEXT),
    ("one party on both sides, twice", record(recipients=[PARTY_KO, PARTY_KO]), None, TEXT),
    ("a number like a hole in a party's name (bodies are apart from the holes)",
     record(actors=[{**PARTY_KO, "name": str(HOLE + 1)}]), None, TEXT),
    ("no template: a number like a hole in the contexts", record(contexts=[str(HOLE)]), None, TEXT),
    ("no template: a hole's number as a source offset", record(sources=[{**SOURCE, "start": HOLE}]), None, TEXT),
]


@pytest.mark.parametrize("why, rec, url, text", RECORDS, ids=[r[0] for r in RECORDS])
def test_a_template_fills_to_the_row_the_store_makes(why, rec, url, text):
    made = sqlite3.connect(":memory:")
    filled = sqlite3.connect(":memory:")
    for conn in (made, filled):
        migrate(conn)
    expected = dumps(compact(rec, Entities(made, 100), url, text))
    template = lean_template(rec, url, text)
    if why.startswith("no template"):  # a record whose JSON holds a hole's number: the store makes its row
        assert template is None
        return
    entities = Entities(filled, 100)
    assert template.fill(entities.ref_known) == expected
    # the same ids, given in the same order: the bodies' rows are the same too
    assert made.execute("SELECT id, body FROM entity_bodies").fetchall() == \
        filled.execute("SELECT id, body FROM entity_bodies").fetchall()


def dump(db: str) -> list:
    """The database's rows without clocks, and without document numbers (a refused document's number is
    never given again: the numbers after it differ, not what they number)."""
    conn = sqlite3.connect(db)
    out = [("mentions", sorted(conn.execute("SELECT d.id, m.start, m.end, m.label, m.surface, m.entity_id, m.role,"
                                            " m.reason FROM mentions m JOIN documents d ON d.terms_rowid = m.doc")))]
    for table in ("documents", "doc_events", "events", "event_blocks", "event_parties", "entity_bodies",
                  "near_duplicates", "doc_bands"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                if r[1] not in ("ingested_at", "updated_at", "terms_rowid")]
        out.append((table, sorted(map(tuple, conn.execute(f"SELECT {', '.join(cols)} FROM {table}")))))
    conn.close()
    return out


def stored(path: str, docs: list, batch: int) -> tuple[list, list]:
    with Store(path, settings=Settings()) as store:
        results = []
        for start in range(0, len(docs), batch):
            results += store.save_batch(docs[start:start + batch])
        store.compose_dirty()
        events = list(store.events())
    return results, [dump(path), events]


def test_sent_documents_in_one_batch_store_what_local_ones_do_one_by_one(tmp_path):
    """Templates and block rows written once (a sent batch) against rows made by the store with a
    fresh memo per document (a local article per batch): the same database and export."""
    local = stored(str(tmp_path / "local.db"), articles(), 1)[1]
    sent = stored(str(tmp_path / "sent.db"), [for_store(a, Settings()) for a in articles()], 100)[1]
    assert sent == local
    assert any(len(e["sources"]) >= 4 for e in sent[1])  # the copies merged


def test_a_document_refused_mid_batch_leaves_the_rest_stored_once(tmp_path, monkeypatch):
    docs = [for_store(a, Settings()) for a in articles()]
    bad = docs[len(docs) // 2].id
    real = EventWriter.write_members

    def refuse(writer, rows, blocks):  # the database refuses the document after its rows and blocks are written
        real(writer, rows, blocks)
        if rows and rows[0][1] == bad:
            raise sqlite3.IntegrityError("simulated constraint failure")

    monkeypatch.setattr(EventWriter, "write_members", refuse)
    results, got = stored(str(tmp_path / "mid.db"), docs, 100)
    monkeypatch.undo()
    (refused,) = [r for r in results if isinstance(r, StorageError)]
    assert refused.doc == bad and refused.to_json()["error"]["detail"]["doc"] == bad and str(refused).startswith(bad)
    others = [for_store(a, Settings()) for a in articles() if a.id != bad]
    expected = stored(str(tmp_path / "without.db"), others, 1)[1]
    for (table, rows), (_t, want) in zip(got[0], expected[0]):
        assert rows == want, table
    assert got[1] == expected[1]  # nothing of the refused document, nothing of the others twice
    assert bad not in {s["doc"] for e in got[1] for s in e["sources"]}


def test_bodies_known_by_text_stay_bounded_and_give_the_same_ids():
    conn = sqlite3.connect(":memory:")
    migrate(conn)
    entities = Entities(conn, 3)
    bodies = [dumps({**PARTY_EN, "id": f"C{i}", "name": f"State {i}"}) for i in range(7)]
    first = [entities.ref_known(b) for b in bodies]
    assert len(entities.texts) <= 3  # emptied when full: memory stays flat
    assert [entities.ref_known(b) for b in bodies] == first == [entities.ref_text(b) for b in bodies]
    assert conn.execute("SELECT count(*) FROM entity_bodies").fetchone()[0] == 7  # each body stored once
