#!/usr/bin/env python3
"""Where extraction spends its calls: a cProfile of the pipeline on a fixed corpus, per function and per step.

    .venv/bin/python bench/profile_extract.py [--docs 300] [--top 20] [--sort tottime] [--steps] [--no-profile]
        [--bench] [--dump FILE] [--empty]

Wall-clock numbers on a shared machine move with the load; the profile's CALL COUNTS do not, and its
tottime SHARES move much less than absolute seconds. So decisions about speed read the total call count
and the shares, and `bench/bench_run.py` gives the final reading against the tokenization floor.

The corpus (read from ../shared or $READOUT_SHARED, never copied into the project): the shared dev, dev2 and PLOVER
articles, the seeds and the project's samples, in that order, cycled with a "(copy i)" line to reach
--docs (a changed text each time, as bench_run.py does). Models load and the pipeline warms before
profiling starts. --steps prints CPU seconds per pipeline step (process time, no profiler), split into
Kiwi's own calls (the tokenizer, timed around `split_into_sents`/`tokenize`/`analyze`) and readout's.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import signal
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from bench_run import base_texts, shared_dir  # noqa: E402

SHARED = shared_dir()


def shared_docs() -> list[dict]:
    """Every shared evaluation article and seed, and the project's samples (what exists here)."""
    docs: list[dict] = []
    for name in ("dev", "dev2", "plover"):
        path = SHARED / "eval" / name / "articles.jsonl"
        if path.exists():
            docs += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    from readout.ingest.article import date_in_file_name

    texts = sorted((SHARED / "seeds").glob("*.txt")) + sorted((ROOT / "samples").glob("*.txt"))
    for path in texts:
        published = date_in_file_name(str(path))
        docs.append({"id": path.name, "text": path.read_text(encoding="utf-8"),
                     "published": published.isoformat() if published else None})
    return docs


def corpus(n: int, bench: bool = False) -> list:
    """n raw documents: the shared ones in order, then copies with a changed last line. `bench`: the
    corpus of bench_run.py instead (dev articles and samples, every one a copy), whose ratio to the
    floor is the one the issues ask about."""
    from readout.ingest.records import parse_date
    from readout.ingest.sources import RawDocument
    from readout.settings import SETTINGS

    base, out = (base_texts() if bench else shared_docs()), []
    for i in range(n):
        d = base[i % len(base)]
        text = d["text"] if i < len(base) and not bench else d["text"] + f"\n\n(copy {i})"
        published = parse_date(d["published"], d["id"], SETTINGS) if d.get("published") else None
        out.append(RawDocument(f"{d['id']}#{i}", text=text, published=published))
    return out


class KiwiClock:
    """Process time spent inside Kiwi's own calls, summed, by wrapping the shared Kiwi object's methods."""

    METHODS = ("split_into_sents", "tokenize", "analyze")

    def __init__(self) -> None:
        from readout.lang.ko.sentences import kiwi

        self.seconds = 0.0
        k = kiwi()
        for name in self.METHODS:
            if hasattr(k, name):
                setattr(k, name, self._timed(getattr(k, name)))

    def _timed(self, fn):
        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.process_time() - start
        return wrapper


def run_steps(pipeline, docs: list, clock: KiwiClock | None) -> dict[str, tuple[float, float]]:
    """CPU seconds per step: (all, of which Kiwi)."""
    from readout.api import to_article

    spent: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for doc in docs:
        kiwi0, start = clock.seconds if clock else 0.0, time.process_time()
        article = to_article(doc)
        spent["to_article"][0] += time.process_time() - start
        for step in pipeline.steps:
            kiwi0, start = clock.seconds if clock else 0.0, time.process_time()
            article = step.run(article, pipeline)
            spent[step.name][0] += time.process_time() - start
            spent[step.name][1] += (clock.seconds if clock else 0.0) - kiwi0
    return {k: (v[0], v[1]) for k, v in spent.items()}


GATED_READERS = ("find_acts", "find_people", "find_countries", "meeting_triggers", "find_dates", "find_places",
                 "find_references")  # the per-sentence readers of a Language a cue gate could skip


