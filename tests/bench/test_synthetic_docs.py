"""(speed55) The synthetic corpus of `bench_run.py --synthetic`: our own sentences, every document new, both languages."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from synthetic_docs import document  # noqa: E402
from bench_run import build_corpus  # noqa: E402


def test_no_two_documents_alike() -> None:
    texts = [document(i)["text"] for i in range(3000)]
    assert len(set(texts)) == len(texts)
    assert document(7) == document(7)  # the same index, the same document


@pytest.mark.parametrize("i, hangul", [(0, False), (1, True), (2, False), (11, True)])
def test_languages_alternate(i: int, hangul: bool) -> None:
    text = document(i)["text"]
    assert any("가" <= c <= "힣" for c in text) is hangul
    assert 4 <= len(text.split("\n\n")) <= 6


def test_build_corpus_writes_synthetic_lines(tmp_path: Path) -> None:
    path = build_corpus(25, tmp_path, synthetic=True)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [f"synthetic-{i}" for i in range(25)]
    assert all(r["published"].startswith("2025-") for r in rows)
