#!/usr/bin/env python3
"""Peak memory and time of exporting many events, per format (issue 20: Parquet of 100,000 events under
200 MB peak). Run by hand:

    .venv/bin/python bench/bench_export.py [--events 100000] [--formats parquet,jsonl,csv]

The database is `bench_api.build`'s (synthetic meetings of 400 people on random days, written in the
schema `readout run` creates). Each export runs as `readout export` in a fresh process, so the peak
resident memory (`ru_maxrss` of that child, imports included) is the export's own.
"""
from __future__ import annotations

import argparse
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


def export_child(db: str, out: str) -> None:
    """One export in this process; prints its figures as one JSON line."""
    from readout.cli import main

    t0, c0 = time.perf_counter(), time.process_time()
    code = main(["export", "--db", db, "--out", out])
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"exit": code, "cpu_s": round(time.process_time() - c0, 2),
                      "wall_s": round(time.perf_counter() - t0, 2), "peak_mb": round(usage.ru_maxrss / 1024, 1),
                      "bytes": os.path.getsize(out) if os.path.exists(out) else None}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--formats", default="parquet,jsonl,csv")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return export_child(*args.child)
    from bench_api import build

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = f"{tmp}/events.db"
        build(db, args.events)
        for fmt in args.formats.split(","):
            out = subprocess.run([sys.executable, __file__, "--child", db, f"{tmp}/events.{fmt}"], check=True,
                                 capture_output=True, text=True).stdout.strip().splitlines()[-1]
            results[fmt] = json.loads(out)
    print(json.dumps({"events": args.events, **results, "load": os.getloadavg()[0]}, indent=2))


if __name__ == "__main__":
    main()
