"""The compiled programs of long regular expressions, and of the patterns an earlier process's start-up compiled.

Why a module of its own: `cache.py` keeps values built from the data files (pickled under the package's hash);
this keeps what `re` builds (parsed and generated in pure Python, content-addressed by the pattern), and puts the
programs of the previous start-up behind `re`'s own cache. Both share the cache folder (`cache_files.py`) and the
pruning of other versions' files (`cache.prune_other_versions`); moved out of `cache.py` whole (debt56), which had grown past
four hundred lines with two responsibilities.

- `compile_pattern(pattern, flags)` compiles a long regular expression from the compiled program
  `re` produced the first time, stored under the hash of the pattern itself (content-addressed, so
  it never goes stale); only parsing and code generation, which are pure Python, are skipped.
  `compile_patterns(patterns)` does the same for a list (a lexicon's patterns) in one file.
- `preload_patterns()` (run when this module loads) puts the programs of the patterns an earlier
  process's start-up compiled behind `re`'s own cache (built when first asked for), so the language
  files' module-level `re.compile` calls find them compiled; a process that compiled many patterns the
  file lacked stores its start-up's (`mark_started`) at exit.

Best effort like `cache.py`: an interpreter whose regex engine differs means the pattern is compiled as before.
"""
from __future__ import annotations

import _sre
import atexit
import contextlib
import hashlib
import re
import sys
from array import array
from pathlib import Path

from readout import budget
from readout.cache import prune_other_versions
from readout.cache_digests import package_hash
from readout.cache_files import cache_dir, read as _read, write as _write
from readout.cache_uses import flush as _flush_uses
from readout.settings import SETTINGS, Settings


def compile_pattern(pattern: str, flags: int = 0, settings: Settings = SETTINGS) -> re.Pattern:
    """`re.compile`, reusing the compiled program of a long pattern (`settings.cache_long_pattern_chars`
    or more) from the cache.

    `re` parses and generates code in pure Python (seconds for a trie of 5,000 names); the engine
    itself takes the generated program. The program is kept under the hash of the pattern, and handed
    straight to the engine next time."""
    directory = cache_dir()
    if directory is None or len(pattern) < settings.cache_long_pattern_chars or budget.at_work():
        return re.compile(pattern, flags)  # at work: a document's own pattern, kept nowhere (`cached_content`)
    with budget.loading():  # a long pattern is a model: built once per process, not a document's work
        return _long_pattern(pattern, flags, directory)


def _long_pattern(pattern: str, flags: int, directory: Path) -> re.Pattern:

    key = hashlib.blake2b(f"{sys.version}|{_sre.MAGIC}|{int(flags)}|{pattern}".encode(), digest_size=16).hexdigest()
    path = directory / "re" / f"{key}.pickle"
    try:
        return _from_program(pattern, _read(path))
    except Exception:  # absent, or not a program this engine takes: compile it the ordinary way
        pass
    return _compile_and_keep(pattern, flags, path)


def _compile_and_keep(pattern: str, flags: int, path: Path) -> re.Pattern:
    """Compile as `re._compiler.compile` does, keeping the program; `re.compile` when the interpreter's
    internals differ from what this expects."""
    program = regex_program(pattern, flags)
    if program is None:
        return re.compile(pattern, flags)
    _write(path, program)
    return _from_program(pattern, program)


