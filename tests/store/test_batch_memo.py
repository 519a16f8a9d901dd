"""What a batch keeps between its documents (candidate searches, `blocks.BlockMemo`) never changes what is stored: a
corpus stored in one batch, one document per batch, or run twice gives the same database.

Formerly tests/store/test_store10_batches.py (docs/history.md)."""
from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest

from readout.api import extract_text, run
from readout.settings import SETTINGS
from readout.store import merge
from readout.store.blocks import BlockMemo, candidates_of
from readout.store.db import Store
from readout.store.events import EventWriter
from readout.store.migrations import transaction

# Our own sentences: the same two meetings and one condemnation told by several outlets, on two days,
# in both languages, with people and places outside the tuned sets.
STORIES = [
    ("2023-09-05", "Kenyan Foreign Minister Alfred Mutua met Chilean Foreign Minister Alberto van Klaveren in "
                   "Nairobi on Tuesday. The two ministers discussed trade."),
    ("2023-09-05", "Chilean Foreign Minister Alberto van Klaveren held talks with Kenyan Foreign Minister Alfred "
                   "Mutua in Nairobi on Tuesday."),
    ("2023-09-06", "알프레드 무투아 케냐 외무장관은 5일 나이로비에서 알베르토 반 클라베렌 칠레 외무장관과 회담했다."),
    ("2023-09-06", "Norway condemned Myanmar's air strikes on Tuesday. Oslo also summoned Myanmar's envoy."),
    ("2023-09-07", "Norwegian Foreign Minister Anniken Huitfeldt met Kenyan Foreign Minister Alfred Mutua in "
                   "Oslo on Thursday."),
    ("2023-09-07", "Kenyan Foreign Minister Alfred Mutua met Norwegian Foreign Minister Anniken Huitfeldt in "
                   "Oslo on Thursday, the ministry said."),
]


def articles(copies: int = 3, suffix: str = "") -> list:
    """Each story `copies` times under its own id (a wire story on several sites), extracted."""
    out = []
    for n in range(copies):
        for i, (day, text) in enumerate(STORIES):
            out.append(extract_text(text + suffix + f"\n\n(site {n})", doc_id=f"story{i}-site{n}", published=day))
    return out


def dump(db: str) -> list:
    """The database's content without timestamps (as tests/store/test_store.py compares them)."""
    conn = sqlite3.connect(db)
    out = []
    for table in ("documents", "mentions", "persons", "aliases", "doc_events", "events", "near_duplicates",
                  "event_blocks", "event_parties", "doc_bands", "entity_bodies"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in ("ingested_at", "updated_at")]
        out.append((table, sorted(map(tuple, conn.execute(f"SELECT {', '.join(cols)} FROM {table}")))))
    out.append(("terms", conn.execute("SELECT count(*) FROM document_terms_docsize").fetchone()[0]))
    return out


def stored(tmp_path, name: str, docs: list, batch: int) -> list:
    db = str(tmp_path / name)
    with Store(db) as store:
        for start in range(0, len(docs), batch):
            assert all(not isinstance(r, Exception) for r in store.save_batch(docs[start:start + batch]))
        store.compose_dirty()
        events = list(store.events())
    return [dump(db), events]


def test_one_batch_and_one_document_per_batch_store_the_same(tmp_path):
    docs = articles()
    whole = stored(tmp_path, "whole.db", docs, len(docs))
    single = stored(tmp_path, "single.db", articles(), 1)
    assert whole == single
    events = whole[1]
    assert len(events) < len(docs)  # the copies merged: the memo found the events founded earlier in the batch
    assert any(len(e["sources"]) >= 6 for e in events)


def test_replacing_every_document_stores_each_once(tmp_path):
    """A second run over changed texts: every document is replaced once, nothing of the first version
    stays (report rows, mentions, full-text rows), and the events equal a fresh database's."""
    again = articles(suffix="\nUpdated.")
    db = str(tmp_path / "again.db")
    with Store(db) as store:
        store.save_batch(articles())
        store.compose_dirty()
        results = store.save_batch(again)
        store.compose_dirty()
        events = list(store.events())
        counts = store.counts()
        terms = store.conn.execute("SELECT count(*) FROM document_terms_docsize").fetchone()[0]
        keys = [r[0] for r in store.conn.execute("SELECT key FROM doc_events")]
    assert {r.status for r in results} == {"replaced"}
    fresh = stored(tmp_path, "fresh.db", articles(suffix="\nUpdated."), 100)
    assert counts["documents"] == len(again) == terms
    assert len(keys) == len(set(keys)) == counts["doc_events"] == sum(len(a.events) for a in again)
    assert events == fresh[1]


