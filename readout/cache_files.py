"""Where the start-up cache keeps its files, and how one is read and written (`cache.py`, `cache_digests.py`).

Where: `$READOUT_CACHE_DIR`, else `$XDG_CACHE_HOME/readout`, else `~/.cache/readout`; the value "off" (or an empty
value) turns the cache off. Reading and writing are best effort: an unwritable folder or a corrupt file means the
value is built as before, never an error.
"""
from __future__ import annotations

import gc
import os
import pickle
from pathlib import Path
from typing import Any

from readout.cache_uses import note

ENV = "READOUT_CACHE_DIR"
OFF = {"", "off", "0", "none"}


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is off."""
    value = os.environ.get(ENV)
    if value is not None:
        return None if value.strip().lower() in OFF else Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "readout"


def read(path: Path) -> Any:
    """Unpickle with the cyclic garbage collector paused, then freeze what is alive.

    Why: a pickle of a few hundred thousand small objects (the act matcher, the city index) otherwise
    triggers hundreds of collections that find nothing (5x the load time), and once loaded every later
    collection walks it again (about 0.3 s for the act matcher alone). These values live as long as the
    process, so they join the permanent generation (`gc.freeze`); reference counting still frees any
    that a caller drops, only cyclic garbage alive at that moment would stay (at start-up: little).
    The use is noted in this process and logged once per process (`cache_uses.py`), not by touching the file."""
    with open(path, "rb") as f:
        paused = gc.isenabled()
        gc.disable()
        try:
            value = pickle.load(f)
        finally:
            if paused:
                gc.enable()
    gc.freeze()
    note(path)  # in use: the sweep (`cache_sweep.py`) and `cache.prune_other_versions` remove the least recently
    # used (`cache_uses.py`)
    return value


def write(path: Path, value: Any) -> None:
    """Write atomically (another process may read it at the same moment); failures are ignored."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _after_write()
    except Exception:  # unwritable folder, full disk, an unpicklable value: the cache is optional
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def _after_write() -> None:
    """The folder grew: sweep it when a day has passed since the last sweep (`cache_sweep.sweep_if_due`: one stat
    of a stamp file otherwise). Here because only a write makes the folder grow, and a warm process writes nothing."""
    from readout.cache_sweep import sweep_if_due  # cold start: the sweep loads only when a write grows the folder

    sweep_if_due(cache_dir())
