#!/usr/bin/env python3
"""Latency of `/api/events` filtered by person over a database of 100,000 events, with 20 concurrent
clients on loopback for a bounded time (default 30 s). Run by hand:

    .venv/bin/python bench/bench_api.py [--events 100000] [--clients 20] [--seconds 30]

The events are synthetic (random pairs of 400 people on random days) and inserted directly into the
schema that `readout run` creates; the server is the real one (uvicorn), reading read-only.
"""
from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build(db: str, n: int, people: int = 400) -> list[str]:
    from readout.store.db import Store
    from readout.store.migrations import transaction

    rng = random.Random(1)
    ids = [f"per_bench-{i}" for i in range(people)]
    with Store(db) as store, transaction(store.conn):
        for i in range(n):
            a, b = rng.sample(ids, 2)
            day = (date(2017, 1, 1) + timedelta(days=rng.randrange(3000))).isoformat()
            actors = [{"kind": "person", "id": p, "name": p, "names": [], "country": "KOR", "sector": "GOV",
                       "office": None} for p in (a, b)]
            record = {"id": f"ev_{i:08d}", "type": "CONSULT", "mode": None, "status": "occurred", "date": day,
                      "date_precision": "day", "location": None, "actors": actors, "recipients": [], "contexts": [],
                      "topics": [], "generic": False, "n_sources": 1,
                      "sources": [{"doc": f"d{i}", "lang": "ko", "start": 0, "end": 1, "actors": [a, b]}]}
            store.conn.execute("INSERT INTO events (id, type, date, date_precision, record, n_sources, updated_at,"
                               " status) VALUES (?,?,?,?,?,?,?,?)",
                               (record["id"], "CONSULT", day, "day", json.dumps(record), 1, "", "occurred"))
            store.conn.executemany("INSERT INTO event_parties VALUES (?,?,?,?,?,?)",
                                   [(record["id"], p, "person", p, "KOR", "actor") for p in (a, b)])
    return ids


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hammer(port: int, clients: int, seconds: float, params, timeout: float) -> tuple[list[float], list[float], int]:
    """`clients` threads, released together, each asking /api/events with `params(rng)` until `seconds`
    pass. Returns every latency, each client's first latency, and the number of non-200 answers."""
    import httpx

    latencies: list[float] = []
    first: list[float] = []
    errors = 0
    lock = threading.Lock()
    go = threading.Barrier(clients)
    stop = time.perf_counter() + seconds

    def client(seed: int) -> None:
        nonlocal errors
        rng = random.Random(seed)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=timeout) as http:
            go.wait()
            n = 0
            while time.perf_counter() < stop:
                start = time.perf_counter()
                r = http.get("/api/events", params=params(rng))
                elapsed = time.perf_counter() - start
                with lock:
                    latencies.append(elapsed)
                    errors += r.status_code != 200
                    if n == 0:
                        first.append(elapsed)
                n += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, first, errors


def main() -> None:
    import uvicorn

    from readout.web.server import create_app

    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        people = build(db, args.events)
        built = time.perf_counter() - t0
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="error"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        latencies, _first, errors = hammer(port, args.clients, args.seconds,
                                           lambda rng: {"person": rng.choice(people), "limit": 50}, timeout=10)
        server.should_exit = True
        q = statistics.quantiles(latencies, n=100)
        print(json.dumps({"events": args.events, "build_seconds": round(built, 1), "clients": args.clients,
                          "seconds": args.seconds, "requests": len(latencies), "errors": errors,
                          "requests_per_s": round(len(latencies) / args.seconds, 1),
                          "p50_ms": round(q[49] * 1000, 1), "p99_ms": round(q[98] * 1000, 1)}, indent=2))


if __name__ == "__main__":
    main()