def regex_program(pattern: str, flags: int) -> tuple | None:
    """The program `re` generates for `pattern` (flags, code, groups, group names), or None when the
    interpreter's internals differ from what this expects."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        program = (flags | parsed.state.flags, array("I", code).tobytes(), parsed.state.groups - 1, groupindex,
                   tuple(indexgroup))
        _from_program(pattern, program)  # the engine takes it
        return program
    except Exception:
        return None


def _from_program(pattern: str, program: tuple) -> re.Pattern:

    final_flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, final_flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def compile_patterns(patterns: list[str]) -> list[re.Pattern]:
    """`re.compile` of each pattern (no flags), the programs of all of them kept in one file under the
    hash of the list: a lexicon's hundred short patterns cost one read, where one file each would cost
    more than compiling. Content-addressed, so never stale. A model load (`budget.loading`)."""
    with budget.loading():
        return _bundle(patterns)


def _bundle(patterns: list[str]) -> list[re.Pattern]:
    directory = cache_dir()
    if directory is None:
        return [re.compile(p) for p in patterns]

    key = hashlib.blake2b("\x00".join([sys.version, str(_sre.MAGIC), *patterns]).encode(), digest_size=16).hexdigest()
    path = directory / "re" / f"bundle-{key}.pickle"
    try:
        programs = _read(path)
        return [re.compile(p) if program is None else _from_program(p, program)
                for p, program in zip(patterns, programs, strict=True)]
    except Exception:  # absent, or not programs this engine takes: compile them the ordinary way
        pass
    programs = [regex_program(p, 0) for p in patterns]
    _write(path, programs)
    return [re.compile(p) if program is None else _from_program(p, program) for p, program in zip(patterns, programs)]


# --- the regular expressions of the previous process ---------------------------------------------
PRELOAD_LIMIT = 1000  # patterns kept (a start-up compiles about 500; the file is read once per process)
PRELOAD_MIN_NEW = 20  # a process that compiled this many patterns the file lacks rewrites it


class _Preloaded(dict):
    """`re`'s own cache with the programs of an earlier process behind it: a pattern missing from the
    cache is built from its stored program when `re` asks for it (`__missing__`), not at import.

    Why lazily: seeding every stored program up front cost about 30 ms of each start-up for patterns a
    process may never compile, and `re`'s cache (512 entries, oldest dropped first) could not hold a
    start-up's 500 patterns plus the ones it compiles itself. `re._compile` reads the cache with
    `_cache[key]` inside `try/except KeyError`, so a dict subclass answering a miss changes nothing
    else; `re.purge()` empties it as before. `started` is the start-up's patterns in the order first
    used (`mark_started`): what the exit stores, whatever the documents compiled after it. `seen` is every str
    pattern `re` compiled or took from `programs` until then, in that order: `re` keeps 512 and drops the oldest, so
    a start-up that used more (a first run, which also compiles what its builders need) lost its earliest ones, the
    module-level patterns every later start-up compiles again."""

    SEEN_LIMIT = 4 * PRELOAD_LIMIT  # a process that never marks its start-up stops recording here

    def __init__(self, entries: dict, programs: dict[tuple[str, int], tuple]):
        super().__init__(entries)
        self.programs = programs
        self.started: list[tuple[str, int]] | None = None
        self.seen: dict[tuple[str, int], None] = {}
        for key in entries:
            self._record(key)

    def _record(self, key: tuple) -> None:
        if self.started is None and len(self.seen) < self.SEEN_LIMIT and len(key) == 3:
            kind, pattern, flags = key
            if kind is str and isinstance(flags, int):
                self.seen[(pattern, flags)] = None

    def __setitem__(self, key: tuple, value: re.Pattern) -> None:
        super().__setitem__(key, value)
        self._record(key)

    def __missing__(self, key: tuple) -> re.Pattern:
        kind, pattern, flags = key
        program = self.programs.get((pattern, flags)) if kind is str else None
        if program is None:
            raise KeyError(key)
        compiled = _from_program(pattern, program)
        if len(self) >= getattr(re, "_MAXCACHE", 512):
            with contextlib.suppress(StopIteration, RuntimeError, KeyError):
                del self[next(iter(self))]  # as `re` drops its oldest entry
        self[key] = compiled
        return compiled


def preload_patterns() -> None:
    """Put the compiled programs of the patterns an earlier process of this package compiled behind
    `re`'s own cache (`_Preloaded`), so that `re.compile` in any module (language files build about two
    hundred patterns when they load) finds them compiled; at exit, store them when the file is absent
    or this process compiled many it lacks.

    Why `re`'s cache: the patterns are compiled by module-level code in many files; answering from the
    cache that `re.compile` consults first changes none of them. The key is `re`'s own (pattern type,
    pattern, flags), and a pattern is content: an entry is right for any process whose interpreter takes
    the program (checked as in `compile_pattern`). Best effort like everything here."""
    directory = cache_dir()
    cache = getattr(re, "_cache", None)
    if directory is None or not isinstance(cache, dict) or not hasattr(re, "_MAXCACHE"):
        return
    try:
        path = preload_path(directory)
    except Exception:  # the package's files unreadable: no preload, patterns compile as usual
        return
    programs: dict[tuple[str, int], tuple] = {}
    try:
        programs = _read(path)
        if not isinstance(programs, dict):
            raise TypeError("not a preload file")  # read, so marked in use: another version's exit keeps it
    except Exception:  # absent or foreign: this process records its own
        programs = {}
    re._cache = _Preloaded(cache, programs)  # type: ignore[attr-defined]

    atexit.register(_store_patterns, path, programs)


def preload_path(directory: Path) -> Path:
    """The preload file of this version of the package (its code and data files, `package_hash`) under this
    interpreter and regex engine.

    Why one file per version: the patterns a start-up compiles come from the code and the data files. With one
    file for every version, two checkouts (or an installed copy and a working tree) sharing the cache folder
    replaced each other's file at every exit, since each start-up compiled many patterns the other's lacked:
    every process then compiled a few hundred patterns again (0.1-0.2 s of start-up). The hash is the one the
    start-up cache computes anyway; the files of other versions are removed once unused for
    `settings.cache_stale_seconds` (`_store_patterns`)."""

    key = hashlib.blake2b(f"{sys.version}|{_sre.MAGIC}|{package_hash()}".encode(), digest_size=8).hexdigest()
    return directory / "re" / f"preload-{key}.pickle"


def mark_started() -> None:
    """The start-up is over (the pipeline warmed): the patterns `re` holds now are the ones the next
    process's start-up compiles, and what the exit stores (a long run's last patterns are its
    documents' own, which the next start-up does not need). The cached files read so far are logged as used
    (`cache_uses.flush`), so a long run's start-up files count as used while it runs."""
    cache = getattr(re, "_cache", None)
    if isinstance(cache, _Preloaded) and cache.started is None:
        cache.started = list(cache.seen)
    _flush_uses()  # the files the start-up read are in use from now on: the sweep of any process sees it


