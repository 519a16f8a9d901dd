"""Our own article batches away from the dev sets' countries (tests/lang/data/news11), scored: diplomatic and security
events of 2024-2026 away from the dev sets' countries (Central Asia, the Gulf, South-East Asia, the EU, Korea's ties
with them), in event groups of two or three outlets telling one event differently ('on Tuesday', '이날', '15일(현지시간)',
a ministry building, a palace, a camp in a city beside the dateline's), with planned and recalled meetings, calls,
invitations and the acts around them; one minister is spelled three ways by three outlets (two Hangul renderings and
a Latin one), another is written in Hangul the knowledge base lacks under a headline naming only his office.

The first batch (10: 5 Korean, 5 English) scored before any news11 rule, against the gold as corrected (an
invitation is REQUEST, as the project's act vocabulary reads 'invite'): events F1 0.985, strict 0.923; meetings
0.952 / 0.857; dedup 9/11. With the rules: 1.0 / 0.938; meetings 1.0 / 0.9; dedup 10/11. `untuned/` (6: 3 + 3, one
whole group) was never tuned on; its figures are in the report. Every required event of the first batch is pinned
one by one (a class still wrong is marked with it).

Formerly tests/pipeline/test_news11_articles.py; classes first read as "news11's own articles
(tests/lang/data/news11: our text, CC0, gold in the evaluation format)" (docs/history.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.pipeline.test_own_articles_acts import check_required_event, required_events, scored, status_split

DATA = Path(__file__).parent.parent / "lang" / "data" / "news11"
MISSED: dict[tuple[str, str], str] = {
    ("e5_manila_teodoro_ahn", "2025-09-09-kor-phl-condemn-prk"):
        "recipients: 'North Korea's programmes and its military cooperation with Russia' (a possessive pronoun's "
        "joint noun) names Russia too; the English act reader takes North Korea only",
}


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> dict:
    return scored(tmp_path_factory, DATA)


@pytest.mark.parametrize("doc, key", required_events(DATA))
def test_each_required_event_is_found_with_every_field_right(first, doc, key):
    check_required_event(first, doc, key, MISSED)


def test_one_minister_spelled_three_ways_is_one_meeting(first):
    """바흐티요르 사이도프 / 박티요르 사이도브 / Baxtiyor Saidov: one record carrying all three outlets."""
    merged = [line for line in first["log"] if "2024-10-15-cho-saidov-tashkent" in line and "match" in line]
    assert len(merged) == 3, merged
    assert first["dedup"]["wrong_merges"] == 0, first["dedup"]
    assert first["dedup"]["merged"] >= first["dedup"]["gold_multi_source"] - 1 - status_split(DATA), first["dedup"]


@pytest.mark.parametrize("folder, floor", [
    (DATA, {"consult": 0.97, "consult_strict": 0.88, "events": 0.97, "strict": 0.9}),
    (DATA / "untuned", {"consult": 0.9, "consult_strict": 0.8, "events": 0.9, "strict": 0.85}),  # never tuned on
])
def test_news11_batches(tmp_path_factory, folder, floor):
    result = scored(tmp_path_factory, folder)
    consult = result["by_type"]["CONSULT"]
    assert consult["events"]["f1"] >= floor["consult"] and consult["strict"]["f1"] >= floor["consult_strict"], consult
    assert result["events"]["f1"] >= floor["events"] and result["strict"]["f1"] >= floor["strict"], result
    assert result["dedup"]["wrong_merges"] == 0, result["dedup"]
