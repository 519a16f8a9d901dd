"""The time budget of one document's extraction.

Why not SIGALRM: an alarm reaches only the main thread of a process, so it does nothing in a Dask
worker's thread or a web server's thread. The budget is a deadline in a context variable (each
thread and each process has its own), set by `Pipeline.__call__` around a document and checked
cooperatively: between steps and inside the loops whose length grows with the text. Running out
raises `TimeBudgetExceeded`, which rejects that document alone.
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

from readout.errors import TimeBudgetExceeded

_WARMED_PID: int | None = None  # the process whose first document already paid for loading the models
_DEADLINE: ContextVar[tuple[float, float, str | None] | None] = ContextVar("readout_deadline", default=None)


@contextmanager
def limit(seconds: float | None, doc: str | None = None, first_use: float = 0.0) -> Iterator[None]:
    """Run the block under a budget of `seconds` of wall time (None or <= 0: no budget), checked in any
    thread or process (not SIGALRM). A budget already running (a nested call) is kept when it ends
    sooner. The first document of a process gets `first_use` seconds more (see first_use_allowance)."""
    if seconds is None or seconds <= 0:
        yield
        return
    deadline = time.monotonic() + seconds + first_use_allowance(first_use)
    outer = _DEADLINE.get()
    token = _DEADLINE.set(outer if outer and outer[0] <= deadline else (deadline, seconds, doc))
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


def check(step: str | None = None) -> None:
    """Raise `TimeBudgetExceeded` when the current document's budget is spent; cheap when it is not."""
    current = _DEADLINE.get()
    if current is not None and time.monotonic() > current[0]:
        deadline, seconds, doc = current
        where = f" (in step {step!r})" if step else ""
        raise TimeBudgetExceeded(f"extraction took longer than the budget of {seconds:g} s{where}", doc=doc,
                                 detail={"step": step} if step else None)


def remaining() -> float | None:
    current = _DEADLINE.get()
    return None if current is None else current[0] - time.monotonic()
