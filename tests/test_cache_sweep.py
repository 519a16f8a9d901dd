"""The start-up cache folder's bounds (`cache_sweep.py`): files unused for `cache_max_age_days` go, then the least
recently used until the folder holds `cache_max_mb`, never a file used within `cache_stale_seconds`; a read marks a
file used; the sweep runs where the cache writes, at most once per `cache_sweep_seconds`; `readout cache prune` runs it
now and reports in JSON."""
from __future__ import annotations

import json
import os
import time

import pytest

from readout import cache_files, cache_sweep
from readout.cli import main
from readout.settings import Settings

DAY = 86400
MB = 1024 * 1024
NOW = time.time()


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache_files.ENV, str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    return tmp_path / "cache"


def put(folder, name: str, size: int, idle_days: float) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    used = NOW - idle_days * DAY
    os.utime(path, (used, used))


def names(folder) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and p.name != cache_sweep.STAMP}


def limits(age_days: int = 14, mb: int = 512, stale: int = 3600) -> Settings:
    return Settings(cache_max_age_days=age_days, cache_max_mb=mb, cache_stale_seconds=stale)


@pytest.mark.parametrize("idle_days, kept", [(30, False), (15, False), (13, True), (0.5, True)])
def test_a_file_unused_past_the_age_goes_whatever_the_size(folder, idle_days, kept):
    put(folder, "city-index@aa.pickle", 10, idle_days)
    put(folder, "re/0f.pickle", 10, idle_days)
    report = cache_sweep.sweep(folder, limits(age_days=14), now=NOW)
    assert names(folder) == ({"city-index@aa.pickle", "re/0f.pickle"} if kept else set())
    assert report["removed_files"] == (0 if kept else 2)


def test_over_the_size_the_least_recently_used_go_first(folder):
    for name, idle in (("a@1.pickle", 5), ("b@2.pickle", 3), ("c@3.pickle", 2), ("text/d.pickle", 1)):
        put(folder, name, MB, idle)
    report = cache_sweep.sweep(folder, limits(mb=2), now=NOW)
    assert names(folder) == {"c@3.pickle", "text/d.pickle"}
    assert (report["removed_files"], report["removed_bytes"], report["kept_bytes"]) == (2, 2 * MB, 2 * MB)


def test_under_the_size_and_the_age_nothing_goes(folder):
    for name, idle in (("a@1.pickle", 5), ("b@2.pickle", 3)):
        put(folder, name, MB, idle)
    assert cache_sweep.sweep(folder, limits(mb=2), now=NOW)["removed_files"] == 0
    assert names(folder) == {"a@1.pickle", "b@2.pickle"}


def test_a_file_in_use_stays_even_over_the_size(folder):
    put(folder, "old@1.pickle", MB, 3)
    put(folder, "busy@2.pickle", 3 * MB, 0.01)  # used a quarter of an hour ago: a running process may read it
    cache_sweep.sweep(folder, limits(mb=1, stale=3600), now=NOW)
    assert names(folder) == {"busy@2.pickle"}


def test_a_read_marks_the_file_used(folder):
    cache_files.write(folder / "read@1.pickle", {"lima": 1})
    cache_files.write(folder / "unread@2.pickle", {"oslo": 2})
    for name, idle in (("read@1.pickle", 5), ("unread@2.pickle", 3)):
        used = NOW - idle * DAY
        os.utime(folder / name, (used, used))
    assert cache_files.read(folder / "read@1.pickle") == {"lima": 1}
    cache_sweep.sweep(folder, limits(mb=0, stale=3600), now=NOW)
    assert names(folder) == {"read@1.pickle"}


@pytest.mark.parametrize("last_sweep_days, swept", [(None, True), (2, True), (0.5, False)])
def test_a_write_sweeps_at_most_once_a_day(folder, last_sweep_days, swept):
    put(folder, "forgotten@1.pickle", 10, 40)
    if last_sweep_days is not None:
        (folder / cache_sweep.STAMP).touch()
        then = NOW - last_sweep_days * DAY
        os.utime(folder / cache_sweep.STAMP, (then, then))
    cache_files.write(folder / "fresh@2.pickle", [1, 2])
    assert names(folder) == ({"fresh@2.pickle"} if swept else {"forgotten@1.pickle", "fresh@2.pickle"})
    assert (time.time() - (folder / cache_sweep.STAMP).stat().st_mtime < 60) == swept  # moved by a sweep only


def test_a_read_does_not_sweep(folder):
    """A warm process (only reads) never pays a walk of the folder."""
    cache_files.write(folder / "kept@1.pickle", "value")
    os.unlink(folder / cache_sweep.STAMP)
    put(folder, "forgotten@2.pickle", 10, 40)
    cache_files.read(folder / "kept@1.pickle")
    assert names(folder) == {"kept@1.pickle", "forgotten@2.pickle"}


def test_the_cli_prunes_and_reports_in_json(folder, capsys):
    put(folder, "old@1.pickle", 100, 3)
    put(folder, "new@2.pickle", 100, 0.5)
    assert main(["cache", "prune", "--max-age-days", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["removed_files"], report["kept_files"], report["kept_bytes"]) == (1, 1, 100)
    assert names(folder) == {"new@2.pickle"}
    assert (folder / cache_sweep.STAMP).exists()


def test_a_dry_run_removes_nothing(folder, capsys):
    put(folder, "old@1.pickle", 100, 3)
    assert main(["cache", "prune", "--max-age-days", "1", "--dry-run"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["removed_files"], report["dry_run"]) == (1, True)
    assert names(folder) == {"old@1.pickle"}


def test_the_cli_with_the_cache_off_is_the_json_error_shape(monkeypatch, capsys):
    monkeypatch.setenv(cache_files.ENV, "off")
    assert main(["cache", "prune"]) == 2
    error = json.loads(capsys.readouterr().err)["error"]
    assert error["code"] == "cache_off" and set(error) == {"code", "message", "detail"}


def test_a_bad_number_is_a_usage_error(folder, capsys):
    assert main(["cache", "prune", "--max-mb", "lots"]) == 2
    assert "not a whole number" in capsys.readouterr().err
