#!/usr/bin/env python3
"""Where the time goes: seconds per pipeline step, and per storage phase, on one core.

    .venv/bin/python bench/bench_steps.py [--docs 1000]

Uses the same corpus as bench_run.py (shared dev articles and samples, repeated with varied ids).
A script run by hand, not a timed test.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_run import build_corpus  # noqa: E402


def time_steps(corpus: Path) -> tuple[dict[str, float], list]:
    from readout.api import to_article
    from readout.pipeline import default_pipeline
    from readout.ingest.sources import read_documents

    pipeline = default_pipeline()
    steps = pipeline.steps
    spent: dict[str, float] = defaultdict(float)
    articles = []
    for doc in read_documents([str(corpus)]):
        start = time.perf_counter()
        article = to_article(doc)
        spent["to_article"] += time.perf_counter() - start
        for step in steps:
            start = time.perf_counter()
            article = step.run(article, pipeline)
            spent[step.name] += time.perf_counter() - start
        articles.append(article)
    return dict(spent), articles


def time_store(articles: list, folder: Path) -> tuple[float, int]:
    """Seconds to store, merge and compose every article; and the database's bytes once checkpointed."""
    from readout.settings import Settings
    from readout.store.db import Store

    batch = Settings().store_batch_docs
    store = Store(str(folder / "steps.db"))
    start = time.perf_counter()
    for i in range(0, len(articles), batch):
        store.save_batch(articles[i:i + batch])
    store.compose_dirty()
    seconds = time.perf_counter() - start
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return seconds, (folder / "steps.db").stat().st_size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    args = ap.parse_args()
    from readout.api import extract, to_article
    from readout.ingest.sources import RawDocument

    extract(to_article(RawDocument("warm", text="박진 장관은 14일 블링컨 장관과 회담했다.")))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = build_corpus(args.docs, folder)
        spent, articles = time_steps(corpus)
        spent["store.save"], db_bytes = time_store(articles, folder)
    total = sum(spent.values())
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"{name:24s} {seconds:7.2f} s  {1000 * seconds / args.docs:6.2f} ms/doc  {100 * seconds / total:5.1f}%")
    print(f"{'total':24s} {total:7.2f} s  {1000 * total / args.docs:6.2f} ms/doc")
    print(f"{'database':24s} {db_bytes / args.docs:7.0f} bytes/doc")


if __name__ == "__main__":
    main()
