"""Main content of a saved web page (trafilatura), without navigation, ads and comment threads."""
from __future__ import annotations

import ctypes
import heapq
import os
import re
import threading
import time

from readout.errors import BadRecord, TooLarge

PARSER_DEPTH = 255  # libxml2's HTML parser reads no element nested this deep (trafilatura then finds no text)
TAG_RE = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*?(/?)>")
NOT_NESTING = frozenset("area base br col embed hr img input link meta source track wbr "  # void elements
                        "p li dt dd tr td th option".split())  # and those the parser closes by themselves


def nesting_depth(html: str) -> int:
    """How deep the page's elements nest, counted on its tags (linear, no parse): what a page the parser read no
    text from is told by (budget53: 100,000 nested elements were 'no article text found', which names no cause)."""
    depth = deepest = 0
    for m in TAG_RE.finditer(html):
        if m.group(3) or m.group(2).lower() in NOT_NESTING:
            continue
        depth = max(depth - 1, 0) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


class _Expired(BaseException):
    """Raised into the parsing thread by `TimeLimit`'s timer: a BaseException, so that the parser's own `except
    Exception` (trafilatura catches and logs around its fallbacks) cannot swallow it and parse on."""


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Ask the interpreter to raise `exc` in the thread `thread_id` at its next bytecode check (None: take a pending
    one back). CPython's documented C call, reached through ctypes."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


class Watchdog:
    """One thread per process that expires every `TimeLimit` at its deadline (harden55). Why not a `threading.Timer`
    per page, as before: a batch of 10,000 pages started 10,000 threads (each a stack and a start's cost); the
    watchdog keeps the limits in a heap by deadline and sleeps until the nearest one or a new limit. A limit whose
    parse ended stays in the heap until it comes up and is passed over (no removal from the middle of the heap); at
    most the limits of the last `html_parse_seconds` wait there. After a fork the child gets a fresh watchdog (the
    parent's thread is not copied, and its lock may have been held)."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.heap: list[tuple[float, int, "TimeLimit"]] = []
        self.count = 0  # orders limits of one deadline: `TimeLimit`s are not comparable
        self.thread: threading.Thread | None = None

    def watch(self, limit: "TimeLimit", deadline: float) -> None:
        with self.cond:
            if self.thread is None:
                self.thread = threading.Thread(target=self.run, name="readout-html-watchdog", daemon=True)
                self.thread.start()
            self.count += 1
            heapq.heappush(self.heap, (deadline, self.count, limit))
            self.cond.notify()

    def due(self) -> "TimeLimit":
        """The next limit past its deadline whose parse has not ended (waits for it)."""
        with self.cond:
            while True:
                while self.heap and self.heap[0][2].done:
                    heapq.heappop(self.heap)
                if not self.heap:
                    self.cond.wait()
                    continue
                wait = self.heap[0][0] - time.monotonic()
                if wait <= 0:
                    return heapq.heappop(self.heap)[2]
                self.cond.wait(wait)

    def run(self) -> None:
        while True:
            self.due().expire()  # outside the watchdog's lock: `expire` takes the limit's own


_WATCHDOG = Watchdog()


def _fresh_watchdog() -> None:
    global _WATCHDOG
    _WATCHDOG = Watchdog()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_watchdog)


class TimeLimit:
    """Stop a parse that runs too long (a pathological page), in any thread or process (harden54).

    How: the process's one `Watchdog` thread waits for the deadline; if the parse has not ended by then, it asks the
    interpreter to raise `_Expired` in the parsing thread, which the interpreter's own loop checks between bytecodes
    of the parser. Why not SIGALRM, as before harden54: a signal can only be set on the main thread, so in
    `--workers` threads and Dask workers a page was parsed without a limit. Why not a trace function looking at the
    clock: it made every page 35-50 % slower to extract (measured on the samples); this costs a heap push per page.
    A C loop of libxml2 runs on to its end, as under a signal, but its time is linear in the page (the page it gives
    up on is told by `nesting_depth`). A lock orders the expiry and the end of the parse: no exception is asked for
    after the parse ended, and one asked for just before is taken back or turned into `TooLarge` inside this block,
    never raised in the caller's later code."""

    def __init__(self, seconds: float, doc: str) -> None:
        self.seconds, self.doc = seconds, doc
        self.lock = threading.Lock()
        self.done = self.fired = False
        self.thread_id = threading.get_ident()
        self.watched = False

    def expire(self) -> None:
        with self.lock:
            if not self.done:
                self.fired = True
                _raise_in(self.thread_id, _Expired)

    def __enter__(self) -> "TimeLimit":
        if self.seconds > 0:
            self.watched = True
            _WATCHDOG.watch(self, time.monotonic() + self.seconds)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.watched:
            return
        with self.lock:
            self.done = True
        if self.fired:
            _raise_in(self.thread_id, None)  # not delivered yet: taken back
            raise self.too_large()

    def too_large(self) -> TooLarge:
        return TooLarge(f"HTML parsing took longer than {self.seconds:g} s", doc=self.doc)


def time_limit(seconds: float, doc: str):
    """A block that raises `TooLarge` when it runs over `seconds` (0: no limit); see `TimeLimit`."""
    return TimeLimit(seconds, doc)


def parse_within(seconds: float, doc: str, parse, *args, **kwargs):
    """`parse(*args, **kwargs)`, or `TooLarge` past `seconds`: the `_Expired` the timer raises, wherever in the block
    it lands (the parser, or `TimeLimit.__exit__` when the parse ended at that moment), becomes the named error."""
    limit = time_limit(seconds, doc)
    try:
        with limit:
            return parse(*args, **kwargs)
    except _Expired:
        raise limit.too_large() from None


def main_text(html: str, doc: str, seconds: int) -> tuple[str, dict]:
    """The article text and what the page says of itself (title, date, url); a page whose parsing takes
    over `seconds` (the setting `html_parse_seconds`) is given up."""
    # cold start: trafilatura loads only for an HTML document
    import trafilatura

    result = parse_within(seconds, doc, trafilatura.bare_extraction, html, include_comments=False,
                          include_tables=False, with_metadata=True, favor_precision=True)
    if result is None or not (result.text or "").strip():
        depth = nesting_depth(html)
        if depth >= PARSER_DEPTH:
            raise BadRecord(f"HTML elements nested {depth} deep, past the HTML parser's limit of {PARSER_DEPTH}: "
                            "the page's text cannot be read", doc=doc)
        raise BadRecord("no article text found in the HTML page", doc=doc)
    meta = {"title": result.title, "published": result.date, "url": result.url}
    body = result.text
    if result.title and not body.startswith(result.title):
        body = f"{result.title}\n\n{body}"
    return body, meta
