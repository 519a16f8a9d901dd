#!/usr/bin/env python3
"""Throughput and peak memory of the whole `readout run`, against the tokenization floor.

    .venv/bin/python bench/bench_run.py --docs 5000 --repeat 3 [--workers 2] [--engine dask] [--sizes 1000,5000]
        [--synthetic]

The corpus is the shared dev articles plus the project's samples, repeated with varied ids and a
line that makes each copy a changed document (the shared texts are read from ../shared, never
copied into the project); `--unique`: every shared document once instead (dev, dev2, PLOVER, seeds,
samples: about 240, no sentence read twice, so memoized readers are not flattered). Each measurement
runs in a fresh process, so its peak memory is its own:

- floor: tokenization alone over the same texts: kiwipiepy (sentences with morphemes) on Korean
  paragraphs, the sentence splitter on English ones. No design beats it without a faster tokenizer.
- extract: the extraction pipeline alone, no database (with the run's garbage-collector threshold).
- run: `readout.api.run` as `readout run` calls it: read, extract, store, merge, compose, export.
  `store_share` is the part of the run's CPU per document that extraction alone does not spend
  (storing, merging, composing, exporting, reading), `store_ms_per_doc` the same in milliseconds.
  With --workers N also `run --workers N`; with --engine dask also `run --engine dask` on a local
  Dask cluster of max(N, 2) worker processes (`dask.distributed`; its start is outside the clock only
  as far as readout's is not: the cluster starts inside `run`, as `readout run --engine dask` does).

Models load before the clock starts (about 3 s, once per run). Figures are per CPU-second (user +
system time of the process and its workers), which is what "per core" means and which a busy machine
disturbs less than wall time; wall-clock documents per second are printed too. With --repeat, each
kind runs that many times, interleaved, and the best is kept. A script run by hand, not a timed test.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def shared_dir() -> Path:
    """../shared beside the checkout; READOUT_SHARED names it for a checkout elsewhere (a git worktree)."""
    return Path(os.environ.get("READOUT_SHARED") or ROOT.parent / "shared")


def base_texts() -> list[dict]:
    docs = []
    dev = shared_dir() / "eval" / "dev" / "articles.jsonl"
    if dev.exists():
        docs += [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        print(f"note: {dev} is absent; the corpus is the project's samples alone", file=sys.stderr)
    from readout.ingest.article import date_in_file_name

    for path in sorted((ROOT / "samples").glob("*.txt")):
        published = date_in_file_name(str(path))
        docs.append({"id": path.name, "text": path.read_text(encoding="utf-8"),
                     "published": published.isoformat() if published else None})
    return docs


def unique_texts() -> list[dict]:
    """Every shared document once: the dev, dev2 and PLOVER articles, the seeds and the project's samples (about 240,
    no two alike). Why beside `base_texts`: its copies repeat every sentence but the last, so readers that remember
    answers by sentence text (`functools.lru_cache` on a sentence) meet the same sentence again within a few
    documents, and a run over them reads faster than one over new text would."""
    docs = []
    for name in ("dev", "dev2", "plover"):
        path = shared_dir() / "eval" / name / "articles.jsonl"
        if path.exists():
            docs += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    from readout.ingest.article import date_in_file_name

    for path in sorted((shared_dir() / "seeds").glob("*.txt")) + sorted((ROOT / "samples").glob("*.txt")):
        published = date_in_file_name(str(path))
        docs.append({"id": path.name, "text": path.read_text(encoding="utf-8"),
                     "published": published.isoformat() if published else None})
    return docs


def build_corpus(n: int, folder: Path, unique: bool = False, synthetic: bool = False) -> Path:
    """n documents: the base texts cycled, each copy changed; `unique`: every shared document once (n is ignored);
    `synthetic`: n documents made from the project's own sentences, no two alike (`synthetic_docs`)."""
    if synthetic:
        from synthetic_docs import write_corpus

        return write_corpus(n, folder / f"synthetic{n}.jsonl")
    if unique:
        path = folder / "unique.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for d in unique_texts():
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        return path
    docs = base_texts()
    path = folder / f"corpus{n}.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            d = dict(docs[i % len(docs)])
            d["id"] = f"{d['id']}#{i}"
            d["text"] = d["text"] + f"\n\n(copy {i})"  # a changed document each time: nothing is skipped
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


def cpu_seconds() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def peak_mb() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return round(max(own.ru_maxrss, kids.ru_maxrss) / 1024, 1)


@functools.lru_cache(maxsize=1)
def floor_kiwi():
    """The floor's tokenizer, built before the timer as the run's is (`warm_up`): the floor times tokenization,
    not the model's loading (until the sixteenth session its timer held the build, 2 to 4 CPU-seconds)."""
    from readout.lang.ko.sentences import kiwi

    return kiwi()


def warm_up() -> None:
    from readout.lang.en.language import English
    from readout.lang.ko.language import Korean
    from readout.api import extract_text

    extract_text("\n".join((Korean.warm_up, English.warm_up)))  # what `Pipeline.warm` reads before a run


