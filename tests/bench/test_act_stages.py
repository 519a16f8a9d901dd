"""bench/act_stages.py sorts missed gold acts by the stage they were lost at, on a batch of our own sentences."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import act_stages  # noqa: E402

DOCS = [
    ("d1en", "Peru on Monday urged Chile to reopen the border crossing.",
     {"key": "k1", "type": "REQUEST", "actors": ["PER"], "recipients": ["CHL"]}),  # found
    ("d2en", "Peru on Monday urged restraint.",
     {"key": "k2", "type": "REQUEST", "actors": ["PER"], "recipients": ["CHL"]}),  # named no one: dropped
    ("d3en", "Peru and Chile held talks on Monday.",
     {"key": "k3", "type": "SANCTION", "actors": ["PER"], "recipients": ["CHL"]}),  # no sanction word at all
    ("d4en", "Peru on Monday urged Bolivia to reopen the border crossing.",
     {"key": "k4", "type": "REQUEST", "actors": ["PER"], "recipients": ["CHL"]}),  # another side
]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "articles.jsonl").write_text("\n".join(
        json.dumps({"id": d, "published": "2026-03-10", "text": t}) for d, t, _g in DOCS))
    gold = {"docs": {d: {"published": "2026-03-10", "events": [{**g, "required": True, "status": "occurred"}]}
                     for d, _t, g in DOCS}}
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    return tmp_path


def test_each_miss_has_its_stage(folder: Path) -> None:
    undo = act_stages.hook()
    try:
        counts = act_stages.batch(folder, detail=False)
    finally:
        undo()
    assert counts == {"found": 1, "no_recipient": 1, "no_trigger": 1, "wrong_sides": 1}


def test_the_hooks_are_undone(folder: Path) -> None:
    before = act_stages.acts.build_act
    act_stages.hook()()
    assert act_stages.acts.build_act is before
