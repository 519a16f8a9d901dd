"""The start-up cache folder's age and size bounds (`cache.py`): `sweep` removes what no process used for
`settings.cache_max_age_days`, then the least recently used files until the folder holds at most
`settings.cache_max_mb`; `sweep_if_due` runs it at most once per `settings.cache_sweep_seconds` (a stamp file).

Why: every version of the package (each checkout, each edit of a data file) stores its own values, and another
version's value was removed only when the same name was built again (`cache.prune_other_versions`); content-addressed files
(compiled programs, texts) were never removed. A folder shared by a few checkouts for a day held 1.5 GB in 4,600
files. A file's last use is the later of its modification time and its last read in the use log (`cache_uses.py`:
reads are logged once per process, not touched); a sweep drains the log into the files' modification times.

Cheap: `sweep_if_due` costs one stat of the stamp file and is called only where the cache writes (a miss), so a warm
process never pays it; the sweep itself (a walk of the folder, one stat per file) runs once a day. A file used within
`settings.cache_stale_seconds` is never removed (a running process of any checkout may be about to read it), so the
size bound is a target, not a guarantee. Everything is best effort: a file another process removed first, or one
that cannot be removed, is skipped.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from readout.cache_files import ENV, cache_dir
from readout.cache_uses import drain, is_log, last_uses
from readout.errors import CacheOff
from readout.settings import SETTINGS, Settings

STAMP = "last-sweep"  # its modification time is the last sweep's


def _files(folder: Path, uses: dict[str, float] | None = None) -> list[tuple[float, int, str]]:
    """Every file under `folder` but the stamp and the use log: (last use, size, path). The last use is the later
    of the file's modification time (its write, or the uses a sweep drained into it) and its logged use (`uses`:
    path under the folder -> time, `cache_uses.py`)."""
    uses = uses or {}
    found = []
    root = len(str(folder)) + 1
    pending = [str(folder)]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            pending.append(entry.path)
                        elif entry.is_file(follow_symlinks=False) and entry.name != STAMP \
                                and not is_log(entry.name):
                            st = entry.stat(follow_symlinks=False)
                            used = max(st.st_mtime, uses.get(entry.path[root:], 0.0))
                            found.append((used, st.st_size, entry.path))
                    except OSError:
                        continue
        except OSError:
            continue
    return found


def sweep(folder: Path, settings: Settings = SETTINGS, now: float | None = None, dry_run: bool = False) -> dict:
    """Remove the files of `folder` unused for `settings.cache_max_age_days`, then the least recently used ones until
    the rest holds at most `settings.cache_max_mb` (never one used within `settings.cache_stale_seconds`).
    The report: the folder, files and bytes removed, files and bytes kept (`dry_run`: what would be)."""
    now = time.time() if now is None else now
    uses = last_uses(folder) if dry_run else drain(folder)  # the reads logged since the last sweep
    files = sorted(_files(folder, uses))  # least recently used first
    max_age = settings.cache_max_age_days * 86400
    budget = settings.cache_max_mb * 1024 * 1024
    total = sum(size for _used, size, _path in files)
    removed = freed = 0
    for used, size, path in files:
        idle = now - used
        if idle <= settings.cache_stale_seconds:
            break  # sorted by last use: every later file is in use too
        if idle <= max_age and total <= budget:
            break
        try:
            if not dry_run:
                os.unlink(path)
        except FileNotFoundError:
            pass  # another process's sweep was first: the bytes are gone all the same
        except OSError:
            continue
        removed, freed, total = removed + 1, freed + size, total - size
    return {"folder": str(folder), "removed_files": removed, "removed_bytes": freed,
            "kept_files": len(files) - removed, "kept_bytes": total, "dry_run": dry_run}


def sweep_if_due(folder: Path | None, settings: Settings = SETTINGS) -> dict | None:
    """`sweep` when the last one (the stamp's modification time) is `settings.cache_sweep_seconds` old or more, or
    there is no stamp; None otherwise. The stamp is moved first, so a process starting meanwhile does not sweep too."""
    if folder is None:
        return None
    stamp = folder / STAMP
    try:
        if time.time() - os.stat(stamp).st_mtime < settings.cache_sweep_seconds:
            return None
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp.touch()  # an existing stamp gets the time now
    except OSError:
        return None
    return sweep(folder, settings)


def prune(settings: Settings = SETTINGS, dry_run: bool = False) -> dict:
    """`readout cache prune`: sweep the cache folder now (and move the stamp, unless `dry_run`), whatever the time of
    the last sweep. Raises `CacheOff` when the cache is turned off (`cache_files.cache_dir`)."""
    folder = cache_dir()
    if folder is None:
        raise CacheOff(f"the start-up cache is off (${ENV}): there is nothing to prune", detail={"env": ENV})
    if not dry_run:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / STAMP).touch()
        except OSError:
            pass
    return sweep(folder, settings, dry_run=dry_run)
