"""Our own article batches of meetings and acts (tests/lang/data/news9):
what readout finds in them, scored by the shared scorer. The first batch (10: 5 Korean, 5 English) was scored before
any news9 rule (events F1 0.842, strict 0.763; meetings 0.941 / 0.882; acts 0.762) and reaches 0.986 / 0.986 (meetings
1.0 / 1.0, acts 0.974) with them; `batch2/` (6: 3 + 3) was never tuned on: untouched it scored 0.784 / 0.706 before
the rules and 0.800 / 0.720 after (meetings 0.778 / 0.778 both; one wrong cross-document merge of two condemnations
both times). Every required event of the first batch is pinned one by one (a class still missed would be marked
with its class); the batches' totals are pinned a little below what the rules reach.

Formerly tests/pipeline/test_news9_articles.py; classes first read as "news9's own articles (tests/lang/data/news9:
our text, CC0, gold in the evaluation format; meetings and acts)" (docs/history.md)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_scores import load, run_readout

DATA = Path(__file__).parent.parent / "lang" / "data" / "news9"
MISSED: dict[tuple[str, str], str] = {}  # (doc, key): the class still wrong (none at the last run)


def scored(tmp_path_factory, folder: Path) -> dict:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    events = run_readout(tmp_path_factory.mktemp(folder.name), [folder / "articles.jsonl"])
    return load("score.py").score(gold, events, verbose=True)


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> dict:
    return scored(tmp_path_factory, DATA)


def required_events(data: Path = DATA) -> list[tuple[str, str]]:
    gold = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    return [(doc, e["key"]) for doc, g in gold["docs"].items() for e in g["events"] if e.get("required")]


def status_split(data: Path) -> int:
    """(plans55) The gold's multi-source events whose reports differ in status (a plan told before the visit, the
    visit told held): one record carries one status, so store/merge_dates.plan_beside_held keeps them two records,
    and the shared scorer's dedup counts each such key as one merge missed."""
    gold = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    statuses: dict[str, set[str]] = {}
    for g in gold["docs"].values():
        for e in g["events"]:
            if e.get("required"):
                statuses.setdefault(e["key"], set()).add(e.get("status", "occurred"))
    return sum(1 for s in statuses.values() if len(s) > 1)


def check_required_event(result: dict, doc: str, key: str, missed: dict[tuple[str, str], str]) -> None:
    """The scorer's log of a batch (`scored`) says the required event `key` of `doc` matched with every scored field
    right; a (doc, key) in `missed` is a class still wrong, marked xfail with its reason. Shared by the own-article
    batch tests (news9, news10, news11, news12)."""
    if (doc, key) in missed:
        pytest.xfail(missed[doc, key])
    assert f"  {doc}: match   {key}" in result["log"], [line for line in result["log"] if doc in line]


@pytest.mark.parametrize("doc, key", required_events())
def test_each_required_event_is_found_with_every_field_right(first, doc, key):
    check_required_event(first, doc, key, MISSED)


@pytest.mark.parametrize("folder, floor", [
    (DATA, {"consult": 0.97, "consult_strict": 0.97, "events": 0.90, "strict": 0.90}),
    (DATA / "batch2", {"consult": 0.75, "consult_strict": 0.75, "events": 0.75, "strict": 0.70}),
])
def test_news9_batches(tmp_path_factory, folder, floor):
    result = scored(tmp_path_factory, folder)
    consult = result["by_type"]["CONSULT"]
    assert consult["events"]["f1"] >= floor["consult"] and consult["strict"]["f1"] >= floor["consult_strict"], consult
    assert result["events"]["f1"] >= floor["events"] and result["strict"]["f1"] >= floor["strict"], result
    assert result["dedup"]["recall"] == 1.0, result["dedup"]
