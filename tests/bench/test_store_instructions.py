"""bench/store_instructions.py stores pickled extracted documents after a warm pass, and `--keep` hands back the
measured database (not a timed test: what is stored is asserted, never how fast)."""
from __future__ import annotations

import pickle
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import store_instructions  # noqa: E402

TEXTS = [
    ("a.txt", "Foreign Minister Jung Ha-neul met French Foreign Minister Marie Durand in Seoul on March 3."),
    ("b.txt", "정하늘 외교부 장관은 3일 서울에서 마리 뒤랑 프랑스 외무장관과 회담했다."),
    ("c.txt", "Foreign Minister Jung Ha-neul met Marie Durand, France's foreign minister, in Seoul on March 3."),
    ("d.txt", "On March 5, Defense Minister Kim Do-yun spoke by phone with Japan's defense minister about drills."),
]


def test_the_measured_pass_stores_the_documents_after_the_warm_one(tmp_path, monkeypatch):
    from readout.api import extract_text

    articles = [extract_text(text, doc_id, "2025-03-04") for doc_id, text in TEXTS]
    pickled, kept = tmp_path / "docs.pickle", tmp_path / "kept.db"
    pickled.write_bytes(pickle.dumps(articles))
    monkeypatch.setattr(sys, "argv", ["store_instructions.py", str(pickled), "1", "4", "--plain", f"--keep={kept}"])
    store_instructions.main()
    conn = sqlite3.connect(kept)
    stored = {r[0] for r in conn.execute("SELECT id FROM documents")}
    assert stored == {"b.txt", "c.txt", "d.txt"}  # the warm pass's document went to another database
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] >= 1
