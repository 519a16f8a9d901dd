"""When the start-up cache's files were last used: a log appended once per process, read by the sweep.

What: `note(path)` (every `cache_files.read`) records the file and the time in this process only; `flush()` appends
what was noted to `uses.log` in the cache folder, one line per file ('<unix seconds> <path under the folder>'), in
one write. A process flushes at the end of its start-up (`cache_patterns.mark_started`), before it sweeps, at exit, and when
what it noted waits for `FLUSH_SECONDS`. `last_uses(folder)` reads the log (what `cache.prune_other_versions` and a dry run
ask); `drain(folder)` takes the log away (a rename, so appends go on into a new one), moves each logged file's modification
time to its last logged use and removes what it read: the daily sweep (`cache_sweep.py`) sees last use as the later
of the two, and the log holds at most a day of uses, and never much more than `settings.cache_use_log_kb` (a flush that
passes it drains the log itself: a folder where no process writes is never swept).
The state behind it (what waits for the log, whether reads touch their file, how far each log was read) is one
`CacheUses` record a process keeps (`USES`); the functions are its methods, and a test puts its own record in place.

Why: a read used to move its file's modification time (`os.utime`): a system call, and a write, for every cached
value read, on the read path of every process (about a hundred files in a run). The log costs one write per process.
A forked process has no exit hook of its own (it ends by `os._exit`): what it reads after the fork is touched as
before, unless it is a worker of `--workers` (`parallel.init_worker` calls `worker_started`): multiprocessing runs its
finalizers before `os._exit` when the worker ends normally (the pool closed, not terminated), so a worker notes its
reads as any process does and appends them to the log once, at its exit (speed47). A worker of `--engine dask`'s local
cluster is such a process too (forked by its nanny through multiprocessing): the run's worker plugin calls
`worker_started` in its setup (`cluster.WarmPipeline`, speed48).
Best effort, like the whole cache: an unwritable folder logs nothing; a line appended into the log after the sweep
read it and before it was removed is lost (a window of a few microseconds, once a day), and the file then looks
older than it is, by at most a day of uses.
"""
from __future__ import annotations

import atexit
import os
import time
from pathlib import Path

from readout.settings import SETTINGS, Settings

LOG = "uses.log"  # the log's name in the cache folder; the sweep never counts it (or a drained copy) as a value
FLUSH_SECONDS = 60  # a long process's uses reach the log at its next read after this long


def _touch(path: str | Path) -> None:
    """Move a file's modification time to now (best effort: a file removed meanwhile is no error)."""
    try:
        os.utime(path)
    except OSError:
        pass


class CacheUses:
    """One process's record of its cache reads: what waits for the log, whether reads touch their file instead, and
    how far each log was read. The process keeps one (`USES`, which the module's functions use); a test makes its own
    and puts it in place, so no test reads or patches the process's record (debt59b)."""

    def __init__(self) -> None:
        self.pending: dict[str, int] = {}  # absolute path -> last read (unix seconds), not yet in the log
        self.first = 0.0  # when the oldest pending use was noted
        self.forked = False  # in a forked child: no exit hook runs, so reads touch their file
        self.finalized_in = 0  # the process whose exit flushes by multiprocessing's finalizer (`worker_started`)
        self.read_so_far: dict[str, tuple] = {}  # log path -> (inode, bytes parsed, uses): `last_uses` reads only what was added

    def note(self, path: Path) -> None:
        """`path` (a cache file) was read now."""
        now = time.time()
        if self.forked:
            _touch(path)
            return
        if not self.pending:
            self.first = now
        self.pending[os.fspath(path)] = int(now)
        if now - self.first >= FLUSH_SECONDS:
            self.flush()

    def flush(self, folder: Path | None = None, settings: Settings = SETTINGS) -> None:
        """Append the uses noted since the last flush to the log of `folder` (default: the cache folder).
        A file outside the folder (a caller's own path) gets its modification time moved instead; a log past
        `settings.cache_use_log_kb` is drained."""
        if not self.pending:
            return
        if folder is None:
            from readout.cache_files import cache_dir  # cycle: cache_files imports this module

            folder = cache_dir()
        uses = dict(self.pending)
        self.pending.clear()
        root = os.fspath(folder) + os.sep if folder is not None else None
        lines = []
        for path, used in uses.items():
            if root is not None and path.startswith(root):
                lines.append(f"{used} {path[len(root):]}\n")
            else:
                _touch(path)
        if lines and _append(os.path.join(root, LOG), "".join(lines)) > settings.cache_use_log_kb * 1024:
            self.drain(folder)  # a folder that no process sweeps (one that only reads) keeps a bounded log

    def last_uses(self, folder: Path) -> dict[str, float]:
        """The last logged use of each file of `folder` (its path under the folder -> unix seconds), the pending
        uses flushed first. The log is read from where this record last stopped (it only grows until a sweep drains
        it): a cold start asks at every value it builds (`cache.prune_other_versions`)."""
        self.flush(folder)
        path = os.path.join(folder, LOG)
        try:
            with open(path, "rb") as f:
                st = os.fstat(f.fileno())
                inode, offset, found = self.read_so_far.get(path, (None, 0, {}))
                if inode != st.st_ino or st.st_size < offset:
                    offset, found = 0, {}
                f.seek(offset)
                data = f.read()
                end = data.rfind(b"\n") + 1  # a line being appended is read next time
                _parse(data[:end], found)
                self.read_so_far[path] = (st.st_ino, offset + end, found)
                return dict(found)
        except OSError:
            return {}

    def drain(self, folder: Path) -> dict[str, float]:
        """Take the log of `folder` away: each logged file's modification time moves to its last logged use (when
        later), the log is removed, and the uses are returned (as `last_uses`)."""
        self.flush(folder)
        return _drain_log(folder)

    def worker_started(self) -> None:
        """In a worker process multiprocessing forked and ends (`parallel.init_worker`, and a Dask worker in
        `cluster.WarmPipeline.setup`): note reads instead of touching each file, and flush them once when the worker
        ends, by multiprocessing's finalizer (run by the worker's own exit before `os._exit`; a terminated worker logs
        nothing, as the cache is best effort). Once per process: a Dask worker sets up each run's plugin, and one
        finalizer flushes them all (speed48)."""
        from multiprocessing.util import Finalize  # here: multiprocessing is no cold start's cost, only a worker's

        self.forked = False
        if self.finalized_in != os.getpid():
            self.finalized_in = os.getpid()
            Finalize(None, self.flush, exitpriority=0)

    def after_fork(self) -> None:
        """In a forked child: the parent logs what was pending, and the child's reads touch their file."""
        self.pending.clear()
        self.forked = True


