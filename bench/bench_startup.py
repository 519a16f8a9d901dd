#!/usr/bin/env python3
"""readout's own start-up: CPU seconds from `import readout` to the first extracted document, beyond
what Kiwi itself takes (import, model load, first analysis), with the start-up cache cold and warm.

    .venv/bin/python bench/bench_startup.py [--repeat 3]

Each measurement runs in a fresh process. Cold: an empty cache folder (what the first run after an
install or a data change pays). Warm: the same folder again (every later process). Off: the cache
turned off (READOUT_CACHE_DIR=off). Best of --repeat, per-CPU-second like the other benchmarks.
Bytecode is written once to a temporary folder first, as an install compiles it.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child() -> None:
    """Kiwi's share: import, model load, the knowledge base's names as user words and the first
    analysis; readout's share: everything else up to the first document extracted."""
    clock = time.process_time
    t0 = clock()
    sys.path.insert(0, str(ROOT))
    from readout.kb.loader import kb
    from readout.lang.ko import sentences

    kb()
    t1 = clock()
    sentences.kiwi().split_into_sents("한국 외교부 장관은 서울에서 회담했다.", return_tokens=True)
    t2 = clock()
    from readout.model import Article
    from readout.pipeline import default_pipeline

    pipeline = default_pipeline().warm()
    pipeline(Article("first", "The foreign minister met his Japanese counterpart in Tokyo on Monday."))
    t3 = clock()
    print(json.dumps({"kiwi_s": round(t2 - t1, 3), "readout_s": round((t1 - t0) + (t3 - t2), 3)}))


def measure(cache: str, bytecode: str) -> dict:
    """One fresh process. Python's own bytecode is kept in `bytecode` whatever the environment says
    (PYTHONDONTWRITEBYTECODE): an installed package has its .pyc files, so recompiling readout's sources
    in every process is not readout's start-up."""
    env = dict(os.environ, READOUT_CACHE_DIR=cache, PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=bytecode)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, __file__, "--child"], env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child()
    results: dict[str, list[dict]] = {"cold": [], "warm": [], "off": []}
    with tempfile.TemporaryDirectory() as bytecode:
        measure("off", bytecode)  # writes the bytecode once, as an install does
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp:
                results["cold"].append(measure(tmp, bytecode))
                results["warm"].append(measure(tmp, bytecode))
            results["off"].append(measure("off", bytecode))
    print(json.dumps({k: min(v, key=lambda r: r["readout_s"]) for k, v in results.items()}, indent=2))


if __name__ == "__main__":
    main()
