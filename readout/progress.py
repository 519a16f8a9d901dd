"""Progress of a run: a bar with a total on a terminal, one line every few seconds otherwise.

The total is known before reading: one document per file, one per non-empty line of a JSONL file
(counted on raw bytes, far faster than reading the documents). Without a terminal (a log file, CI,
`nohup`) a redrawing bar turns into one long line of carriage returns, so there the progress is
printed as plain lines at an interval instead.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO, TypeVar

from readout.errors import ReadoutError
from readout.ingest.compressed import content_of, kind_suffix
from readout.ingest.json_file import read_json
from readout.ingest.lines import UTF16_MARKS, iter_lines, line_start
from readout.ingest.sources import BLANK_LINE, NEEDS_FETCHING, Reject, Skipped, Warned
from readout.settings import SETTINGS, Settings

T = TypeVar("T")
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
LINE_EVERY_SECONDS = 10.0  # how often the plain-line progress prints when output is not a terminal


def count_documents(paths: Iterable[str], settings: Settings = SETTINGS) -> int:
    """How many documents the inputs hold: files, and the non-empty lines of JSONL files."""
    total = 0
    for p in paths:
        path = Path(p)
        files = (Path(root) / name for root, _dirs, names in os.walk(path) for name in names
                 if not name.startswith(".")) if path.is_dir() else [path]
        for f in files:
            suffix = kind_suffix(f)
            total += jsonl_lines(f, settings) if suffix in JSONL_SUFFIXES else \
                json_records(f, settings) if suffix == ".json" else 1
    return total


def json_records(path: Path, settings: Settings) -> int:
    """The inputs of a `.json` file (harden57: an array is a list of documents): the items its own reader yields, the
    documents and rejects (`input_kind`), at least 1. Why count: a 5,000-record array counted as one input made the
    line say '5000/1 inputs (500000%)'. Why the reader, not `json.loads` (harden58): a cut array (a copy that stopped)
    failed `json.loads` and counted its lines, ten for three records, and a UTF-16 file counted its records while the
    reader rejects it once (JSON must be UTF-8). Read once more here, within the reader's bound, before the run."""
    try:
        return max(1, sum(input_kind(item) is not UNCOUNTED for item in read_json(path, path.name, settings)))
    except (OSError, ReadoutError):
        return 1  # the reader's reject of the whole file


def jsonl_lines(path: Path, settings: Settings = SETTINGS) -> int:
    """The inputs of a JSONL file as its reader yields them (`sources.read_jsonl`): lines that hold something after
    their marks (blank lines are not documents), a line over `max_jsonl_line_bytes` as one reject, a run of lines
    with NUL bytes as one; of a gzip file (`feed.jsonl.gz`, by its magic bytes, compressed once or twice:
    `content_of`), its decompressed lines (harden56), as far as it is whole; an empty or UTF-16 file is one reject.
    Why the reader's own splitter (`iter_lines`, harden59): the count split chunks at LF and kept the rest, so a
    file of records ended by CR alone (harden58) was held whole in memory while counting, hundreds of megabytes for
    a large export; the splitter reads at most a line's limit at a time and cuts such a file at its CRs, and the
    count agrees with the run's."""
    n, binary, number = 0, False, 0
    try:
        with content_of(open(path, "rb"), path.name) as f:
            for number, raw in enumerate(iter_lines(f, settings.max_jsonl_line_bytes), 1):
                if number == 1 and raw and raw.startswith(UTF16_MARKS):
                    return 1  # the reader's one reject: JSONL must be UTF-8
                raw = line_start(raw)
                nul = raw is not None and b"\x00" in raw
                n += (raw is None or bool(raw.strip())) and not (nul and binary)
                binary = nul
    except (OSError, ReadoutError):
        return max(n, 1)
    return n or int(not number)  # an empty file: the reader's one reject


