#!/usr/bin/env python3
"""Instructions spent extracting events, counted by callgrind: a measure of a speed change that does not move
with the machine's load (wall and CPU times on a shared 2-core machine vary by 10%, instruction counts by 0.1%).

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python bench/bench_instructions.py [N]

Warms the pipeline on 20 documents, then counts only the extraction of N shared articles (default 45) and
every fourth PLOVER sentence (41), toggling instrumentation with callgrind_control; the total is the
'Collected' line valgrind prints at exit. Without valgrind (`--plain`) it just runs the same extraction and
prints the events found. A script run by hand, not a timed test; needs the shared evaluation data.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    plain = "--plain" in sys.argv
    n = int(args[0]) if args else 45
    from profile_extract import shared_docs
    from readout.api import extract
    from readout.ingest.records import parse_date
    from readout.ingest.sources import RawDocument
    from readout.parallel import build_tables
    from readout.pipeline import default_pipeline
    from readout.settings import SETTINGS

    def raw(d: dict, tag: str = "") -> RawDocument:
        published = parse_date(d["published"], d["id"], SETTINGS) if d.get("published") else None
        return RawDocument(d["id"] + tag, text=d["text"], published=published)

    base = shared_docs()
    arts = [d for d in base if not d["id"].startswith("PLOV")]
    plover = [d for d in base if d["id"].startswith("PLOV")]
    picked = arts[:n] + plover[::4]
    ids = {d["id"] for d in picked}
    warm = [d for d in base if d["id"] not in ids][-20:]
    pipeline = default_pipeline().warm()
    for d in warm:
        extract(raw(d, "#w"), pipeline)
    build_tables()
    docs = [raw(d) for d in picked]
    toggle = (lambda state: None) if plain else (lambda state: subprocess.run(
        ["callgrind_control", "-i", state, str(os.getpid())], stdout=subprocess.DEVNULL))
    toggle("on")
    found = sum(len(extract(doc, pipeline).events) for doc in docs)
    toggle("off")
    print("documents", len(docs), "events", found, file=sys.stderr)


if __name__ == "__main__":
    main()