def member(rng: random.Random, n: int) -> merge.Member:
    """A report of one of a few made-up parties on one of a few days (meetings filed under countries too)."""
    parties = rng.sample(["per_a", "per_b", "per_c", "cty_x"], 2)
    homes = {p: ("XXX" if p == "cty_x" else rng.choice(["AAA", "BBB"])) for p in parties}
    day = date(2022, 3, 1) + timedelta(days=rng.randrange(6))
    return merge.Member(f"k{n}", f"d{n}", rng.choice(["CONSULT", "ACCUSE"]), day, "day",
                        rng.choice(["text", "published"]), None, set(parties), set(), homes=homes,
                        states=frozenset(p for p in parties if p.startswith("cty_")))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_memo_gives_what_the_database_gives(tmp_path, seed):
    """After each report's blocks are written, the memo's answer for any report is the database's."""
    rng = random.Random(seed)
    with Store(str(tmp_path / "m.db")) as store, transaction(store.conn):
        writer = EventWriter(store.conn, SETTINGS)
        memo = writer.blocks
        for n in range(60):
            new = member(rng, n)
            probe = [member(rng, 1000 + n), new]
            assert memo.search(store.conn, probe, SETTINGS) == candidates_of(store.conn, probe, SETTINGS)
            event = f"ev_{rng.randrange(20)}"
            store.conn.execute("INSERT OR IGNORE INTO events (id, type, record, n_sources, updated_at)"
                               " VALUES (?, ?, '{}', 0, '')", (event, new.type))
            store.conn.execute("INSERT INTO documents (id, content_hash, languages, segments, text, boilerplate,"
                               " ingested_at) VALUES (?, '', '[]', '[]', '', '[]', '')", (new.doc_id,))
            writer.write_members([(new.key, new.doc_id, new.type, new.date.isoformat(), "day", new.basis, 0, None,
                                   "[]", "[]", "{}", event, b"", None, None)], writer.block_rows(new, event))
        assert memo.found  # the memo answered from what it kept


def test_memo_is_cleared_when_blocks_move():
    memo = BlockMemo()
    memo.found[("CONSULT", "per_a", "2022-03-01", "2022-03-03")] = {"ev_1"}
    memo.by_key[("CONSULT", "per_a")].append(("2022-03-01", "2022-03-03", memo.found[
        ("CONSULT", "per_a", "2022-03-01", "2022-03-03")]))
    memo.wrote([("CONSULT", "per_a", "2022-03-02", "ev_2"), ("CONSULT", "per_a", "2022-03-09", "ev_3"),
                ("ACCUSE", "per_a", "2022-03-02", "ev_4")])
    assert memo.found[("CONSULT", "per_a", "2022-03-01", "2022-03-03")] == {"ev_1", "ev_2"}
    memo.clear()
    assert not memo.found and not memo.by_key


def test_runs_with_the_memo_and_a_batch_of_one_export_the_same(tmp_path):
    """`readout run` with the default batch and with one document per transaction: the same export."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i, (day, text) in enumerate(STORIES * 2):
        (folder / f"{day}_{i}.txt").write_text(text + f"\n(copy {i})", encoding="utf-8")
    outs = []
    for batch in (SETTINGS.store_batch_docs, 1):
        out = tmp_path / f"out{batch}.jsonl"
        run([str(folder)], db=str(tmp_path / f"r{batch}.db"), out=str(out), progress=False,
            settings=replace(SETTINGS, store_batch_docs=batch))
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and outs[0].count("\n") >= 3


def test_memo_starts_afresh_beyond_its_bound(tmp_path, monkeypatch):
    """A writer kept in one long transaction: the memo forgets what it kept rather than grow, and still
    answers as the database does."""
    from readout.store import blocks

    monkeypatch.setattr(blocks, "MEMO_RANGES", 5)
    rng = random.Random(7)
    with Store(str(tmp_path / "b.db")) as store, transaction(store.conn):
        memo = BlockMemo()
        for n in range(30):
            probe = [member(rng, n), member(rng, 100 + n)]
            assert memo.search(store.conn, probe, SETTINGS) == candidates_of(store.conn, probe, SETTINGS)
            own = {r for m in probe for r in blocks.block_ranges(m, SETTINGS)}
            assert len(memo.found) <= max(5, len(own))  # the bound, or one search's own ranges