def empty_readers(pipeline, docs: list) -> None:
    """The ceiling of "do less work per sentence": per Language reader, the CPU spent on the calls that found
    nothing (a perfect gate in front of the reader would save exactly that, and no gate can save more), against
    the whole extraction. Readers are timed by wrapping each language's method (process time, no profiler);
    a reader that reads another's result (Korean words, countries kept per sentence) pays for it where it is
    asked first."""
    from readout.api import extract

    calls, empty, spent, wasted = Counter(), Counter(), Counter(), Counter()

    def timed(cls, name, method):
        def reader(self, *args, **kwargs):
            start = time.process_time()
            found = method(self, *args, **kwargs)
            took = time.process_time() - start
            calls[cls.code, name] += 1
            spent[cls.code, name] += took
            if not found:
                empty[cls.code, name] += 1
                wasted[cls.code, name] += took
            return found
        return reader

    classes = [type(lang) for lang in pipeline.languages.values()]
    saved = [(cls, name, getattr(cls, name)) for cls in classes for name in GATED_READERS]
    for cls, name, method in saved:
        setattr(cls, name, timed(cls, name, method))
    try:
        start = time.process_time()
        for doc in docs:
            extract(doc, pipeline)
        total = time.process_time() - start
    finally:
        for cls, name, method in saved:
            setattr(cls, name, method)
    print(f"extraction {total:.2f} s CPU, {1000 * total / len(docs):.2f} ms/doc; per reader: calls, of them "
          f"empty, seconds, of them on empty calls")
    for key in sorted(calls, key=lambda k: -wasted[k]):
        print(f"{key[0]} {key[1]:18s} {calls[key]:7d} {empty[key]:7d} {spent[key]:7.3f} s {wasted[key]:7.3f} s")
    print(f"all readers {sum(spent.values()):.3f} s ({100 * sum(spent.values()) / total:.1f}%), on empty calls "
          f"{sum(wasted.values()):.3f} s ({100 * sum(wasted.values()) / total:.1f}% of extraction: what a perfect "
          f"gate saves)")


class Sampler:
    """A statistical profiler with no per-call overhead (cProfile inflates small Python functions several
    times over): every `interval` seconds of this process's CPU time, SIGPROF records the running stack.
    `own` counts the innermost frame (self time, where C calls such as regex matching count for the Python
    function that made them); `total` counts every distinct function on the stack (inclusive time)."""

    def __init__(self, interval: float = 0.0005, lines: bool = False) -> None:
        self.interval, self.samples, self.lines = interval, 0, lines
        self.own: Counter = Counter()
        self.total: Counter = Counter()

    def _tick(self, _signum, frame) -> None:
        self.samples += 1
        self.own[self._name(frame) + (f" line {frame.f_lineno}" if self.lines else "")] += 1
        seen = set()
        while frame is not None:
            seen.add(self._name(frame))
            frame = frame.f_back
        for name in seen:
            self.total[name] += 1

    @staticmethod
    def _name(frame) -> str:
        code = frame.f_code
        path = code.co_filename
        path = path.split("/readout/", 1)[1] if "/readout/" in path else path.rsplit("/", 1)[-1]
        return f"{path}:{code.co_firstlineno}({code.co_name})"

    def __enter__(self) -> "Sampler":
        signal.signal(signal.SIGPROF, self._tick)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *_exc) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def report(self, top: int) -> None:
        print(f"samples {self.samples} (every {1000 * self.interval:.1f} ms of CPU)")
        for title, counts in (("self", self.own), ("inclusive", self.total)):
            print(f"-- {title}")
            for name, n in counts.most_common(top):
                print(f"{100 * n / self.samples:6.1f}%  {name}")


def extract_all(pipeline, docs: list) -> int:
    from readout.api import extract

    return sum(len(extract(doc, pipeline).events) for doc in docs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--sort", default="tottime", choices=["tottime", "cumtime", "ncalls"])
    ap.add_argument("--steps", action="store_true", help="CPU seconds per step, Kiwi's share apart")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--sample", action="store_true", help="a statistical profile instead of cProfile")
    ap.add_argument("--lines", action="store_true", help="with --sample: self time by line (a regex's C time "
                    "counts for the line that runs it)")
    ap.add_argument("--bench", action="store_true", help="bench_run.py's corpus (dev articles and samples)")
    ap.add_argument("--dump", type=Path, help="also write the raw profile here (pstats format)")
    ap.add_argument("--empty", action="store_true", help="per reader, CPU spent on sentences where it found "
                    "nothing: the most any per-sentence gate could save")
    args = ap.parse_args()
    from readout.pipeline import default_pipeline

    pipeline = default_pipeline().warm()
    docs = corpus(args.docs, args.bench)
    if args.steps:
        clock = KiwiClock()
        spent = run_steps(pipeline, docs, clock)
        total = sum(s for s, _ in spent.values())
        for name, (sec, kiwi_sec) in sorted(spent.items(), key=lambda kv: -kv[1][0]):
            print(f"{name:22s} {sec:7.2f} s {100 * sec / total:5.1f}%  kiwi {kiwi_sec:6.2f} s  own {sec - kiwi_sec:6.2f} s")
        kiwi_total = sum(k for _, k in spent.values())
        print(f"{'total':22s} {total:7.2f} s  kiwi {kiwi_total:.2f} s ({100 * kiwi_total / total:.1f}%)"
              f"  {1000 * total / len(docs):.2f} ms/doc")
    if args.empty:
        empty_readers(pipeline, docs)
    if args.no_profile or args.empty:
        return
    if args.sample:
        with Sampler(lines=args.lines) as sampler:
            extract_all(pipeline, docs)
        return sampler.report(args.top)
    profiler = cProfile.Profile()
    profiler.enable()
    events = extract_all(pipeline, docs)
    profiler.disable()
    stats = pstats.Stats(profiler)
    print(f"docs {len(docs)}  events {events}  calls {stats.total_calls:,}  primitive {stats.prim_calls:,}"
          f"  profiled seconds {stats.total_tt:.2f}")
    if args.dump:
        stats.dump_stats(str(args.dump))
    stats.sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
