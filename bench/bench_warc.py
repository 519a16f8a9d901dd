#!/usr/bin/env python3
"""Articles per second from a web archive, next to `readout run` on the same articles as JSONL.

    .venv/bin/python bench/bench_warc.py --docs 5000 [--run-docs 1000]

The corpus: the articles of bench_run.py (the shared dev set when present, and the project's samples),
each copy made a page of its own (`<article>` with its paragraphs) at its own address, written to a
gzipped WARC file with warcio, one response per page plus, every tenth page, an image and a request
record (what a crawl holds besides pages), and to a JSONL file of the same pages (`html` field).
Measured in this process, wall clock:

- read: the reader alone (`read_documents`), WARC vs JSONL: documents per second.
- read+main text: the reader and the page's main-text extraction (`to_article`), as a run does before
  the pipeline: the part of a run that differs between the two inputs.
- run: `readout.api.run` over the first --run-docs pages of each (read, extract, store, merge).

The WARC reader must not be the bottleneck: its documents per second should be far above the run's.
"""
from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def pages(n: int) -> list[tuple[str, str]]:
    from bench_run import base_texts

    docs = base_texts()
    out = []
    for i in range(n):
        d = docs[i % len(docs)]
        paragraphs = "".join(f"<p>{p}</p>" for p in d["text"].split("\n") if p.strip())
        html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story {i}</title></head><body>"
                f"<nav><a href='/'>Home</a></nav><article>{paragraphs}<p>(copy {i})</p></article></body></html>")
        out.append((f"https://news.example.com/story/{i}", html))
    return out


def write_inputs(docs: list[tuple[str, str]], folder: Path) -> tuple[Path, Path, int]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc, jsonl, records = folder / "crawl.warc.gz", folder / "crawl.jsonl", 0
    with open(warc, "wb") as f, open(jsonl, "w", encoding="utf-8") as j:
        w = WARCWriter(f, gzip=True)
        for i, (url, html) in enumerate(docs):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                http_headers=headers,
                                                warc_headers_dict={"WARC-Date": "2024-05-01T10:00:00Z"}))
            records += 1
            if i % 10 == 0:
                img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(url + ".png", "response", payload=io.BytesIO(b"\x89PNG" + bytes(2000)),
                                                    http_headers=img))
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.com")], is_http_request=True)
                w.write_record(w.create_warc_record(url, "request", http_headers=req))
                records += 2
            j.write(json.dumps({"id": url, "url": url, "html": html}, ensure_ascii=False) + "\n")
    return warc, jsonl, records


def timed(label: str, n_docs: int, fn) -> float:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(f"{label:<34} {n_docs:>6} docs {seconds:8.2f} s {n_docs / seconds:9.1f} docs/s", flush=True)
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=5000, help="pages in the archive")
    ap.add_argument("--run-docs", type=int, default=None, help="pages given to the full runs (default: all)")
    args = ap.parse_args()
    from readout.api import run
    from readout.ingest.article import to_article
    from readout.ingest.sources import RawDocument, read_documents

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        docs = pages(args.docs)
        warc, jsonl, records = write_inputs(docs, folder)
        print(f"{records} WARC records ({warc.stat().st_size / 1e6:.1f} MB gzipped), {args.docs} pages; "
              f"JSONL {jsonl.stat().st_size / 1e6:.1f} MB")
        for name, path in (("warc", warc), ("jsonl", jsonl)):
            timed(f"read ({name})", args.docs, lambda: sum(1 for _ in read_documents([str(path)])))
        for name, path in (("warc", warc), ("jsonl", jsonl)):
            timed(f"read+main text ({name})", args.docs, lambda: [to_article(d) for d in read_documents([str(path)])
                                                                   if isinstance(d, RawDocument)])
        n = args.run_docs or args.docs
        small = folder / "small"
        small.mkdir()
        warc_small, jsonl_small, _ = write_inputs(docs[:n], small)
        warm = folder / "warm"
        warm.mkdir()
        run([str(write_inputs(docs[:20], warm)[1])], db=str(folder / "warm.db"), progress=False)  # models load first
        for name, path in (("warc", warc_small), ("jsonl", jsonl_small)):
            report = {}
            timed(f"readout run ({name})", n,
                  lambda: report.setdefault("r", run([str(path)], db=str(folder / f"{name}.db"), progress=False)))
            r = report["r"]
            print(f"   new {r.new}, events {r.events_found}, rejected {len(r.rejected)}, passed over {r.ignored}")


if __name__ == "__main__":
    main()
