"""(budget52) Lines of a JSONL file that hold NUL bytes are binary data: each run of them is one reject naming the
file and its first line, and the lines around it are read as usual."""
from __future__ import annotations

import json

import pytest

from readout.ingest.sources import RawDocument, Reject, read_documents

GOOD = json.dumps({"id": "ok", "text": "Ecuador's president met the Colombian foreign minister in Quito on Tuesday."})
JUNK = b"\x00\x01\x02 not text \x9c"


def line(kind: str, n: int) -> bytes:
    return {"good": GOOD.replace('"ok"', f'"ok{n}"').encode(), "junk": JUNK, "broken": b"{broken"}[kind]


@pytest.mark.parametrize("kinds,expected", [
    (["junk"] * 20, [("feed.jsonl:1", "unsupported_input", 1, "lines 1-20")]),           # a binary file: one reject
    (["good", "junk", "good"], [("ok1", None, None, None), ("feed.jsonl:2", "unsupported_input", 2, "line 2"),
                                ("ok3", None, None, None)]),                              # one damaged line
    (["good", "junk", "junk", "broken", "junk"], [("ok1", None, None, None),
                                                  ("feed.jsonl:2", "unsupported_input", 2, "lines 2-3"),
                                                  ("feed.jsonl:4", "bad_record", 4, None),
                                                  ("feed.jsonl:5", "unsupported_input", 5, "line 5")]),  # runs apart
    (["good", "good"], [("ok1", None, None, None), ("ok2", None, None, None)]),          # no NUL: as before
])
def test_a_run_of_lines_with_nul_bytes_is_one_reject(tmp_path, kinds, expected):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"\n".join(line(kind, n) for n, kind in enumerate(kinds, 1)) + b"\n")
    items = list(read_documents([str(feed)]))
    got = []
    for item in items:
        if isinstance(item, Reject):
            named = item.reason.split(":")[0] if item.code == "unsupported_input" else None
            got.append((item.doc, item.code, item.line, named))
        else:
            assert isinstance(item, RawDocument)
            got.append((item.id, None, None, None))
    assert got == expected
