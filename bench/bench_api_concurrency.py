#!/usr/bin/env python3
"""A freshly started `readout serve` under 20 concurrent clients sending Korean full-text queries:
latency percentiles from the very first request, and the server's peak memory. Run by hand:

    .venv/bin/python bench/bench_api_concurrency.py [--clients 20] [--seconds 20] [--copies 50] [--processes]

The database is built by `readout run` from the sample corpus, each article copied `--copies` times
with its own id (so the full-text index has Korean morphemes to match). The server is a separate
process (`python -m readout.cli serve`), started fresh; the clients start together as soon as it
accepts connections, so the first queries are the ones that used to build a Kiwi per thread.
Peak memory is the server process's VmHWM from /proc. Traffic goes to 127.0.0.1 only, bounded in
time.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from bench_api import free_port, hammer  # noqa: E402 - the same clients as the single-process benchmark
QUERIES = ["블링컨과", "회담했다", "외교부 장관", "북한의 도발", "정상회담", "국무장관과 회담", "한미일", "미국",
           "장관은 워싱턴에서", "협력을 약속했다"]


def build(db: str, copies: int, folder: Path) -> int:
    from readout.api import run

    corpus = folder / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as out:
        for path in sorted((ROOT / "samples").rglob("*.txt")):
            text = path.read_text(encoding="utf-8")
            for i in range(copies):
                out.write(json.dumps({"id": f"{path.name}#{i}", "text": f"{text}\n({i})"}, ensure_ascii=False) + "\n")
    return run([str(corpus)], db=db, progress=False).new


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def wait_listening(port: int, proc: subprocess.Popen, limit: float = 120.0) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return time.perf_counter() - start
        time.sleep(0.05)
    raise SystemExit("the server did not start")


def client_process(port: int, seed: int, seconds: float, start_at: float, out) -> None:
    """One client in its own process (`--processes`): waits for the common start time, then asks
    /api/events until `seconds` pass; sends back (latencies, non-200 answers)."""
    import random

    import httpx

    rng = random.Random(seed)
    latencies, errors = [], 0
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
        time.sleep(max(0.0, start_at - time.time()))
        stop = time.perf_counter() + seconds
        while time.perf_counter() < stop:
            begin = time.perf_counter()
            r = http.get("/api/events", params={"q": rng.choice(QUERIES), "limit": 20})
            latencies.append(time.perf_counter() - begin)
            errors += r.status_code != 200
    out.put((latencies, errors))


def hammer_processes(port: int, clients: int, seconds: float) -> tuple[list[float], list[float], int]:
    """`hammer`'s figures with each client a separate process (no shared interpreter lock among the
    clients: what the issue asks to report)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    out = context.Queue()
    start_at = time.time() + 2.0  # every process forked and connected before the clock
    procs = [context.Process(target=client_process, args=(port, i, seconds, start_at, out)) for i in range(clients)]
    for p in procs:
        p.start()
    results = [out.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    latencies = [x for lat, _e in results for x in lat]
    return latencies, [lat[0] for lat, _e in results if lat], sum(e for _l, e in results)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--copies", type=int, default=50)
    ap.add_argument("--processes", action="store_true", help="each client in its own process, not a thread")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        documents = build(db, args.copies, Path(tmp))
        port = free_port()
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        proc = subprocess.Popen([sys.executable, "-m", "readout.cli", "serve", "--db", db, "--port", str(port)],
                                env=env)
        try:
            startup = wait_listening(port, proc)
            if args.processes:
                latencies, first, errors = hammer_processes(port, args.clients, args.seconds)
            else:
                latencies, first, errors = hammer(port, args.clients, args.seconds,
                                                  lambda rng: {"q": rng.choice(QUERIES), "limit": 20}, timeout=60)
            peak = peak_rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
        q = statistics.quantiles(latencies, n=100)
        print(json.dumps({"clients": args.clients, "client_processes": args.processes, "seconds": args.seconds, "documents": documents,
                          "startup_seconds_until_listening": round(startup, 1), "requests": len(latencies),
                          "errors": errors, "requests_per_s": round(len(latencies) / args.seconds, 1),
                          "first_request_max_ms": round(max(first) * 1000, 1),
                          "p50_ms": round(q[49] * 1000, 1), "p99_ms": round(q[98] * 1000, 1),
                          "server_peak_rss_mb": round(peak, 1)}, indent=2))


if __name__ == "__main__":
    main()
