"""Tables derived from the data files at start-up (agent phrases, the English region names that open or end with a
country form, the Korean multiword prefixes) are kept by the start-up cache: what is read back equals a fresh build,
and a change of the package's files (a new key) builds again instead of reading the stored value."""
from __future__ import annotations

import importlib
import pickle

import pytest

from readout import cache, cache_digests, cache_files

BUILDERS = [
    ("readout.kb.agents", "tables", "agent-tables"),
    ("readout.lang.en.country_regions", "regions_opening_with_forms", "en-regions-opening"),
    ("readout.lang.en.country_regions", "regions_ending_with_forms", "en-regions-ending"),
    ("readout.lang.ko.countries", "multiword_tables", "ko-multiword-tables"),
]


@pytest.mark.parametrize("module, name, stored", BUILDERS)
def test_a_start_up_table_read_back_is_the_one_built_and_a_change_rebuilds_it(
        tmp_path, monkeypatch, module, name, stored):
    monkeypatch.setenv(cache_files.ENV, str(tmp_path))
    disk = getattr(importlib.import_module(module), name).__wrapped__  # under the process memo: the disk-cached builder
    built = disk.uncached()
    assert built and disk() == built and disk() == built  # stored, then read from the file
    (path,) = tmp_path.glob(f"{stored}@*.pickle")
    path.write_bytes(pickle.dumps("stored value"))
    assert disk() == "stored value"  # same package files: the stored value is what is read
    monkeypatch.setattr(cache, "package_hash", lambda root=cache_digests.PACKAGE: "a changed data file")
    assert disk() == built  # another key: built again, the stale value not read
