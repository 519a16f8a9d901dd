"""The time budget of one document's extraction.

Why not SIGALRM: an alarm reaches only the main thread of a process, so it does nothing in a Dask
worker's thread or a web server's thread. The budget is a deadline in a context variable (each
thread and each process has its own), set by `Pipeline.__call__` around a document and checked
cooperatively: between steps and inside the loops whose length grows with the text. Running out
raises `TimeBudgetExceeded`, which rejects that document alone.

Loading a model is not a document's work. Any document that triggers a load inside `loading()` (Kiwi
on the first Korean document of a process that began with English ones, a language's readers, a data
file's cached value, the first import of one of readout's modules, a table built on first use) has its deadline moved by the time that load took, all
of it as measured: a cold cache under heavy load takes minutes, and no fixed number fits every machine.
The first document of a process also gets `model_load_seconds` in advance for the first-use work no
load marks (memos of words, patterns compiled inside functions). A slow step that loads nothing still
runs out of time, and what a document builds in its own work (`at_work`) counts against it.
"""
from __future__ import annotations

import functools
import importlib.abc
import importlib.machinery
import os
import sys
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
    load_started: float | None = None  # when the outermost load running now began (None: no load running)

    def effective(self, now: float) -> float:
        """The deadline, with a load still running counted so far: a check inside a slow load (a language's
        readers built under load) is not the document's fault either."""
        if self.load_started is None:
            return self.deadline
        return self.deadline + (now - self.load_started)


_DEADLINE: ContextVar[_Budget | None] = ContextVar("readout_deadline", default=None)


@contextmanager
def limit(seconds: float | None, doc: str | None = None, first_use: float = 0.0) -> Iterator[None]:
    """Run the block under a budget of `seconds` of wall time (None or <= 0: no budget), checked in any
    thread or process (not SIGALRM). A budget already running (a nested call) is kept when it ends
    sooner. `first_use` is what the first document of a process gets in advance (`first_use_allowance`);
    every document, that one too, has its deadline moved by the measured time of the loads it triggers
    (`loading`)."""
    if seconds is None or seconds <= 0:
        yield
        return
    deadline = time.monotonic() + seconds + first_use_allowance(first_use)
    outer = _DEADLINE.get()
    current = outer if outer and outer.deadline <= deadline else _Budget(deadline, seconds, doc)
    token = _DEADLINE.set(current)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def first_use_allowance(seconds: float) -> float:
    """The first document of a process meets first-use work no load marks (memos of words filled on first use,
    patterns compiled inside functions, scattered over the language modules), so its budget is longer by `seconds`
    (`model_load_seconds`); the loads themselves move its deadline as they take (`loading`). A forked worker
    is a new process and gets the allowance once too. `new_process` forgets it (tests)."""
    global _WARMED_PID
    if _WARMED_PID == os.getpid():
        return 0.0
    _WARMED_PID = os.getpid()
    return float(seconds)


@contextmanager
def loading() -> Iterator[None]:
    """Mark the block as loading a model: the current document's deadline moves by the time it took, as
    measured (a load's time says nothing about the document, and grows with the machine's load and a cold
    cache). Nested loads count once (the outermost measures them all); outside a budget (warm-up, a script)
    it only runs the block."""
    current = _DEADLINE.get()
    if current is None or current.load_started is not None:
        yield
        return
    current.load_started = time.monotonic()
    try:
        yield
    finally:
        current.deadline += time.monotonic() - current.load_started
        current.load_started = None


