"""The golden gate: readout's scores on the shared seeds and dev set must not fall below the floors
reached (pinned below them, with a margin for harmless changes). Fails CI when quality drops."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

from tests.conftest import need_shared

FLOORS = {
    # reached: seeds events F1 1.0, strict 1.0; dev events F1 0.983, strict 0.932, dedup 15/16
    "seeds": {"events_f1": 0.95, "strict_f1": 0.93, "dedup_recall": 1.0},
    "dev": {"events_f1": 0.95, "strict_f1": 0.90, "recall_ko": 0.9, "recall_en": 0.9, "dedup_recall": 0.9,
            "participants": 0.95, "consult_f1": 0.97, "acts_f1": 0.9},
}


def scorer():
    path = need_shared("eval", "score.py")
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_and_score(tmp_path, inputs, gold) -> dict:
    out = tmp_path / "events.jsonl"
    subprocess.run([sys.executable, "-m", "readout.cli", "run", *map(str, inputs), "--db", str(tmp_path / "r.db"),
                    "--out", str(out), "--quiet"], check=False)
    s = scorer()
    events = s.load_events(str(out))
    for event in events:  # no event names one person (or country) twice
        ids = [a["id"] for a in event["actors"] + event["recipients"]]
        assert len(ids) == len(set(ids)), event["id"]
    return s.score(json.loads(gold.read_text(encoding="utf-8")), events)


def acts_f1(result: dict) -> float:
    tp = fp = fn = 0
    for kind, r in result["by_type"].items():
        if kind != "CONSULT":
            tp, fp, fn = tp + r["events"]["tp"], fp + r["events"]["fp"], fn + r["events"]["fn"]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_seed_scores(tmp_path):
    result = run_and_score(tmp_path, [need_shared("seeds")], need_shared("eval", "seeds.gold.json"))
    floor = FLOORS["seeds"]
    assert result["events"]["f1"] >= floor["events_f1"]
    assert result["strict"]["f1"] >= floor["strict_f1"]
    assert result["dedup"]["recall"] >= floor["dedup_recall"] and result["dedup"]["wrong_merges"] == 0


def test_dev_scores(tmp_path):
    result = run_and_score(tmp_path, [need_shared("eval", "dev", "articles.jsonl")],
                           need_shared("eval", "dev", "gold.json"))
    floor = FLOORS["dev"]
    assert result["events"]["f1"] >= floor["events_f1"]
    assert result["strict"]["f1"] >= floor["strict_f1"]
    assert result["recall_by_lang"]["ko"] >= floor["recall_ko"]
    assert result["recall_by_lang"]["en"] >= floor["recall_en"]
    assert result["fields"]["participants"] >= floor["participants"]
    assert result["by_type"]["CONSULT"]["events"]["f1"] >= floor["consult_f1"]
    assert acts_f1(result) >= floor["acts_f1"]
    assert result["dedup"]["recall"] >= floor["dedup_recall"] and result["dedup"]["wrong_merges"] == 0
    for kind, r in result["by_type"].items():  # no type with 5+ required events below 0.5
        if r["events"]["tp"] + r["events"]["fn"] >= 5:
            assert r["events"]["f1"] >= 0.5, kind
