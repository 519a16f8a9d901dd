#!/usr/bin/env python3
"""Throughput and peak memory of `readout run`, and of the tokenization floor, on one core.

    .venv/bin/python bench/bench_run.py [--docs 2000] [--floor]

The corpus is the shared dev articles plus the project's samples, repeated with varied ids (the shared
texts are read from ../shared and never copied). A script run by hand, not a timed test.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def base_texts() -> list[dict]:
    docs = []
    dev = ROOT.parent / "shared" / "eval" / "dev" / "articles.jsonl"
    if dev.exists():
        docs += [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    for path in sorted((ROOT / "samples").glob("*.txt")):
        docs.append({"id": path.name, "text": path.read_text(encoding="utf-8")})
    return docs


def build_corpus(n: int, folder: Path) -> Path:
    docs = base_texts()
    path = folder / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            d = dict(docs[i % len(docs)])
            d["id"] = f"{d['id']}#{i}"
            # vary the text a little so that nothing is skipped as unchanged
            d["text"] = d["text"] + f"\n\n(copy {i})"
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_run(corpus: Path, folder: Path, workers: int = 1) -> dict:
    from readout.api import extract, pipeline, to_article
    from readout.ingest.sources import RawDocument
    from readout.api import run

    # warm up: load the model and the gazetteer before the clock starts
    extract(to_article(RawDocument("warm", text="박진 장관은 14일 블링컨 장관과 회담했다.")))
    pipeline()
    n = sum(1 for _ in open(corpus, encoding="utf-8"))
    chars = sum(len(json.loads(line)["text"]) for line in open(corpus, encoding="utf-8"))
    start = time.perf_counter()
    report = run([str(corpus)], db=str(folder / f"bench{workers}.db"), out=str(folder / "bench.jsonl"),
                 progress=False, workers=workers)
    seconds = time.perf_counter() - start
    return {"workers": workers, "docs": n, "chars": chars, "seconds": round(seconds, 2),
            "docs_per_s": round(n / seconds, 1),
            "events": report.events_total, "peak_mb": round(peak_mb(), 1)}


def bench_extract(corpus: Path) -> dict:
    """The pipeline alone (no database): what one core extracts per second."""
    from readout.api import extract, to_article
    from readout.ingest.sources import read_documents

    start = time.perf_counter()
    n = sum(1 for doc in read_documents([str(corpus)]) if extract(to_article(doc)))
    seconds = time.perf_counter() - start
    return {"docs": n, "seconds": round(seconds, 2), "docs_per_s": round(n / seconds, 1)}


def bench_floor(corpus: Path) -> dict:
    """Tokenization alone: kiwi over Korean paragraphs (with morphemes), the sentence splitter over
    English ones."""
    from readout.lang.en.sentences import split as split_english
    from readout.lang.ko.sentences import kiwi
    from readout.pipeline.clean import language_of

    k = kiwi()
    texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
    start = time.perf_counter()
    for text in texts:
        for para in text.split("\n"):
            if not para.strip():
                continue
            if language_of(para) == "ko":
                k.split_into_sents(para, return_tokens=True)
            else:
                split_english(para, 0)
    seconds = time.perf_counter() - start
    return {"docs": len(texts), "seconds": round(seconds, 2), "docs_per_s": round(len(texts) / seconds, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--floor", action="store_true", help="also measure the tokenization floor")
    ap.add_argument("--workers", type=int, default=1, help="also time `readout run --workers N`")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = build_corpus(args.docs, folder)
        result = {"run": bench_run(corpus, folder), "extract_only": bench_extract(corpus)}
        if args.workers > 1:
            result["run_workers"] = bench_run(corpus, folder, args.workers)
        if args.floor:
            result["floor"] = bench_floor(corpus)
            result["ratio_run_to_floor"] = round(result["floor"]["docs_per_s"] / result["run"]["docs_per_s"], 2)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
