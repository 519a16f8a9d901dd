"""The time budget of one document's extraction.

Why not SIGALRM: an alarm reaches only the main thread of a process, so it does nothing in a Dask
worker's thread or a web server's thread. The budget is a deadline in a context variable (each
thread and each process has its own), set by `Pipeline.__call__` around a document and checked
cooperatively: between steps and inside the loops whose length grows with the text. Running out
raises `TimeBudgetExceeded`, which rejects that document alone.

Loading a model is not a document's work. Two allowances, together at most `model_load_seconds` for
one document: the first document of a process gets it in advance (it meets the scattered lazy work of
a cold process: the knowledge base, the first language's readers and patterns), and any document
that triggers a lazy load inside `loading()` (Kiwi on the first Korean document of a process that
began with English ones, a language's readers, a data file's cached value) has its deadline moved by
the time that load took, from what is left of the allowance. A slow step that loads nothing still
runs out of time.
"""
from __future__ import annotations

import functools
import os
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Callable, Iterator, TypeVar

from readout.errors import TimeBudgetExceeded

T = TypeVar("T")

_WARMED_PID: int | None = None  # the process whose first document already paid for loading the models


@dataclass
class _Budget:
    """One document's budget. Mutable: a load extends the deadline of the document it runs in. Each thread
    (and each process) reads its own through the context variable, so no lock is needed."""
    deadline: float
    seconds: float
    doc: str | None
    load_left: float  # what is left of the document's model-load allowance
    load_started: float | None = None  # when the outermost load running now began (None: no load running)

    def effective(self, now: float) -> float:
        """The deadline, with a load still running counted as far as the allowance goes: a check inside a
        slow load (a language's readers built under load) is not the document's fault either."""
        if self.load_started is None:
            return self.deadline
        return self.deadline + min(now - self.load_started, self.load_left)


_DEADLINE: ContextVar[_Budget | None] = ContextVar("readout_deadline", default=None)


@contextmanager
def limit(seconds: float | None, doc: str | None = None, first_use: float = 0.0) -> Iterator[None]:
    """Run the block under a budget of `seconds` of wall time (None or <= 0: no budget), checked in any
    thread or process (not SIGALRM). A budget already running (a nested call) is kept when it ends
    sooner. `first_use` is the model-load allowance: the first document of a process gets it in advance
    (first_use_allowance), any other document as much of it as the loads it triggers take (`loading`)."""
    if seconds is None or seconds <= 0:
        yield
        return
    advance = first_use_allowance(first_use)
    deadline = time.monotonic() + seconds + advance
    outer = _DEADLINE.get()
    current = outer if outer and outer.deadline <= deadline else _Budget(deadline, seconds, doc,
                                                                         max(0.0, float(first_use) - advance))
    token = _DEADLINE.set(current)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def first_use_allowance(seconds: float) -> float:
    """The first document of a process also loads the models (Kiwi, knowledge base, lexicons: seconds
    in a fresh Dask worker); that time is not the document's, so its budget is longer by
    `model_load_seconds`. A forked worker is a new process and gets the allowance once too."""
    global _WARMED_PID
    if _WARMED_PID == os.getpid():
        return 0.0
    _WARMED_PID = os.getpid()
    return float(seconds)


@contextmanager
def loading() -> Iterator[None]:
    """Mark the block as loading a model: the current document's deadline moves by the time it took, up to
    what is left of its allowance. Nested loads count once (the outermost measures them all); outside a
    budget (warm-up, a script) it only runs the block."""
    current = _DEADLINE.get()
    if current is None or current.load_started is not None:
        yield
        return
    current.load_started = time.monotonic()
    try:
        yield
    finally:
        took = min(time.monotonic() - current.load_started, current.load_left)
        current.deadline += took
        current.load_left -= took
        current.load_started = None


def loads(fn: Callable[..., T]) -> Callable[..., T]:
    """Decorator: each call of `fn` is a model load (`loading`). Put it under `functools.lru_cache`, so only
    the call that builds the value is measured."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs) -> T:
        with loading():
            return fn(*args, **kwargs)
    return wrapper


def check(step: str | None = None) -> None:
    """Raise `TimeBudgetExceeded` when the current document's budget is spent; cheap when it is not."""
    current = _DEADLINE.get()
    if current is not None:
        now = time.monotonic()
        if now > current.deadline and now > current.effective(now):
            where = f" (in step {step!r})" if step else ""
            raise TimeBudgetExceeded(f"extraction took longer than the budget of {current.seconds:g} s{where}",
                                     doc=current.doc, detail={"step": step} if step else None)


def remaining() -> float | None:
    current = _DEADLINE.get()
    return None if current is None else current.effective(time.monotonic()) - time.monotonic()