def progress(items: Iterable[T], paths: Iterable[str], enabled: bool = True, stream: TextIO | None = None,
             every: float = LINE_EVERY_SECONDS, settings: Settings = SETTINGS) -> Iterator[T]:
    """`items`, reporting progress against the documents counted in `paths`."""
    if not enabled:
        yield from items
        return
    stream = stream or sys.stderr
    total = count_documents(paths, settings)
    if stream.isatty():
        from tqdm import tqdm  # cold start: tqdm loads only to draw a bar

        yield from bar(items, tqdm(total=total, unit="input", file=stream, delay=1, leave=False, dynamic_ncols=True))
        return
    yield from lines(items, total, stream, every)


DOCUMENT, REJECTED, SKIPPED, TO_FETCH, UNCOUNTED = "document", "rejected", "skipped", "need fetching", None


def input_kind(item: object) -> str | None:
    """What an item of a run's reader is, for the progress line (budget53): a document, a reject, an input passed
    over on purpose, or a blank line (no input: the total does not count it either, and the run's summary does).
    Why apart: the line counted every reject as a document done, so a batch of unreadable files looked read. A feed
    entry with only a link is told apart from the other skipped inputs (harden54): it is an article still to come,
    which `readout watch` fetches, not a record passed over for good."""
    if isinstance(item, Warned):  # a warning about a file whose documents were counted as read (harden56)
        return UNCOUNTED
    if isinstance(item, Skipped):
        return UNCOUNTED if item.code == BLANK_LINE else TO_FETCH if item.code == NEEDS_FETCHING else SKIPPED
    return REJECTED if isinstance(item, Reject) else DOCUMENT


def tallied(items: Iterable[T], counts: dict[str, int], seen: Callable[[str], None]) -> Iterator[T]:
    """`items`, each input (`input_kind`: a blank line or a file's warning is none) counted by its kind in `counts`
    once its consumer is done with it, and then told to `seen`. Why one loop (debt58): the bar and the plain lines
    each classified and counted the items in a loop of their own: two loops to keep in step for every new kind."""
    for item in items:
        yield item
        kind = input_kind(item)
        if kind is UNCOUNTED:
            continue
        counts[kind] += 1
        seen(kind)


def new_counts() -> dict[str, int]:
    return {DOCUMENT: 0, REJECTED: 0, SKIPPED: 0, TO_FETCH: 0}


def bar(items: Iterable[T], shown) -> Iterator[T]:
    """`items`, moving a tqdm bar by each input (not by blank lines), rejects and skipped inputs shown beside it."""
    counts = new_counts()

    def seen(kind: str) -> None:
        if kind != DOCUMENT:
            shown.set_postfix({k: n for k, n in counts.items() if k != DOCUMENT and (n or k != TO_FETCH)},
                              refresh=False)
        shown.update(1)

    try:
        yield from tallied(items, counts, seen)
    finally:
        shown.close()


def lines(items: Iterable[T], total: int, stream: TextIO, every: float) -> Iterator[T]:
    """`items`, a progress line written every `every` seconds of inputs and one at the end."""
    start = last = time.monotonic()
    counts = new_counts()

    def seen(_kind: str) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= every:
            last = now
            stream.write(progress_line(counts, total, now - start) + "\n")
            stream.flush()

    yield from tallied(items, counts, seen)
    if sum(counts.values()):
        stream.write(progress_line(counts, max(total, sum(counts.values())), time.monotonic() - start) + "\n")
        stream.flush()


def progress_line(counts: dict[str, int], total: int, seconds: float) -> str:
    """'readout: 1200/5000 inputs (24%): 1150 documents, 40 rejected, 10 skipped, 35.0/s, about 1m49s left', with
    ', 3 need fetching' after the skipped inputs when a feed had entries with only a link."""
    done = sum(counts.values())
    fetch = f", {counts[TO_FETCH]} {TO_FETCH}" if counts.get(TO_FETCH) else ""
    rate = done / seconds if seconds > 0 else 0.0
    share = f" ({100 * done // total}%)" if total else ""
    left = f", about {clock((total - done) / rate)} left" if rate and total > done else ""
    return (f"readout: {done}/{total} inputs{share}: {counts[DOCUMENT]} documents, {counts[REJECTED]} rejected, "
            f"{counts[SKIPPED]} skipped{fetch}, {rate:.1f}/s{left}")


def clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"