def loads(fn: Callable[..., T]) -> Callable[..., T]:
    """Decorator: each call of `fn` is a model load (`loading`). Put it under `functools.lru_cache`, so only
    the call that builds the value is measured."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs) -> T:
        with loading():
            return fn(*args, **kwargs)
    return wrapper


def new_process() -> None:
    """Forget that this process's first document has been: the next one gets `first_use_allowance` again. For
    tests that read a run as a fresh process would, whatever ran before them in the same interpreter."""
    global _WARMED_PID
    _WARMED_PID = None


class _MeasuredLoader(importlib.machinery.SourceFileLoader):
    """Runs one of readout's modules inside `loading()`: its module-level work (imports of its own, patterns and
    tables built at import) is a one-off load, not the work of the document whose step imported it first. The
    tables it defines are loads by their own declaration (`table`), not by this loader."""

    def exec_module(self, module) -> None:
        with loading():
            super().exec_module(module)


class ImportsAreLoads(importlib.abc.MetaPathFinder):
    """Makes the first import of a readout module during a document a load (`loading`).

    Why: readout imports its step modules where they are first needed (a language's act readers, hundreds of
    modules), so a process's first document in a language imported them in its own steps: tenths of a second,
    seconds under load, counted against that document (the first document of a second language gets no
    allowance in advance). Marking each lazy import site would be hundreds of edits; an import is found here
    once. Only readout's own source modules (for other packages, and for a module that is no source file, it
    finds nothing and the usual finders run as before). Active outside a document too (budget52): a module
    imported by the warm-up runs its module-level work inside `loading()` (a no-op outside a budget)."""

    def find_spec(self, name, path=None, target=None):
        if not name.startswith(PACKAGE):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is None or type(spec.loader) is not importlib.machinery.SourceFileLoader:
            return None  # a namespace package, a compiled module: the usual finders, as before
        spec.loader = _MeasuredLoader(spec.loader.name, spec.loader.path)
        return spec


PACKAGE = __name__.split(".")[0] + "."


def install_import_finder() -> None:
    """Put `ImportsAreLoads` first on `sys.meta_path`, once (a reload of this module finds it there). Called by
    `readout/__init__.py` before any other readout module is imported, so that the finder sees every one of them
    whichever a process imports first (`readout.kb.loader` first left `kb` unmeasured, budget52). An explicit call,
    not a side effect of importing this module (debt53): the package's dependency on it is then a use."""
    if not any(type(finder).__name__ == ImportsAreLoads.__name__ for finder in sys.meta_path):
        sys.meta_path.insert(0, ImportsAreLoads())


# --- first-use tables (budget52, declared since debt53) ---------------------------------------------------------
TABLE_MAXSIZE = 2  # values a table keeps at most: one per process, or one per language
TABLE_MARK = "budget_table"  # set on every function `table` made


def table(maxsize: int = 1) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Decorator declaring a table: `functools.lru_cache(maxsize=maxsize)` whose misses are loads (`loads`). Use it
    instead of `functools.lru_cache(maxsize=1)` (a value of the process) or `maxsize=2` (one per language code).

    Why: a table is built on first use, inside whichever document first asks for it, and a process's first
    document in its second language built that language's tables in its own steps (about 0.25 s more than a later
    document's, measured at load 10; about a second under heavier load). budget52 made every small `lru_cache` of a
    readout module a load by swapping the module's attributes after it ran (`measure_tables`): invisible where the
    table is defined, and a reference taken while the module ran kept the unmeasured function. Declared here, the
    table is measured where it is written. A cache this small holds no document's words (those are memos of
    thousands of entries, plain `lru_cache`), so its misses are one-off work of the process.

    A hit costs what `lru_cache` costs (one C call); a miss runs the builder inside `loading()`; `cache_clear` is
    `lru_cache`'s, and `__wrapped__` is the builder (`inspect`, tests). `undeclared_table` finds a small `lru_cache`
    not declared so (tests/test_budget_tables.py lists them: none is allowed)."""
    if not 0 < maxsize <= TABLE_MAXSIZE:
        raise ValueError(f"a table keeps 1 to {TABLE_MAXSIZE} values, not {maxsize}: a memo of words is a plain lru_cache")

    def declare(builder: Callable[..., T]) -> Callable[..., T]:
        measured = functools.lru_cache(maxsize=maxsize)(loads(builder))
        measured.__wrapped__ = builder  # type: ignore[attr-defined]  # the builder itself, not the `loads` wrapper
        setattr(measured, TABLE_MARK, True)
        return measured
    return declare


def undeclared_table(value, module_name: str) -> bool:
    """Whether `value` is a table of `module_name` not declared with `table`: a function of that module cached by
    `functools.lru_cache` with a `maxsize` of at most `TABLE_MAXSIZE` (its misses would be no loads)."""
    if type(value) is not _LRU or getattr(value, "__module__", None) != module_name or getattr(value, TABLE_MARK, False):
        return False
    maxsize = value.cache_parameters().get("maxsize")
    return maxsize is not None and maxsize <= TABLE_MAXSIZE


_LRU = type(functools.lru_cache(maxsize=1)(len))  # what `lru_cache` makes


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


def at_work() -> bool:
    """Whether the running code is a document's own work: a budget is running and no load. What it builds belongs to
    that document: it counts against the budget and is not kept for other processes (`patterns.alternation`)."""
    current = _DEADLINE.get()
    return current is not None and current.load_started is None
