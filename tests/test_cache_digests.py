"""The package hash reads a file's bytes only when its stat changed since a process last hashed it (`cache_digests.file_digests`):
the key is the one every file's bytes give, and a changed file, even one of the same size under a restored mtime,
still changes it."""
from __future__ import annotations

import os
import time

import pytest

from readout import cache_digests as digests
from readout.cache_files import ENV

OLD = time.time_ns() - 3600 * 10**9  # an hour ago


@pytest.fixture
def root(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(digests, "RACY_SECONDS", 0)  # the files' change times are the test's: keep their digests
    root = tmp_path / "pkg"
    (root / "data").mkdir(parents=True)
    for name, text in [("rules.py", "X = 1\n"), ("data/places.yaml", "- Oslo\n- Lima\n"), ("notes.md", "skipped\n")]:
        (root / name).write_text(text, encoding="utf-8")
        os.utime(root / name, ns=(OLD, OLD))
    yield root
    digests.package_hashes.cache_clear()


def fresh_hash(root) -> tuple[str, str]:
    digests.package_hashes.cache_clear()
    return digests.package_hashes(root)


def hashed_off(root, monkeypatch) -> tuple[str, str]:
    with monkeypatch.context() as m:
        m.setenv(ENV, "off")
        return fresh_hash(root)


def count_reads(monkeypatch) -> list[str]:
    reads: list[str] = []
    real = digests.hashlib.sha256

    def counted(data=b""):
        reads.append(data)
        return real(data)

    monkeypatch.setattr(digests.hashlib, "sha256", counted)
    return reads


def test_the_kept_digests_give_the_key_every_file_s_bytes_give(root, monkeypatch):
    assert fresh_hash(root) == hashed_off(root, monkeypatch)
    reads = count_reads(monkeypatch)
    assert fresh_hash(root) == hashed_off(root, monkeypatch)
    assert len(reads) == 2  # the run with the cache off; the one with it read no file


@pytest.mark.parametrize("change", ["append", "same size, mtime restored", "removed", "added", "added in a new folder",
                                    "renamed"])
def test_a_changed_file_changes_the_key(root, monkeypatch, change):
    before = fresh_hash(root)
    places = root / "data" / "places.yaml"
    if change == "append":
        places.write_text("- Oslo\n- Lima\n- Quito\n", encoding="utf-8")
    elif change == "same size, mtime restored":
        places.write_text("- Bern\n- Lima\n", encoding="utf-8")
        os.utime(places, ns=(OLD, OLD))
    elif change == "removed":
        places.unlink()
    elif change == "added in a new folder":
        (root / "data" / "andes").mkdir()
        (root / "data" / "andes" / "towns.yaml").write_text("- Cusco\n", encoding="utf-8")
    elif change == "renamed":
        places.rename(root / "data" / "towns.yaml")
    else:
        (root / "data" / "towns.yaml").write_text("- Cusco\n", encoding="utf-8")
    after = fresh_hash(root)
    assert after != before and after == hashed_off(root, monkeypatch)


def test_a_file_written_just_now_is_hashed_again(root, monkeypatch):
    monkeypatch.setattr(digests, "RACY_SECONDS", 3600)  # every file written within it: a later write may keep its stamp
    fresh_hash(root)
    reads = count_reads(monkeypatch)
    fresh_hash(root)
    assert len(reads) == 2


def test_a_corrupt_digest_file_means_hashing_every_file(root, monkeypatch):
    fresh_hash(root)
    (root.parent / "cache" / digests.DIGESTS).write_bytes(b"not a pickle")
    assert fresh_hash(root) == hashed_off(root, monkeypatch)


def walks(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = digests.os.walk

    def counted(top, *args, **kwargs):
        seen.append(str(top))
        return real(top, *args, **kwargs)

    monkeypatch.setattr(digests.os, "walk", counted)
    return seen


def test_an_unchanged_checkout_is_neither_walked_nor_read(root, monkeypatch):
    before = fresh_hash(root)
    seen, reads = walks(monkeypatch), count_reads(monkeypatch)
    assert fresh_hash(root) == before
    assert seen == [] and reads == []  # the kept totals: every folder's and file's stat unchanged


def test_a_folder_or_file_written_just_now_keeps_no_totals(root, monkeypatch):
    monkeypatch.setattr(digests, "RACY_SECONDS", 3600)
    fresh_hash(root)
    seen = walks(monkeypatch)
    fresh_hash(root)
    assert seen == [str(root)]


def test_corrupt_totals_mean_walking_again(root, monkeypatch):
    before = fresh_hash(root)
    for kept in (root.parent / "cache").glob("package-hashes-*.pickle"):
        kept.write_bytes(b"not a pickle")
    seen = walks(monkeypatch)
    assert fresh_hash(root) == before and seen == [str(root)]
