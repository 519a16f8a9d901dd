"""The golden gate: readout's scores on the shared seeds, dev and dev2 sets and on the PLOVER project's
gold sentences must not fall below the floors reached (pinned a little below them, with a margin for
harmless changes). Fails CI when quality drops. dev and dev2 are different event groups: a rule tuned
on one and not the other shows here."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from tests.conftest import need_shared

# reached (2026-12-04, twenty-ninth session): seeds events F1 0.909
# strict 0.909 dedup 3/3; dev 0.958 / 0.941, meetings 1.000, acts 0.909, dedup 16/16; dev2 0.976 / 0.952,
# meetings 0.987, acts 0.966, dedup 21/21, no wrong merge; PLOVER (16 types) type recall 0.902, with actor 0.884,
# precision 0.887 (from 0.878 / 0.848 / 0.884, the rules checked on the open held-out batches and dev2 before
# the floor moved). Floors sit a little below
# (dedup one merge below: 15/16 and 20/21 still pass, a wrong merge never does).
FLOORS = {
    "seeds": {"events_f1": 0.88, "strict_f1": 0.88, "dedup_recall": 1.0},
    "dev": {"events_f1": 0.94, "strict_f1": 0.92, "recall_ko": 0.91, "recall_en": 0.94, "participants": 0.98,
            "consult_f1": 0.98, "acts_f1": 0.89, "dedup_recall": 0.93},
    "dev2": {"events_f1": 0.94, "strict_f1": 0.92, "recall_ko": 0.97, "recall_en": 0.95, "participants": 0.98,
             "consult_f1": 0.98, "acts_f1": 0.92, "dedup_recall": 0.95},
    "plover": {"type_recall": 0.87, "actor_recall": 0.85, "precision": 0.86},
}


def load(*parts: str):
    path = need_shared("eval", *parts)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_readout(tmp_path, inputs) -> list[dict]:
    out = tmp_path / "events.jsonl"
    subprocess.run([sys.executable, "-m", "readout.cli", "run", *map(str, inputs), "--db", str(tmp_path / "r.db"),
                    "--out", str(out), "--quiet"], check=False)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_and_score(tmp_path, inputs, gold) -> dict:
    s = load("score.py")
    events = run_readout(tmp_path, inputs)
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


def check_floors(result: dict, floor: dict) -> None:
    assert result["events"]["f1"] >= floor["events_f1"]
    assert result["strict"]["f1"] >= floor["strict_f1"]
    assert result["recall_by_lang"]["ko"] >= floor["recall_ko"]
    assert result["recall_by_lang"]["en"] >= floor["recall_en"]
    assert result["fields"]["participants"] >= floor["participants"]
    assert result["by_type"]["CONSULT"]["events"]["f1"] >= floor["consult_f1"]
    assert acts_f1(result) >= floor["acts_f1"]
    assert result["dedup"]["recall"] >= floor["dedup_recall"] and result["dedup"]["wrong_merges"] == 0
    for kind, r in result["by_type"].items():  # no type with 5+ required events below 0.6
        if r["events"]["tp"] + r["events"]["fn"] >= 5:
            assert r["events"]["f1"] >= 0.6, kind


def test_seed_scores(tmp_path):
    result = run_and_score(tmp_path, [need_shared("seeds")], need_shared("eval", "seeds.gold.json"))
    floor = FLOORS["seeds"]
    assert result["events"]["f1"] >= floor["events_f1"]
    assert result["strict"]["f1"] >= floor["strict_f1"]
    assert result["dedup"]["recall"] >= floor["dedup_recall"] and result["dedup"]["wrong_merges"] == 0


@pytest.mark.parametrize("name", ["dev", "dev2"])
def test_dev_set_scores(tmp_path, name):
    result = run_and_score(tmp_path, [need_shared("eval", name, "articles.jsonl")],
                           need_shared("eval", name, "gold.json"))
    check_floors(result, FLOORS[name])
    if name == "dev":
        assert result["dedup"]["wrong_merges"] == 0


def test_plover_gold_sentences(tmp_path):
    s = load("score_plover.py")
    gold = [json.loads(line) for line in need_shared("eval", "plover", "gold.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    events = run_readout(tmp_path, [need_shared("eval", "plover", "articles.jsonl")])
    result = s.score(gold, events, s.ALL16)
    floor = FLOORS["plover"]
    assert result["type_recall"] >= floor["type_recall"]
    assert result["actor_recall"] >= floor["actor_recall"]
    assert result["precision"] >= floor["precision"]
