"""The hash of the readout package's files, the key every start-up cache value is stored under (`cache.py`).

- `package_hash()` and `code_hash()`: the hashes of the package's code and data files, and of its code alone.
- Each file's SHA-256 is kept under its stat (`file_digests`, `DIGESTS` = file-digests.pickle, shared by every checkout
  that uses the cache folder): a process reads and hashes only the files changed since one last did.
- The two totals are kept per checkout under the stats of its folders and files (`_kept_totals`, `TOTALS`): an
  unchanged checkout is neither walked nor hashed again.

Why a module of its own: the stat keys and the digest file are a cache of their own with their own rules (racy
stamps, other checkouts' entries), apart from the values keyed by their result.
"""
from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import time
from pathlib import Path

from readout.cache_files import cache_dir, write as _write
from readout.settings import SETTINGS, Settings

PACKAGE = Path(__file__).resolve().parent
KEYED_SUFFIXES = {".py", ".yaml", ".yml", ".json", ".txt", ".tsv", ".csv"}  # what builders may read


DIGESTS = "file-digests.pickle"  # each package file's SHA-256 under its stat, kept across processes
RACY_SECONDS = 2  # a file written this recently is hashed again next time: a later write may keep its stamp


def _stamp(st: os.stat_result) -> tuple[int, int, int, int]:
    """What changes whenever a file's bytes do: its size, modification and change times, and inode (a file
    replaced by a rename is another inode; a write in place moves the change time even under a restored mtime)."""
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def file_digests(files: list[str], root: str, stamps: dict[str, tuple] | None = None,
             settings: Settings = SETTINGS) -> dict[str, bytes]:
    """Each file's SHA-256, read from the digests an earlier process kept (`DIGESTS`) where the file's stat
    (`_stamp`) is still the one it hashed, else computed from its bytes; the kept digests are written back when any
    was computed. Why: reading and hashing the package's 5 MB cost about 17 ms of CPU in every process; a stat of
    each file costs a tenth of that. With the cache off, every file is hashed as before. `stamps` gets each file's
    stat (`_stamp`) as it was read; `settings.cache_digest_entries` bounds the file (`_entries_kept`)."""
    folder = cache_dir()
    kept: dict[str, tuple] = {}
    if folder is not None:
        try:
            with open(folder / DIGESTS, "rb") as f:
                kept = pickle.load(f)
            if not isinstance(kept, dict):
                kept = {}
        except Exception:  # absent, corrupt or foreign: hash every file
            kept = {}
    out: dict[str, bytes] = {}
    fresh: dict[str, tuple] = {}
    racy = time.time_ns() - RACY_SECONDS * 10**9
    for path in files:
        try:
            stamp = _stamp(os.stat(path))
            if stamps is not None:
                stamps[path] = stamp
            hit = kept.get(path)
            if hit is not None and hit[0] == stamp:
                out[path] = hit[1]
                continue
            with open(path, "rb") as f:
                data = f.read()
        except (IsADirectoryError, FileNotFoundError):
            continue
        out[path] = hashlib.sha256(data).digest()
        if stamp[1] < racy and stamp[2] < racy:
            fresh[path] = (stamp, out[path])
    if folder is not None and fresh:
        _write(folder / DIGESTS, _entries_kept(kept, out, fresh, root, settings.cache_digest_entries))
    return out


def _entries_kept(kept: dict[str, tuple], out: dict[str, bytes], fresh: dict[str, tuple], root: str,
                  limit: int) -> dict[str, tuple]:
    """What the digest file keeps when a process rewrites it: this checkout's files that still exist (`out`: the
    digests read back and the ones just computed), after the other checkouts' entries whose file still exists, at
    most `limit` entries, the oldest other entries dropped first (a process writes its own checkout's last).

    Why: the file is shared by every checkout using the cache folder, and a checkout deleted (a worktree, a CI clone
    in a temporary folder) left its entries there for good: read by every process that hashes a changed file (17,579
    entries, 11,502 of them for files gone, 2.1 MB, about 8 ms to read). One `os.path.exists` per other entry costs
    a few milliseconds, paid only when a file changed."""
    mine = {p: v for p, v in kept.items() if p.startswith(root) and p in out and p not in fresh}
    mine.update(fresh)
    others = {p: v for p, v in kept.items() if not p.startswith(root) and os.path.exists(p)}
    entries = {**others, **mine}
    if len(entries) > limit:
        entries = dict(list(entries.items())[len(entries) - limit:])
    return entries


TOTALS = "package-hashes-{}.pickle"  # one checkout's two totals under its folders' and files' stats


