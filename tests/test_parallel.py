"""Every engine gives the same export: one process, `--workers 2` and `--engine dask` (a local
cluster), on dev + dev2 + our samples, starting from a database whose aliases an earlier run learned
(the run's knowledge is loaded once and handed to every worker)."""
from __future__ import annotations

import shutil

import pytest

from readout.cli import main
from tests.conftest import SAMPLES, need_shared, read_jsonl

ENGINES = {"one": [], "two": ["--workers", "2"], "dask": ["--engine", "dask", "--workers", "2"]}


def test_engines_give_identical_exports_with_aliases_learned_before(tmp_path):
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    teacher = tmp_path / "teacher.db"
    assert main(["run", str(SAMPLES), "--db", str(teacher), "--quiet"]) == 0  # learns aliases
    inputs = [str(need_shared("eval", "dev", "articles.jsonl")), str(need_shared("eval", "dev2", "articles.jsonl")),
              str(SAMPLES)]
    exports = {}
    for name, extra in ENGINES.items():
        db = tmp_path / f"{name}.db"
        shutil.copy(teacher, db)
        out = tmp_path / f"{name}.jsonl"
        assert main(["run", *inputs, "--db", str(db), "--out", str(out), "--quiet", *extra]) in (0, 1)
        exports[name] = sorted(read_jsonl(out), key=lambda e: e["id"])
    assert exports["one"]
    assert exports["two"] == exports["one"]
    assert exports["dask"] == exports["one"]