def floor(corpus: Path, workers: int) -> int:
    from readout.lang.en.sentences import split as split_english
    from readout.lang import by_script

    k, n = floor_kiwi(), 0
    for line in open(corpus, encoding="utf-8"):
        n += 1
        for para in json.loads(line)["text"].split("\n"):
            if para.strip():
                k.split_into_sents(para, return_tokens=True) if by_script(para, 0.3) == "ko" else split_english(para, 0)
    return n


def extract_only(corpus: Path, workers: int) -> int:
    """Extraction as a run does it (under the run's collector threshold, `parallel.collector`), no database."""
    from readout.api import extract, to_article
    from readout.ingest.sources import read_documents
    from readout.parallel import collector
    from readout.settings import SETTINGS

    with collector(SETTINGS):
        return sum(1 for doc in read_documents([str(corpus)]) if extract(to_article(doc)))


def whole_run(corpus: Path, workers: int, engine: str = "local") -> int:
    from readout.api import run

    with tempfile.TemporaryDirectory() as tmp:
        report = run([str(corpus)], db=f"{tmp}/bench.db", out=f"{tmp}/bench.jsonl", progress=False,
                     workers=workers, engine=engine)
    return report.new


def dask_run(corpus: Path, workers: int) -> int:
    return whole_run(corpus, max(workers, 2), engine="dask")


KINDS = {"floor": floor, "extract": extract_only, "run": whole_run, "dask": dask_run}


def child(kind: str, corpus: Path, workers: int) -> None:
    """One measurement, in this fresh process; prints one JSON line. CPU counts the workers (forked
    processes, or the Dask nannies and their workers) once they have ended."""
    warm_up()
    if kind == "floor":
        floor_kiwi()
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    docs = KINDS[kind](corpus, workers)
    cpu, wall = cpu_seconds() - cpu0, time.perf_counter() - wall0
    print(json.dumps({"kind": kind, "workers": workers, "docs": docs, "cpu_s": round(cpu, 2),
                      "wall_s": round(wall, 2), "docs_per_cpu_s": round(docs / cpu, 1),
                      "docs_per_wall_s": round(docs / wall, 1), "peak_mb": peak_mb()}))


def measure(kind: str, corpus: Path, workers: int = 1) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--corpus", str(corpus), "--workers", str(workers)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def best(results: list[dict]) -> dict:
    return max(results, key=lambda r: r["docs_per_cpu_s"]) | {"runs": len(results)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--unique", action="store_true", help="every shared document once (about 240, no copies) instead "
                    "of --docs copies of the dev articles and samples: no reader meets a sentence twice")
    ap.add_argument("--synthetic", action="store_true", help="documents made from the project's own sentences "
                    "(bench/synthetic_docs.py), no two alike: memory flatness to 20,000 documents with --sizes")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each kind, interleaved; the best is kept")
    ap.add_argument("--workers", type=int, default=1, help="also measure `readout run --workers N`")
    ap.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="dask: also measure `run --engine dask` on a local cluster")
    ap.add_argument("--only", default="", help="measure only these kinds (comma-separated, e.g. run,dask)")
    ap.add_argument("--sizes", default="", help="also measure the run's peak memory at these corpus sizes")
    ap.add_argument("--child", choices=sorted(KINDS), help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.corpus, args.workers)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = build_corpus(args.docs, Path(tmp), args.unique, args.synthetic)
        kinds = [("floor", 1), ("extract", 1), ("run", 1)] + ([("run", args.workers)] if args.workers > 1 else []) \
            + ([("dask", args.workers)] if args.engine == "dask" else [])
        only = {k for k in args.only.split(",") if k}
        kinds = [(k, w) for k, w in kinds if not only or k in only]
        results: dict[str, list[dict]] = {}
        for _ in range(args.repeat):
            for kind, workers in kinds:
                results.setdefault(f"{kind}/{workers}", []).append(measure(kind, corpus, workers))
        summary = {key: best(rs) for key, rs in results.items()}
        if "floor/1" in summary and "run/1" in summary:
            summary["ratio_floor_to_run"] = round(summary["floor/1"]["docs_per_cpu_s"] / summary["run/1"]["docs_per_cpu_s"], 2)
        if "extract/1" in summary and "run/1" in summary:  # what reading, storing, merging and exporting add
            extract, whole = summary["extract/1"]["docs_per_cpu_s"], summary["run/1"]["docs_per_cpu_s"]
            summary["store_share"] = round(1 - whole / extract, 3)
            summary["store_ms_per_doc"] = round(1000 / whole - 1000 / extract, 3)
        if "run/1" in summary and f"run/{args.workers}" in summary and args.workers > 1:
            summary[f"wall_speedup_{args.workers}_workers"] = round(
                summary[f"run/{args.workers}"]["docs_per_wall_s"] / summary["run/1"]["docs_per_wall_s"], 2)
        dask_key = f"dask/{args.workers}"
        if "run/1" in summary and dask_key in summary:
            summary["dask_cpu_per_doc_vs_local"] = round(
                summary["run/1"]["docs_per_cpu_s"] / summary[dask_key]["docs_per_cpu_s"], 2)
        for size in [int(s) for s in args.sizes.split(",") if s]:
            summary[f"memory/{size}"] = measure("run", build_corpus(size, Path(tmp), synthetic=args.synthetic))
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