def _append(path: str, text: str) -> int:
    """Append `text` to the log at `path` in one write; the log's size after it (0 when it could not be written)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError:
        return 0
    size = 0
    try:
        os.write(fd, text.encode("utf-8"))
        size = os.fstat(fd).st_size
    except OSError:
        pass
    finally:
        os.close(fd)
    return size


def _parse(data: bytes, into: dict[str, float]) -> None:
    """The latest use of each file in a log's bytes, into `into` (relative path -> unix seconds)."""
    for line in data.decode("utf-8", "replace").splitlines():
        used, sep, rel = line.partition(" ")
        if not sep or not used.isdigit():
            continue  # a torn or foreign line
        t = float(used)
        if t > into.get(rel, 0.0):
            into[rel] = t


def _drain_log(folder: Path) -> dict[str, float]:
    """Rename the log of `folder` away, move each logged file's modification time to its last use, remove it."""
    taken = os.path.join(folder, f"{LOG}.{os.getpid()}.drain")
    try:
        os.replace(os.path.join(folder, LOG), taken)
    except OSError:
        return {}
    found: dict[str, float] = {}
    try:
        with open(taken, "rb") as f:
            _parse(f.read(), found)
    except OSError:
        pass
    for rel, used in found.items():
        path = os.path.join(folder, rel)
        try:
            if os.stat(path).st_mtime < used:
                os.utime(path, (used, used))
        except OSError:
            continue  # removed meanwhile
    try:
        os.unlink(taken)
    except OSError:
        pass
    return found


USES = CacheUses()  # this process's record; the functions below are its methods, for callers that hold no record


def note(path: Path) -> None:
    """`path` (a cache file) was read now (`CacheUses.note` of this process's record)."""
    USES.note(path)


def flush(folder: Path | None = None, settings: Settings = SETTINGS) -> None:
    """This process's noted uses into the log (`CacheUses.flush`); also its exit hook."""
    USES.flush(folder, settings)


def last_uses(folder: Path) -> dict[str, float]:
    """The last logged use of each file of `folder` (`CacheUses.last_uses` of this process's record)."""
    return USES.last_uses(folder)


def drain(folder: Path) -> dict[str, float]:
    """Take the log of `folder` away (`CacheUses.drain` of this process's record)."""
    return USES.drain(folder)


def is_log(name: str) -> bool:
    """Whether a file name is the log or a drained copy of it (never a cached value)."""
    return name.startswith(LOG)


def worker_started() -> None:
    """This process is a worker that multiprocessing forked and ends (`CacheUses.worker_started`)."""
    USES.worker_started()


def _after_fork() -> None:
    USES.after_fork()


os.register_at_fork(after_in_child=_after_fork)
atexit.register(flush)
