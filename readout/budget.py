"""The time budget of one document's extraction.

Why not SIGALRM: an alarm reaches only the main thread of a process, so it does nothing in a Dask
worker's thread or a web server's thread. The budget is a deadline in a context variable (each
thread and each process has its own), set by `Pipeline.__call__` around a document and checked
cooperatively: between steps and inside the loops whose length grows with the text. Running out
raises `TimeBudgetExceeded`, which rejects that document alone.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

from readout.errors import TimeBudgetExceeded

_DEADLINE: ContextVar[tuple[float, float, str | None] | None] = ContextVar("readout_deadline", default=None)


@contextmanager
def limit(seconds: float | None, doc: str | None = None) -> Iterator[None]:
    """Run the block under a budget of `seconds` of wall time (None or <= 0: no budget). A budget
    already running (a nested call) is kept when it ends sooner."""
    if seconds is None or seconds <= 0:
        yield
        return
    deadline = time.monotonic() + seconds
    outer = _DEADLINE.get()
    token = _DEADLINE.set(outer if outer and outer[0] <= deadline else (deadline, seconds, doc))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


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
