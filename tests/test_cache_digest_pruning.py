"""The digest file shared by every checkout (`cache_digests._entries_kept`): when a process rewrites it, entries of
files that no longer exist (a deleted checkout, a removed file) are dropped, the entries of files still there are
kept, and the file holds at most `settings.cache_digest_entries` entries, the oldest other checkouts' first."""
from __future__ import annotations

import os
import pickle
import shutil
import time

import pytest

from readout import cache_digests as digests
from readout.cache_files import ENV
from readout.settings import Settings

OLD = time.time_ns() - 3600 * 10**9  # an hour ago


def checkout(base, name: str, files: dict[str, str]):
    root = base / name
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
        os.utime(root / rel, ns=(OLD, OLD))
    return root


@pytest.fixture
def base(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(digests, "RACY_SECONDS", 0)  # the files' change times are the test's: keep their digests
    digests.package_hashes.cache_clear()
    yield tmp_path
    digests.package_hashes.cache_clear()


def hashed(root):
    digests.package_hashes.cache_clear()
    return digests.package_hashes(root)


def kept(base) -> dict:
    with open(base / "cache" / digests.DIGESTS, "rb") as f:
        return pickle.load(f)


def touch_new(root, rel: str, text: str) -> None:
    """A changed file: the next hash of `root` computes a digest and so rewrites the digest file."""
    (root / rel).write_text(text, encoding="utf-8")
    os.utime(root / rel, ns=(OLD, OLD))


def test_a_deleted_checkout_s_entries_go_when_the_file_is_rewritten(base):
    lima = checkout(base, "lima", {"rules.py": "A = 1\n", "data/towns.yaml": "- Cusco\n"})
    oslo = checkout(base, "oslo", {"rules.py": "B = 2\n", "data/towns.yaml": "- Bergen\n"})
    hashed(lima), hashed(oslo)
    assert {p for p in kept(base) if p.startswith(str(oslo))}  # both checkouts' files are there
    shutil.rmtree(oslo)
    touch_new(lima, "data/towns.yaml", "- Arequipa\n")
    hashed(lima)
    paths = set(kept(base))
    assert not {p for p in paths if p.startswith(str(oslo))}
    assert paths == {str(lima / "rules.py"), str(lima / "data" / "towns.yaml")}


def test_a_removed_file_of_another_checkout_goes_and_its_other_files_stay(base):
    lima = checkout(base, "lima", {"rules.py": "A = 1\n"})
    quito = checkout(base, "quito", {"rules.py": "C = 3\n", "data/towns.yaml": "- Cuenca\n"})
    hashed(quito), hashed(lima)
    (quito / "data" / "towns.yaml").unlink()
    touch_new(lima, "rules.py", "A = 10\n")
    hashed(lima)
    paths = set(kept(base))
    assert str(quito / "rules.py") in paths and str(quito / "data" / "towns.yaml") not in paths


def test_nothing_changed_writes_nothing(base):
    lima = checkout(base, "lima", {"rules.py": "A = 1\n"})
    oslo = checkout(base, "oslo", {"rules.py": "B = 2\n"})
    hashed(oslo), hashed(lima)
    shutil.rmtree(oslo)
    hashed(lima)  # every digest read back: the file is not rewritten, so the entries stay until one is
    assert str(oslo / "rules.py") in kept(base)


def test_the_file_is_bounded_and_the_oldest_other_checkout_goes_first(base):
    bounded = Settings(cache_digest_entries=4)
    roots = [checkout(base, name, {"a.py": f"X = '{name}'\n", "b.py": "Y = 1\n"}) for name in ("bern", "lima", "oslo")]
    for root in roots:
        digests.file_digests([str(root / "a.py"), str(root / "b.py")], str(root) + os.sep, settings=bounded)
    paths = list(kept(base))
    assert len(paths) == 4
    assert not [p for p in paths if p.startswith(str(roots[0]))]  # the first checkout written is the oldest
    assert paths[-2:] == [str(roots[2] / "a.py"), str(roots[2] / "b.py")]  # the writer's own come last


def test_pruning_keeps_the_key(base, monkeypatch):
    lima = checkout(base, "lima", {"rules.py": "A = 1\n", "data/towns.yaml": "- Cusco\n"})
    oslo = checkout(base, "oslo", {"rules.py": "B = 2\n"})
    hashed(oslo)
    before = hashed(lima)
    shutil.rmtree(oslo)
    monkeypatch.setenv(ENV, "off")
    assert hashed(lima) == before


def totals_files(base) -> set[str]:
    return {p.name for p in (base / "cache").glob(digests.TOTALS.format("*"))}


def totals_name(root) -> str:
    import hashlib

    return digests.TOTALS.format(hashlib.blake2b(str(root).encode(), digest_size=8).hexdigest())


@pytest.mark.parametrize("deleted", [True, False])
def test_a_deleted_checkout_s_totals_go_when_another_writes_its_own(base, deleted):
    lima = checkout(base, "lima", {"rules.py": "A = 1\n", "data/towns.yaml": "- Cusco\n"})
    oslo = checkout(base, "oslo", {"rules.py": "B = 2\n", "data/towns.yaml": "- Bergen\n"})
    hashed(lima), hashed(oslo)
    assert totals_files(base) == {totals_name(lima), totals_name(oslo)}
    (base / "cache" / digests.TOTALS.format("feedc0de")).write_bytes(b"not a pickle")  # foreign: left alone
    if deleted:
        shutil.rmtree(oslo)
    touch_new(lima, "data/towns.yaml", "- Arequipa\n")
    hashed(lima)
    expected = {totals_name(lima), digests.TOTALS.format("feedc0de")} | (set() if deleted else {totals_name(oslo)})
    assert totals_files(base) == expected


def test_an_unchanged_checkout_removes_nothing(base):
    """Reading one's own totals back writes nothing, so nothing is swept: the sweep is paid only on a write."""
    lima = checkout(base, "lima", {"rules.py": "A = 1\n"})
    oslo = checkout(base, "oslo", {"rules.py": "B = 2\n"})
    hashed(lima), hashed(oslo)
    shutil.rmtree(oslo)
    hashed(lima)
    assert totals_files(base) == {totals_name(lima), totals_name(oslo)}
