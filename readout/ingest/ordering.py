"""A run's documents in one order whatever order they were given in (`in_merge_order`, merge13).

Merging is greedy: a report joins the record its date and parties fit, and an event's first report founds its
record. Three reports of one pair's talks dated Monday, Tuesday and Wednesday (a time zone apart each, two days
apart end to end) became {Monday, Tuesday} + {Wednesday} read in one order and {Monday} + {Tuesday, Wednesday} in
another: the same batch gave other records when a folder was listed otherwise or a JSONL file's lines were
shuffled. So a run stores its documents in an order of their own, by id: every order of one batch gives the same
records. (By publication day first, a report dated only by its publication found an earlier accord's record before
the report of its own day's declaration could: the ids keep the order an input's author gave its files.)

The documents read wait in a private temporary database (as `sources.SeenIds`), not in memory, until the input is
read to its end; what the reader rejected goes on at once (it is stored nowhere). Which of two documents with one
id is kept is still the reader's first (`sources.unique`).
"""
from __future__ import annotations

import pickle
import sqlite3
from typing import Iterable, Iterator

from readout.ingest.sources import RawDocument, Reject


def merge_key(doc: RawDocument) -> str:
    """A document's place in the run's order: its id."""
    return doc.id


def in_merge_order(items: Iterable[RawDocument | Reject]) -> Iterator[RawDocument | Reject]:
    """`items`' rejects as they come, then its documents by `merge_key` (stable: equal keys keep their order)."""
    # "": a temporary file, deleted when closed; read on from another thread than the one that began it (`--workers N`
    # peeks at the first documents before its pool's feeding thread reads the rest: `parallel.warm_codes`), never from two at once
    conn = sqlite3.connect("", isolation_level=None, check_same_thread=False)
    try:
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -512"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("CREATE TABLE waiting (id TEXT, seq INTEGER, doc BLOB)")
        for seq, item in enumerate(items):
            if isinstance(item, RawDocument):
                conn.execute("INSERT INTO waiting VALUES (?, ?, ?)", (merge_key(item), seq, pickle.dumps(item)))
            else:
                yield item
        for (blob,) in conn.execute("SELECT doc FROM waiting ORDER BY id, seq"):
            yield pickle.loads(blob)
    finally:
        conn.close()