def _kept_totals(path: Path) -> tuple[str, str] | None:
    """The two totals a process kept for this checkout (`package_hashes`) while every folder it walked and every file it
    hashed still has the stat it had then: a folder's stat changes when a name is added to it, removed or renamed,
    so the same stats mean the same files, and the files' stats mean the same bytes (as in `file_digests`). Why: walking
    the package and reading every checkout's digests cost more than the stats alone (about 4 ms, and more where
    many checkouts share one cache folder)."""
    try:
        with open(path, "rb") as f:
            version, folders, files, totals = pickle.load(f)
        if version != sys.version:
            return None
        for name, stamp in folders:
            if _stamp(os.stat(name)) != stamp:
                return None
        for name, stamp in files:
            if _stamp(os.stat(name)) != stamp:
                return None
    except Exception:  # absent, corrupt, foreign, or a file gone: walk and hash
        return None
    return totals


@functools.lru_cache(maxsize=4)
def package_hashes(root: Path) -> tuple[str, str]:
    """Hashes of the package's code and data files, and of its code alone (names and bytes): about
    5 MB, each file read only when its stat changed since a process last hashed it (`file_digests`); the
    totals themselves are kept under the stats of every folder and file (`_kept_totals`), so an
    unchanged checkout is neither walked nor hashed again.

    Why each file's bytes go through SHA-256 once and only its digest into the two totals: SHA-256 has
    instructions of its own on current processors (3 ms for the package where BLAKE2 took 20 ms), and
    a code file is then hashed once, not once per total. `os.walk`, not `Path.rglob`: a tenth of the
    path objects' cost for 150 files."""
    cached = cache_dir()
    kept_at = None
    if cached is not None:
        kept_at = cached / TOTALS.format(hashlib.blake2b(str(root).encode(), digest_size=8).hexdigest())
        totals = _kept_totals(kept_at)
        if totals is not None:
            return totals
    every, code = hashlib.blake2b(digest_size=12), hashlib.blake2b(digest_size=12)
    for digest in (every, code):
        digest.update(sys.version.encode())
    files, folders = [], []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        try:
            folders.append((folder, _stamp(os.stat(folder))))
        except OSError:
            kept_at = None
        files += [os.path.join(folder, n) for n in names if os.path.splitext(n)[1] in KEYED_SUFFIXES]
    base = len(str(root)) + 1
    files.sort(key=lambda f: f[base:].split(os.sep))
    stamps: dict[str, tuple] = {}
    digests = file_digests(files, str(root) + os.sep, stamps)
    for path in files:
        if path not in digests:
            continue
        name = path[base:].replace(os.sep, "/").encode()
        part = name + b"\0" + digests[path]
        every.update(part)
        if path.endswith(".py"):
            code.update(part)
    totals = every.hexdigest(), code.hexdigest()
    racy = time.time_ns() - RACY_SECONDS * 10**9
    kept = folders + [(p, stamps[p]) for p in files if p in stamps]
    if kept_at is not None and len(stamps) == len(files) and all(st[1] < racy and st[2] < racy for _p, st in kept):
        _write(kept_at, (sys.version, folders, [(p, stamps[p]) for p in files], totals))
        _drop_gone_checkouts(kept_at)
    return totals


def _drop_gone_checkouts(mine: Path) -> None:
    """Remove the other checkouts' totals files (`TOTALS`) whose recorded package folder is gone: a deleted worktree or
    a CI clone in a temporary folder left one for good (21 files of about 54 KB here, 8 of them for folders gone).
    Paid only when a process writes its own (its checkout changed): one read of each other file. A file that cannot be
    read is left alone (another version of readout may have written it)."""
    try:
        others = [p for p in mine.parent.glob(TOTALS.format("*")) if p != mine]
    except OSError:
        return
    for path in others:
        try:
            with open(path, "rb") as f:
                _version, folders, _files, _totals = pickle.load(f)
            root = folders[0][0]
        except Exception:  # corrupt, foreign or being replaced: not this function's to judge
            continue
        if isinstance(root, str) and not os.path.isdir(root):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass


def package_hash(root: Path = PACKAGE) -> str:
    """Hash of the readout package's code and data files: what every builder may read."""
    return package_hashes(root)[0]


package_hash.cache_clear = package_hashes.cache_clear  # type: ignore[attr-defined]


def code_hash(root: Path = PACKAGE) -> str:
    """Hash of the readout package's code (schemas, validators, builders), not its data files."""
    return package_hashes(root)[1]
