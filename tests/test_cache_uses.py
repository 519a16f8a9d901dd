"""The start-up cache's use log (`cache_uses.py`): a read writes nothing to its file, the uses reach the folder's log
once per flush, and the sweep (`cache_sweep.py`) and `cache.prune_other_versions` read the last use as the later of the file's
modification time and its logged use, as they did when a read moved the modification time."""
from __future__ import annotations

import os
import time

import pytest

from readout import cache, cache_files, cache_sweep, cache_uses
from readout.settings import Settings

DAY = 86400
NOW = time.time()


@pytest.fixture
def uses(monkeypatch):
    """The test's own record of cache reads, in place of the process's (`cache_uses.USES`)."""
    own = cache_uses.CacheUses()
    monkeypatch.setattr(cache_uses, "USES", own)
    return own


@pytest.fixture
def folder(tmp_path, monkeypatch, uses):
    monkeypatch.setenv(cache_files.ENV, str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    return tmp_path / "cache"


def put(folder, name: str, value, idle_days: float) -> None:
    cache_files.write(folder / name, value)
    used = NOW - idle_days * DAY
    os.utime(folder / name, (used, used))


def mtime(folder, name: str) -> float:
    return (folder / name).stat().st_mtime


def names(folder) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and p.name != cache_sweep.STAMP}


def limits(age_days: int = 14, mb: int = 512, stale: int = 3600) -> Settings:
    return Settings(cache_max_age_days=age_days, cache_max_mb=mb, cache_stale_seconds=stale)


def test_a_read_writes_nothing_until_the_flush_logs_each_file_once(folder):
    put(folder, "quito@1.pickle", [1], 3)
    put(folder, "text/ab.pickle", "lima", 3)
    before = mtime(folder, "quito@1.pickle")
    for _ in range(3):
        assert cache_files.read(folder / "quito@1.pickle") == [1]
    assert cache_files.read(folder / "text/ab.pickle") == "lima"
    assert mtime(folder, "quito@1.pickle") == before and not (folder / cache_uses.LOG).exists()
    cache_uses.flush()
    lines = (folder / cache_uses.LOG).read_text().splitlines()
    assert sorted(line.split(" ", 1)[1] for line in lines) == ["quito@1.pickle", "text/ab.pickle"]
    assert all(abs(int(line.split(" ")[0]) - time.time()) < 60 for line in lines)
    assert mtime(folder, "quito@1.pickle") == before  # the log, not the file, says it was used


@pytest.mark.parametrize("read, kept", [(True, True), (False, False)])
def test_a_logged_read_keeps_an_old_file_through_the_sweep(folder, read, kept):
    put(folder, "oslo@1.pickle", {"a": 1}, 20)
    if read:
        cache_files.read(folder / "oslo@1.pickle")
    report = cache_sweep.sweep(folder, limits(age_days=14))
    assert ("oslo@1.pickle" in names(folder)) == kept
    assert report["removed_files"] == (0 if kept else 1)


def test_the_sweep_drains_the_log_into_the_modification_times(folder):
    put(folder, "rome@1.pickle", 1, 20)
    put(folder, "bern@2.pickle", 2, 20)
    cache_files.read(folder / "rome@1.pickle")
    cache_uses.flush()
    report = cache_sweep.sweep(folder, limits(age_days=14))
    assert names(folder) == {"rome@1.pickle"}  # the log is gone, and never counted as a value
    assert report["kept_files"] == 1
    assert time.time() - mtime(folder, "rome@1.pickle") < 60
    assert cache_sweep.sweep(folder, limits(age_days=14))["removed_files"] == 0  # the use outlives its log


def test_a_dry_run_reads_the_log_and_leaves_it(folder):
    put(folder, "kyiv@1.pickle", 1, 20)
    put(folder, "riga@2.pickle", 2, 20)
    cache_files.read(folder / "kyiv@1.pickle")
    report = cache_sweep.sweep(folder, limits(age_days=14), dry_run=True)
    assert (report["removed_files"], report["kept_files"]) == (1, 1)
    assert (folder / cache_uses.LOG).exists() and time.time() - mtime(folder, "kyiv@1.pickle") > 19 * DAY


def test_the_log_is_read_on_from_where_it_was_left(folder):
    put(folder, "doha@1.pickle", 1, 2)
    put(folder, "baku@2.pickle", 2, 2)
    cache_files.read(folder / "doha@1.pickle")
    assert set(cache_uses.last_uses(folder)) == {"doha@1.pickle"}
    cache_files.read(folder / "baku@2.pickle")
    assert set(cache_uses.last_uses(folder)) == {"doha@1.pickle", "baku@2.pickle"}
    cache_uses.drain(folder)
    assert cache_uses.last_uses(folder) == {}  # a drained log is a new file: read from its start


@pytest.mark.parametrize("read, kept", [(True, True), (False, False)])
def test_another_versions_value_read_within_the_hour_stays(folder, read, kept):
    put(folder, "city_index@old.pickle", [3], 1)
    if read:
        cache_files.read(folder / "city_index@old.pickle")
    cache.prune_other_versions(folder, "city_index", folder / "city_index@new.pickle", 3600)
    assert (folder / "city_index@old.pickle").exists() == kept


def test_a_forked_worker_touches_what_it_reads(folder, uses):
    """A forked process ends by os._exit (no exit hook): its reads move the file's time as before (a pool worker of
    `--workers` logs them at its exit instead: the test below)."""
    put(folder, "minsk@1.pickle", 1, 5)
    uses.forked = True
    cache_files.read(folder / "minsk@1.pickle")
    assert time.time() - mtime(folder, "minsk@1.pickle") < 60 and uses.pending == {}


