"""JSONL export: the record as is, one a line, Hangul unescaped."""
from __future__ import annotations

import json

from readout.export.writers import write_events


def test_records_read_back_unchanged(records, tmp_path):
    path = tmp_path / "e.jsonl"
    assert write_events(records, str(path)) == 2
    text = path.read_text(encoding="utf-8")
    assert "박진" in text  # not \uXXXX escapes
    assert [json.loads(line) for line in text.splitlines()] == records
