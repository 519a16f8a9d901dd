#!/usr/bin/env python3
"""The store's share of a run alone: storing, merging, composing and exporting already extracted documents.

    .venv/bin/python bench/bench_store.py --docs 1000 [--repeat 3] [--form local|sent] [--profile FILE]

`bench_run.py` gives the store's cost only as the difference of two whole runs (`store_ms_per_doc`),
each dominated by extraction and by the machine's load, so a change of a tenth of a millisecond is
lost in their noise. Here the same corpus (`bench_run.build_corpus`) is extracted once, before any
clock, and pickled; each measurement is a fresh process that unpickles the documents and times only
what the store does with them, as `api.run` does: batches of `store_batch_docs` through
`Store.save_batch`, `compose_dirty` every `compose_every_docs` documents and at the end, and the JSONL
export. `--form local`: the articles as a one-process run hands them to the store (the store prepares
their rows itself); `--form sent`: as a worker sends them back (`parallel.for_store`: rows prepared).
Also printed: database bytes per document (after a checkpoint), and with `--profile` a cProfile of
the last measurement. CPU seconds of this process (user + system); best of --repeat.

As a run does (store11): each document's content hash is computed before the clock (`parallel.from_raw`
hashes a document where it is read: in the worker under --workers), and storing runs under the run's
collector threshold (`parallel.collector`, as `api.run` stores). Until the fourteenth session the clock
counted both, which a run's storing never pays (about 0.02 and 0.03 ms per document).
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def extracted(docs: int, form: str, folder: Path) -> Path:
    """The corpus's articles as the store receives them, pickled once (cached per size and form under
    `folder`, which the caller keeps between runs when asked to)."""
    path = folder / f"store_corpus{docs}.{form}.pickle"
    if path.exists():
        return path
    import bench_run
    from readout.api import to_article
    from readout.ingest.sources import read_documents
    from readout.parallel import extract_or_error, for_store
    from readout.pipeline import default_pipeline

    bench_run.base_texts = base_texts  # what build_corpus repeats
    bench_run.warm_up()
    pipeline = default_pipeline()
    corpus = bench_run.build_corpus(docs, folder)
    articles = []
    for doc in read_documents([str(corpus)]):
        result = extract_or_error(to_article(doc), pipeline)
        if form == "sent":
            result = for_store(result)
        articles.append(result)
    with open(path, "wb") as f:
        pickle.dump(articles, f, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def base_texts() -> list[dict]:
    """`bench_run.base_texts`, the shared dev articles found beside any ancestor of this tree (a git
    worktree lives outside the project's folder, where ../shared is not), then this tree's samples."""
    from readout.ingest.article import date_in_file_name

    docs = []
    given = [Path(os.environ["READOUT_SHARED"]).parent] if os.environ.get("READOUT_SHARED") else []
    for folder in [*given, *ROOT.parents]:  # READOUT_SHARED: the shared folder, for a tree kept elsewhere
        dev = folder / "shared" / "eval" / "dev" / "articles.jsonl"
        if dev.exists():
            docs = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
            break
    for path in sorted((ROOT / "samples").glob("*.txt")):
        published = date_in_file_name(str(path))
        docs.append({"id": path.name, "text": path.read_text(encoding="utf-8"),
                     "published": published.isoformat() if published else None})
    return docs


def store_all(articles: list, folder: str, batch: int = 0) -> dict:
    """What `api.run` does with extracted articles, timed; returns the figures."""
    from readout.errors import ReadoutError
    from readout.export.writers import write_events
    from readout.settings import SETTINGS
    from readout.store.db import Store

    db, out = f"{folder}/bench.db", f"{folder}/bench.jsonl"
    articles = [a for a in articles if not isinstance(a, ReadoutError)]
    batch = batch or SETTINGS.store_batch_docs
    from readout.parallel import collector

    rss0 = resident_mb()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    with Store(db) as store, collector(SETTINGS):  # the run's collector threshold, as `api.run` stores (store11)
        since = 0
        for start in range(0, len(articles), batch):
            store.save_batch(articles[start:start + batch])
            since += len(articles[start:start + batch])
            if since >= SETTINGS.compose_every_docs:
                store.compose_dirty()
                since = 0
        store.compose_dirty()
        exported = write_events(store.events(), out)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    size = os.path.getsize(db)
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": len(articles), "events": exported, "cpu_s": round(cpu, 3), "wall_s": round(wall, 3),
            "peak_rss_mb": round(peak, 1), "store_growth_mb": round(peak - rss0, 1),  # beyond the corpus held
            "ms_per_doc": round(1000 * cpu / len(articles), 3), "db_bytes_per_doc": round(size / len(articles)),
            "export": out}


def resident_mb() -> float:
    """This process's resident memory now (Linux), in MB: what the peak is measured from."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# (module, attribute, row of the table): the parts of storing timed by `--breakdown`, outermost first;
# a part's time includes the parts it calls (the table says which rows are inside which)
PARTS = [
    ("readout.store.db:Store", "fingerprint", "near-duplicate signature (a local run computes it here)"),
    ("readout.store.neardup:BatchBands", "__init__", "band search for the batch (one query)"),
    ("readout.store.neardup:BatchBands", "link", "near-duplicate check and band rows"),
    ("readout.store.db:Store", "delete_document", "deleting a replaced document"),
    ("readout.store.db:Store", "insert_document", "document row (with its terms, compressed)"),
    ("readout.store.db", "search_terms", "  inside: full-text terms from morphemes"),
    ("readout.store.db", "compress_terms", "  inside: compressing the terms"),
    ("readout.store.db:Store", "insert_mentions", "mention rows, persons, aliases"),
    ("readout.store.events:EventWriter", "insert", "events: merge and report rows (all below)"),
    ("readout.store.events", "document_record", "  inside: report records (a local run builds them here)"),
    ("readout.store.blocks:BlockMemo", "search", "  inside: candidate search (event_blocks)"),
    ("readout.store.merge", "weigh", "  inside: weighing candidates"),
    ("readout.store.events:EventWriter", "members_of", "    inside weighing: reading members"),
    ("readout.store.events", "learn_links", "  inside: learning links"),
    ("readout.store.events:EventWriter", "found", "  inside: founding new events (composed at once)"),
    ("readout.store.events:EventWriter", "member_row", "  inside: report rows (lean record, JSON, reason)"),
    ("readout.store.events:EventWriter", "write_members", "  inside: writing report rows and blocks (SQL)"),
    ("readout.store.db:Store", "flush_held", "held report rows, blocks, mentions: one statement each per batch"),
    ("readout.store.db:Store", "index_terms", "full-text index, one statement per batch"),
    ("readout.store.migrations", "transaction", "transactions (begin, commit)"),
    ("readout.store.events:EventWriter", "compose_dirty", "composing merged records"),
    ("readout.export.writers", "write_events", "export (JSONL)"),
]


def instrument() -> dict[str, list]:
    """Wrap each part in a CPU clock; returns the table the wrappers fill (calls, seconds)."""
    import contextlib
    import importlib

    table: dict[str, list] = {}
    for where, name, row in PARTS:
        module_name, _, cls = where.partition(":")
        owner = importlib.import_module(module_name)
        owner = getattr(owner, cls) if cls else owner
        original = getattr(owner, name)
        cell = table.setdefault(row, [0, 0.0])
        if name == "transaction":
            @contextlib.contextmanager
            def timed_cm(*a, _f=original, _cell=cell, **k):
                t = time.process_time()
                with _f(*a, **k) as value:
                    _cell[1] += time.process_time() - t
                    yield value
                    t = time.process_time()
                _cell[0] += 1
                _cell[1] += time.process_time() - t
            wrapper = timed_cm
        else:
            def wrapper(*a, _f=original, _cell=cell, **k):
                t = time.process_time()
                try:
                    return _f(*a, **k)
                finally:
                    _cell[0] += 1
                    _cell[1] += time.process_time() - t
        setattr(owner, name, wrapper)
        for other in ("readout.store.db", "readout.store.events", "readout.api"):  # names imported elsewhere
            mod = importlib.import_module(other)
            if not cls and getattr(mod, name, None) is original:
                setattr(mod, name, wrapper)
    return table


def child(pickled: Path, profile: str | None, keep: str | None, breakdown: bool = False, batch: int = 0) -> None:
    with open(pickled, "rb") as f:
        articles = pickle.load(f)
    from readout.store.db import Store, content_hash  # noqa: F401  imports outside the clock

    for article in articles:  # a run hashes each document where it reads it (`parallel.from_raw`: in the
        if not isinstance(article, Exception):  # worker under --workers), before the store: not the store's
            article.digest = article.digest or content_hash(article)  # work (the clock counted it until store11)
    import bench_run

    bench_run.warm_up()  # the models and tables a run holds: the heap the store's garbage collections walk
    import gc

    gc.collect()  # the unpickled corpus is input held for the whole measurement (a run holds one batch at a
    gc.freeze()  # time): out of the collector's walks, as the warm models are
    try:  # memory the unpickling freed goes back to the system: the store's growth is then its own (Linux)
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass

    with tempfile.TemporaryDirectory() as tmp:
        table = instrument() if breakdown else None
        if profile:
            import cProfile

            prof = cProfile.Profile()
            result = prof.runcall(store_all, articles, tmp, batch)
            prof.dump_stats(profile)
        else:
            result = store_all(articles, tmp, batch)
        if keep:
            os.replace(result["export"], keep)
        result.pop("export")
        if table is not None:
            n = result["docs"]
            result["breakdown_ms_per_doc"] = {row: [calls, round(1000 * sec / n, 4)] for row, (calls, sec) in table.items()}
    print(json.dumps(result))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--form", choices=["local", "sent"], default="local")
    ap.add_argument("--cache", default="", help="folder keeping the extracted corpus between runs")
    ap.add_argument("--profile", default="", help="write a cProfile of one more run to this file")
    ap.add_argument("--batch", type=int, default=0, help="documents per transaction (default: the setting)")
    ap.add_argument("--breakdown", action="store_true", help="time each part of storing (one more run)")
    ap.add_argument("--keep", default="", help="keep the export of the last run here (to compare)")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.profile or None, args.keep or None, args.breakdown, args.batch)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.cache or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        pickled = extracted(args.docs, args.form, folder)
        cmd = [sys.executable, __file__, "--child", str(pickled), "--batch", str(args.batch)]
        runs = [json.loads(subprocess.run(cmd + (["--keep", args.keep] if args.keep else []), check=True,
                                          capture_output=True, text=True).stdout.strip().splitlines()[-1])
                for _ in range(args.repeat)]
        if args.profile:
            subprocess.run(cmd + ["--profile", args.profile], check=True, capture_output=True, text=True)
        parts = json.loads(subprocess.run(cmd + ["--breakdown"], check=True, capture_output=True, text=True)
                           .stdout.strip().splitlines()[-1]) if args.breakdown else {}
    best = min(runs, key=lambda r: r["cpu_s"])
    if parts:
        best["breakdown_ms_per_doc"] = parts["breakdown_ms_per_doc"]
    print(json.dumps(best | {"form": args.form, "runs": [r["ms_per_doc"] for r in runs],
                             "load": os.getloadavg()[0]}, indent=2))


if __name__ == "__main__":
    main()