def test_a_file_outside_the_folder_is_touched_at_the_flush(folder, tmp_path):
    elsewhere = tmp_path / "own" / "value.pickle"
    cache_files.write(elsewhere, 5)
    os.utime(elsewhere, (NOW - 5 * DAY, NOW - 5 * DAY))
    cache_files.read(elsewhere)
    cache_uses.flush()
    assert time.time() - elsewhere.stat().st_mtime < 60 and not (folder / cache_uses.LOG).exists()


def test_a_long_process_flushes_after_a_while(folder, uses):
    put(folder, "lome@1.pickle", 1, 2)
    put(folder, "apia@2.pickle", 2, 2)
    cache_files.read(folder / "lome@1.pickle")
    uses.first = time.time() - cache_uses.FLUSH_SECONDS - 1
    cache_files.read(folder / "apia@2.pickle")
    assert (folder / cache_uses.LOG).exists() and uses.pending == {}


def test_a_log_past_its_bound_is_drained_by_the_flush(folder):
    """A folder no process sweeps (every run warm: nothing written) keeps a bounded log."""
    put(folder, "suva@1.pickle", 1, 20)
    cache_files.read(folder / "suva@1.pickle")
    cache_uses.flush(settings=Settings(cache_use_log_kb=0))
    assert not (folder / cache_uses.LOG).exists() and time.time() - mtime(folder, "suva@1.pickle") < 60


def test_a_log_within_its_bound_stays(folder):
    put(folder, "male@1.pickle", 1, 20)
    cache_files.read(folder / "male@1.pickle")
    cache_uses.flush()
    assert (folder / cache_uses.LOG).exists() and time.time() - mtime(folder, "male@1.pickle") > 19 * DAY


class Reading:
    """A pipeline that finds nothing and reads one cached value per document (the one its text names)."""

    def __init__(self, folder):
        self.settings = Settings()
        self.folder = folder

    def warm(self, codes=None):
        return self

    def __call__(self, article):
        cache_files.read(self.folder / article.text.split()[-1])
        return article


def test_forked_workers_log_their_reads_once_at_their_exit(folder, monkeypatch):
    """(speed47) The workers of `--workers` note what they read and append it to the folder's log when the pool closes
    them (multiprocessing's finalizer, before their os._exit): one log, every line '<seconds> <path>', every file read
    in it, and no file touched. The parent builds no tables before the fork (budget51): which ones it would build
    depends on the modules earlier tests imported into this interpreter, and on this empty folder it would build,
    store and log them (data files read back), lines of the parent's that this test does not count."""
    from readout import parallel
    from readout.ingest.sources import RawDocument
    from readout.parallel import processes

    monkeypatch.setattr(parallel, "build_tables", lambda codes=None: 0)  # `Reading` reads no table

    files = [f"value{n}.pickle" for n in range(3)]
    for name in files:
        put(folder, name, name, 4)
    before = {name: mtime(folder, name) for name in files}
    text = "The mayor of a small invented town opened a new bridge over the river on a quiet morning. File {}"
    jobs = [(RawDocument(f"doc{n}", text=text.format(files[n % 2]), path="in/feed.jsonl", line=n + 1), None)
            for n in range(12)]
    assert len(list(processes(jobs, Reading(folder), 2))) == 12
    assert sorted(p.name for p in folder.iterdir() if cache_uses.is_log(p.name)) == [cache_uses.LOG]
    lines = (folder / cache_uses.LOG).read_text().splitlines()
    assert all(line.split(" ")[0].isdigit() and abs(int(line.split(" ")[0]) - time.time()) < 60 for line in lines)
    assert {line.split(" ", 1)[1] for line in lines} == {"value0.pickle", "value1.pickle"}
    assert 2 <= len(lines) <= 4  # each file once per worker that read it
    assert {name: mtime(folder, name) for name in files} == before


def test_dask_workers_log_their_reads_once_at_their_exit(folder):
    """(speed48) The workers of `--engine dask`'s local cluster (forked by their nannies) note what they read and append
    it to the folder's log when the cluster closes them, as the pool workers of `--workers` do: every file read in
    the one log, and no file touched."""
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    from readout.cluster import run_on_cluster
    from readout.ingest.sources import RawDocument

    files = [f"value{n}.pickle" for n in range(3)]
    for name in files:
        put(folder, name, name, 4)
    before = {name: mtime(folder, name) for name in files}
    text = "A ferry from an invented island docked late at the northern pier after a long storm. File {}"
    jobs = [(RawDocument(f"doc{n}", text=text.format(files[n % 2]), path="in/feed.jsonl", line=n + 1), None)
            for n in range(12)]
    assert len(list(run_on_cluster(jobs, Reading(folder), None, 2))) == 12
    logs = sorted(p.name for p in folder.iterdir() if cache_uses.is_log(p.name))
    assert logs == [cache_uses.LOG]
    lines = (folder / cache_uses.LOG).read_text().splitlines()
    assert {line.split(" ", 1)[1] for line in lines} >= {"value0.pickle", "value1.pickle"}
    assert {name: mtime(folder, name) for name in files} == before


def test_a_worker_registers_one_exit_flush_however_many_runs_set_it_up(uses):
    """(speed48) A Dask worker sets up each run's plugin: `worker_started` registers its exit flush once per process."""
    from multiprocessing import util

    before = sum(1 for f in util._finalizer_registry.values() if f._callback == uses.flush)
    for _ in range(3):
        cache_uses.worker_started()
    after = sum(1 for f in util._finalizer_registry.values() if f._callback == uses.flush)
    assert after - before == 1
