"""The stored regular-expression programs are built when `re` first asks for them, and the exit stores the start-up's
patterns, not the last ones a long run compiled for its documents.

Formerly tests/test_speed16.py; classes first read as "Start-up caches of the twenty-second session (speed16)"
(docs/history.md)."""
from __future__ import annotations

import atexit
import re

import pytest

from readout import cache_digests, cache_files, cache_patterns


@pytest.fixture
def preloaded(tmp_path, monkeypatch):
    """A cache folder of its own, `re`'s cache restored afterwards, and the exit's store captured."""
    monkeypatch.setenv(cache_files.ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(re, "_cache", dict(re._cache))
    registered: list = []
    monkeypatch.setattr(atexit, "register", lambda fn, *args: registered.append((fn, args)))

    def exit_and_restart() -> None:
        fn, args = registered[-1]
        fn(*args)  # what the exit does
        monkeypatch.setattr(re, "_cache", {})  # a new process: `re`'s cache empty
        cache_patterns.preload_patterns()

    cache_patterns.preload_patterns()
    return exit_and_restart


def words(n: int, tag: str) -> list[str]:
    """`n` distinct patterns, each naming its word in a group."""
    return [rf"(?P<w>speed16-{tag}-{i}-[a-z]+)\b" for i in range(n)]


def test_a_stored_program_is_built_when_first_asked_for_and_matches_as_compiled(preloaded):
    started = words(cache_patterns.PRELOAD_MIN_NEW, "start")
    for p in started:
        re.compile(p)
    preloaded()
    key = (str, started[3], 0)
    assert key not in re._cache  # not built at preload
    compiled = re.compile(started[3])
    assert re._cache[key] is compiled and re.compile(started[3]) is compiled
    assert compiled.search("x speed16-start-3-abc y").group("w") == "speed16-start-3-abc"
    assert compiled.search("speed16-start-4-abc") is None  # the program of its own pattern, no other


def test_a_pattern_never_stored_is_compiled_as_usual(preloaded):
    re.purge()  # `re.purge` still empties the cache
    assert len(re._cache) == 0
    assert re.compile(r"speed16-unstored-(\d+)").match("speed16-unstored-7").group(1) == "7"
    with pytest.raises(KeyError):
        re._cache[(str, r"speed16-never-seen", 0)]


def test_the_exit_stores_the_start_up_s_patterns_not_the_documents_last_ones(preloaded):
    """A cache that kept 'the most recent patterns' would store the documents' own and lose the
    start-up's once the run compiled more than the limit: the mark at the end of warming decides."""
    started, later = words(cache_patterns.PRELOAD_MIN_NEW, "start"), words(cache_patterns.PRELOAD_MIN_NEW, "doc")
    for p in started:
        re.compile(p)
    cache_patterns.mark_started()
    for p in later:
        re.compile(p)
    preloaded()
    assert all(isinstance(re._cache[(str, p, 0)], re.Pattern) for p in started)
    for p in later:
        with pytest.raises(KeyError):
            re._cache[(str, p, 0)]


def test_a_warmed_pipeline_marks_its_start_up(preloaded):
    from readout.pipeline import default_pipeline

    default_pipeline().warm()
    assert re._cache.started and all(isinstance(k, tuple) and len(k) == 2 for k in re._cache.started)


@pytest.mark.parametrize("name", ["index", "curated_names", "curated_skeletons"])
def test_the_leaders_tables_read_from_the_start_up_cache_are_the_ones_built(tmp_path, monkeypatch, name):
    """The world table's indexes are kept by the start-up cache (a build per process otherwise): the value
    stored, then read back by a fresh call, equals a fresh build from the table."""
    from readout.kb import leaders

    monkeypatch.setenv(cache_files.ENV, str(tmp_path / "cache"))
    cached = getattr(leaders, name).__wrapped__  # under the process memo: the disk-cached builder
    built = cached.uncached()
    assert cached() == built and cached() == built  # stored, then read from the file
    assert any(f.name.startswith("leaders-") for f in (tmp_path / "cache").iterdir())
    assert built  # a table with rows: an empty value would pass the comparison above vacuously


def run_version(monkeypatch, version: str, patterns: list[str]) -> None:
    """One process of the package at `version` (its `package_hash`): preload, compile `patterns`, exit."""
    registered: list = []
    monkeypatch.setattr(cache_patterns, "package_hash", lambda root=cache_digests.PACKAGE: version)
    monkeypatch.setattr(atexit, "register", lambda fn, *args: registered.append((fn, args)))
    monkeypatch.setattr(re, "_cache", {})
    cache_patterns.preload_patterns()
    for p in patterns:
        re.compile(p)
    fn, args = registered[-1]
    fn(*args)


def test_two_versions_sharing_the_folder_keep_their_own_patterns(tmp_path, monkeypatch):
    """A checkout and an installed copy of other code share ~/.cache/readout: each exit stores its own
    version's file, so neither start-up finds its patterns replaced by the other's."""
    monkeypatch.setenv(cache_files.ENV, str(tmp_path / "cache"))
    mine, theirs = words(cache_patterns.PRELOAD_MIN_NEW, "mine"), words(cache_patterns.PRELOAD_MIN_NEW, "theirs")
    run_version(monkeypatch, "version-a", mine)
    run_version(monkeypatch, "version-b", theirs)  # the other version's exit
    assert len(list((tmp_path / "cache" / "re").glob("preload-*.pickle"))) == 2
    monkeypatch.setattr(re, "_cache", {})
    cache_patterns.preload_patterns()  # version b again: its own patterns, not a's
    assert isinstance(re._cache[(str, theirs[0], 0)], re.Pattern)
    with pytest.raises(KeyError):
        re._cache[(str, mine[0], 0)]
    monkeypatch.setattr(cache_patterns, "package_hash", lambda root=cache_digests.PACKAGE: "version-a")
    monkeypatch.setattr(re, "_cache", {})
    cache_patterns.preload_patterns()
    assert all(isinstance(re._cache[(str, p, 0)], re.Pattern) for p in mine)


def test_an_unused_version_s_file_is_removed_and_a_used_one_kept(tmp_path, monkeypatch):
    """Another version's preload file is removed at an exit once unused for `cache_stale_seconds`; reading a
    file counts as use."""
    import os
    import time

    from readout.settings import SETTINGS

    monkeypatch.setenv(cache_files.ENV, str(tmp_path / "cache"))
    run_version(monkeypatch, "old", words(cache_patterns.PRELOAD_MIN_NEW, "old"))
    run_version(monkeypatch, "used", words(cache_patterns.PRELOAD_MIN_NEW, "used"))
    folder = tmp_path / "cache" / "re"
    files = {f.name: f for f in folder.glob("preload-*.pickle")}
    assert len(files) == 2
    past = time.time() - SETTINGS.cache_stale_seconds - 60
    for f in files.values():
        os.utime(f, (past, past))
    monkeypatch.setattr(re, "_cache", {})
    cache_patterns.preload_patterns()  # version "used" reads its file: in use again
    run_version(monkeypatch, "new", words(cache_patterns.PRELOAD_MIN_NEW, "new"))  # a third version's exit prunes
    left = {f.name for f in folder.glob("preload-*.pickle")}
    monkeypatch.setattr(cache_patterns, "package_hash", lambda root=cache_digests.PACKAGE: "used")
    assert cache_patterns.preload_path(tmp_path / "cache").name in left
    monkeypatch.setattr(cache_patterns, "package_hash", lambda root=cache_digests.PACKAGE: "old")
    assert cache_patterns.preload_path(tmp_path / "cache").name not in left
    assert len(left) == 2


def test_a_process_that_marked_no_start_up_leaves_the_stored_file(preloaded):
    """A test run or a library caller compiles patterns of its own and marks no start-up: the file a start-up
    wrote stays as it was, whatever the exit finds in `re`'s cache_patterns."""
    started, others = words(cache_patterns.PRELOAD_MIN_NEW, "start"), words(2 * cache_patterns.PRELOAD_MIN_NEW, "test")
    for p in started:
        re.compile(p)
    cache_patterns.mark_started()
    preloaded()  # the start-up's file written
    for p in others:
        re.compile(p)
    preloaded()  # a process with no start-up marked exits
    assert all(isinstance(re._cache[(str, p, 0)], re.Pattern) for p in started)
    with pytest.raises(KeyError):
        re._cache[(str, others[0], 0)]


def test_a_start_up_longer_than_re_s_cache_keeps_its_earliest_patterns(preloaded):
    """`re` keeps 512 patterns and drops the oldest: a start-up (a first run's, which also compiles what its builders
    need) that used more still stores its first ones, the module-level patterns every later start-up compiles."""
    first, rest = words(cache_patterns.PRELOAD_MIN_NEW, "first"), words(re._MAXCACHE + 50, "rest")
    for p in first + rest:
        re.compile(p)
    assert (str, first[0], 0) not in re._cache  # dropped by `re` itself
    cache_patterns.mark_started()
    preloaded()
    assert all(isinstance(re._cache[(str, p, 0)], re.Pattern) for p in first)


def test_a_second_start_up_keeps_the_first_one_s_patterns(preloaded):
    """A run of documents in one language and then one in the other: the second exit stores its own start-up's
    patterns and keeps the first's, so neither replaces the other's at every exit."""
    english, korean = words(cache_patterns.PRELOAD_MIN_NEW, "en"), words(cache_patterns.PRELOAD_MIN_NEW, "ko")
    for p in english:
        re.compile(p)
    cache_patterns.mark_started()
    preloaded()
    for p in korean:
        re.compile(p)
    cache_patterns.mark_started()
    preloaded()
    assert all(isinstance(re._cache[(str, p, 0)], re.Pattern) for p in english + korean)


def test_the_patterns_after_the_start_up_are_not_recorded(preloaded):
    started, later = words(cache_patterns.PRELOAD_MIN_NEW, "start"), words(cache_patterns.PRELOAD_MIN_NEW, "later")
    for p in started:
        re.compile(p)
    cache_patterns.mark_started()
    for p in later:
        re.compile(p)
    assert (later[0], 0) not in re._cache.seen and (started[0], 0) in re._cache.seen


def test_a_one_process_run_marks_its_start_up_after_its_first_document(preloaded):
    """`readout run` in one process warms no pipeline: its start-up ends with the first document extracted, not
    with a document that could not be read."""
    from readout.ingest.sources import RawDocument
    from readout.parallel import local
    from readout.pipeline import default_pipeline

    pipeline = default_pipeline()
    results = local(iter([(RawDocument("empty", text=""), None),
                          (RawDocument("one", text="The president of Ruritania visited Oslo on Monday."), None)]),
                    pipeline)
    next(results)  # the empty document: rejected, not extracted
    assert re._cache.started is None
    next(results)
    assert re._cache.started and all(isinstance(k, tuple) and len(k) == 2 for k in re._cache.started)
