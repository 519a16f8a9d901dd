"""bench/bench_warm.py measures the parent's warm-up before `--workers N` forks, per batch: the languages it loads
follow the batch's scripts (not a timed test: only what is loaded is asserted)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import bench_warm  # noqa: E402


@pytest.mark.parametrize("batch, languages", [("english", ["en"]), ("mixed", ["en", "ko"])])
def test_each_batch_warms_the_languages_of_its_scripts(batch, languages):
    got = bench_warm.warm(batch)
    assert got["languages"] == languages
    assert got["batch"] == batch and got["cpu_s"] >= 0 and got["peak_mb"] > 0