def _store_patterns(path: Path, programs: dict[tuple[str, int], tuple], settings: Settings = SETTINGS) -> None:
    """At exit: the str patterns of the start-up (`mark_started`; else every one in `re`'s cache), the
    most recent `PRELOAD_LIMIT`, with the programs already stored reused, when the file lacked at least
    `PRELOAD_MIN_NEW` of them (or was absent); the stored ones it did not use are kept after them, up to
    `PRELOAD_LIMIT` (a run of English documents and one of Korean documents otherwise replaced each other's
    file at every exit). A process that marked no start-up (a test run, a library
    caller) writes the file only when there is none: what `re` holds at its
    exit is its own last patterns (`re` keeps 512), and a test run's replaced the file a start-up wrote, so
    that the next start-up compiled a few hundred patterns again."""
    try:
        cache = re._cache
        started = getattr(cache, "started", None)
        if started is None and programs:
            return
        compiled = started if started is not None else [
            (p, f) for t, p, f in list(cache) if t is str and isinstance(f, int)]
        compiled = compiled[-PRELOAD_LIMIT:]
        new = [k for k in compiled if k not in programs]
        if programs and len(new) < PRELOAD_MIN_NEW:
            return
        kept: dict[tuple[str, int], tuple] = {}
        for k in compiled:
            program = programs.get(k) or regex_program(*k)
            if program is not None:
                kept[k] = program
        for k, program in programs.items():  # the stored start-ups' too (the other language's documents)
            if len(kept) >= PRELOAD_LIMIT:
                break
            kept.setdefault(k, program)
        prune_other_versions(path.parent, "preload", path, settings.cache_stale_seconds, "-")
        _write(path, kept)
    except Exception:
        pass


preload_patterns()
