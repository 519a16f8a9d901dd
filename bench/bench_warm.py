#!/usr/bin/env python3
"""What `--workers N` loads before it forks: CPU seconds and peak memory of the parent's warm-up (the peek at the
batch's languages, the warm-up document, the tables), for an English-only batch and a mixed one, each in a fresh
process with the start-up cache warm. The workers inherit all of it; an English-only batch loads no Kiwi.

    .venv/bin/python bench/bench_warm.py [--repeat 3]

Best of --repeat by CPU seconds; the cache folder is the one READOUT_CACHE_DIR names (a temporary one, filled by a
first unmeasured process, when unset). Bytecode is written once to a temporary folder first, as an install compiles it.
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
BATCHES = {  # our own sentences: what the peek reads is the script, not the content
    "english": ["Peru on Monday urged Chile to reopen the border crossing.",
                "Bolivia on Friday recalled its envoy from Asuncion."],
    "mixed": ["Peru on Monday urged Chile to reopen the border crossing.",
              "페루 외교장관은 10일 리마에서 칠레 외교장관과 회담했다."],
}


def warm(batch: str) -> dict:
    """The parent's work before the fork (`parallel.processes` up to the pool), on one batch."""
    clock = time.process_time
    t0 = clock()
    sys.path.insert(0, str(ROOT))
    from readout.ingest.sources import RawDocument
    from readout.parallel import IN_FLIGHT_PER_WORKER, build_tables, warm_codes
    from readout.pipeline import default_pipeline

    pipeline = default_pipeline()
    jobs = [(RawDocument(f"d{i}", text=t), None) for i, t in enumerate(BATCHES[batch])]
    codes, _jobs = warm_codes(jobs, 2 * IN_FLIGHT_PER_WORKER)  # as `--workers 2` peeks
    pipeline.warm(codes)
    tables = build_tables(codes)
    seconds = clock() - t0
    return {"batch": batch, "languages": sorted(codes), "tables": tables, "cpu_s": round(seconds, 3),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), "kiwi": "kiwipiepy" in sys.modules}


def measure(batch: str, cache: str, bytecode: str) -> dict:
    env = dict(os.environ, READOUT_CACHE_DIR=cache, PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=bytecode)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, __file__, "--child", batch], env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", choices=sorted(BATCHES), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(warm(args.child)))
        return
    with tempfile.TemporaryDirectory() as bytecode, tempfile.TemporaryDirectory() as tmp:
        cache = os.environ.get("READOUT_CACHE_DIR") or tmp
        measure("mixed", cache, bytecode)  # fills the cache and writes the bytecode
        results = {b: min((measure(b, cache, bytecode) for _ in range(args.repeat)), key=lambda r: r["cpu_s"])
                   for b in BATCHES}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
