"""`--workers 2` and `--engine dask` (a local cluster of 2 workers) give the same export as one worker."""
from __future__ import annotations

import pytest

from readout.cli import main
from tests.conftest import SAMPLES, need_shared, read_jsonl


def export(tmp_path, name: str, *extra: str) -> list[dict]:
    inputs = [str(need_shared("eval", "dev", "articles.jsonl")), str(SAMPLES)]
    out = tmp_path / f"{name}.jsonl"
    assert main(["run", *inputs, "--db", str(tmp_path / f"{name}.db"), "--out", str(out), "--quiet", *extra]) == 0
    return sorted(read_jsonl(out), key=lambda e: e["id"])


def test_workers_and_dask_give_the_same_events(tmp_path):
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    one = export(tmp_path, "one")
    assert one
    assert export(tmp_path, "two", "--workers", "2") == one
    assert export(tmp_path, "dask", "--engine", "dask", "--workers", "2") == one
