#!/usr/bin/env python3
"""Instructions the store spends on extracted documents, counted by callgrind: `bench_store.py`'s CPU reading
moves by a third on the shared machine, an instruction count by a few tenths of a percent.

    .venv/bin/python bench/bench_store.py --docs 1000 --repeat 1 --cache DIR   # DIR/store_corpus1000.local.pickle
    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python bench/store_instructions.py DIR/store_corpus1000.local.pickle [FIRST LAST] [--keep=FILE]

Stores the pickled documents FIRST..LAST-1 (default 30..330) as `bench_store.store_all` does (batches of the
setting, compose, export) after a warm pass that stores the first FIRST documents in another database (imports,
the knowledge base, memos of pure functions) and imports numpy (`store/minhash.py`: loaded once per run by the
first large batch, about 0.2 G instructions that would otherwise count as the documents'), toggling
instrumentation with callgrind_control around the second pass only; the total is the 'Collected' line valgrind
prints at exit. `--plain`: the same without valgrind, printing the figures of `store_all`. `--keep=FILE`: the
measured pass's database copied there, to compare two trees' (`sqlite3 FILE .dump`, the clock columns aside).
A script run by hand, not a timed test. Reference (speed58, 300 documents, local form): main f8405ec9 2,419.5 M,
speed58's branch 2,409 M; speed59 (a copy takes its first copy's verdicts, store/copies.py): main 7b004400
2,408.7 M, speed59's branch 1,933.3 M (one pickle, `bench_store.base_texts`: the shared dev articles and the samples
cycled, made once and read by both trees).
"""
from __future__ import annotations

import importlib
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    plain = "--plain" in sys.argv
    keep = next((a.removeprefix("--keep=") for a in sys.argv if a.startswith("--keep=")), "")
    first, last = (int(args[1]), int(args[2])) if len(args) > 2 else (30, 330)
    with open(args[0], "rb") as f:
        articles = pickle.load(f)
    from bench_store import store_all
    from readout.store.db import content_hash

    for article in articles:  # hashed where a run reads a document, outside the store (as bench_store's child)
        if not isinstance(article, Exception):
            article.digest = article.digest or content_hash(article)
    toggle = (lambda state: None) if plain else (lambda state: subprocess.run(
        ["callgrind_control", "-i", state, str(os.getpid())], stdout=subprocess.DEVNULL))
    with tempfile.TemporaryDirectory() as warm, tempfile.TemporaryDirectory() as tmp:
        store_all(articles[:first], warm)
        importlib.import_module("readout.store.minhash")  # numpy, which a batch of the setting's size loads once a run
        toggle("on")
        result = store_all(articles[first:last], tmp)
        toggle("off")
        if keep:  # the measured database, to compare two trees' (`sqlite3 FILE .dump`, timestamps aside)
            shutil.copy(f"{tmp}/bench.db", keep)
    result.pop("export")
    print(result, file=sys.stderr)


if __name__ == "__main__":
    main()
