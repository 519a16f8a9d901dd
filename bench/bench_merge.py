#!/usr/bin/env python3
"""Cost of cross-document merging as the number of per-document events grows (run by hand):

    .venv/bin/python bench/bench_merge.py [--sizes 10000 30000 100000]

Synthetic per-document events: 2,000 distinct meetings (random pairs of 300 people on random days over
eight years), each reported by several documents. The people are unknown to the knowledge base (ids
`per_p_...` with names, of 20 countries: meetings are filed and searched under their countries
too), so each report also looks up the aliases earlier merges learned
(`EventWriter.learned_links_of`) before it is matched through the (type, party, date) blocks, as `readout run`
does; the figure to watch is microseconds per event staying flat.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def name_of(i: int) -> str:
    """A made-up name per person whose phonetic key differs from every other's (one consonant class
    per letter, three syllables: 343 names)."""
    letters = "bdklmns"
    return "Ka" + "".join(letters[i // 7 ** k % 7] + "a" for k in range(3)).capitalize() + " Doe"


def run(n: int, folder: Path) -> dict:
    from readout.store import links, merge
    from readout.store.db import Store
    from readout.store.migrations import transaction

    rng = random.Random(n)
    people = [f"{links.UNKNOWN_PERSON}{i}" for i in range(300)]
    meetings = [(tuple(sorted(rng.sample(people, 2))), date(2017, 1, 1) + timedelta(days=rng.randrange(2900)))
                for _ in range(max(1, n // 5))]
    with Store(str(folder / f"m{n}.db")) as store, transaction(store.conn):
        conn, writer = store.conn, store.writer
        start, cpu = time.perf_counter(), time.process_time()
        for i in range(n):
            pair, day = rng.choice(meetings)
            doc = f"doc{i}"
            conn.execute("INSERT INTO documents (id, content_hash, languages, segments, text, boilerplate, ingested_at)"
                         " VALUES (?, '', '[]', '[]', '', '[]', '')", (doc,))
            record = {"actors": [{"id": p, "kind": "person", "name": name_of(int(p[len(links.UNKNOWN_PERSON):])),
                                  "country": f"C{int(p[len(links.UNKNOWN_PERSON):]) % 20:02d}"} for p in pair]}
            member = merge.Member(f"k{i}", doc, "CONSULT", day, "day", "text", None, set(pair), set(),
                                  names=merge.unknown_names(record))
            member.homes, member.states, member.place_basis = merge.report_facts(record)  # filed under countries too
            (member.learned,) = writer.learned_links_of([record])
            event_id, reason = merge.find_event(conn, member, writer.members_of, set(), store.settings)
            if event_id is None:
                event_id = f"ev_{i}"
                conn.execute("INSERT INTO events (id, type, date, date_precision, record, n_sources, updated_at)"
                             " VALUES (?, 'CONSULT', ?, 'day', '{}', 0, '')", (event_id, day.isoformat()))
            writer.insert_member(member, record, event_id, reason, 0)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return {"doc_events": n, "events": events, "seconds": round(seconds, 2), "us_per_event": round(seconds / n * 1e6),
            "cpu_us_per_event": round(cpu / n * 1e6)}  # CPU time: what a machine busy with others disturbs less


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps([run(n, Path(tmp)) for n in args.sizes], indent=2))


if __name__ == "__main__":
    main()
