"""A recall of one's own envoy that names no host, beside another act of the same sentence (recall64, issue 13), with
sentences of our own.

'Paraguay recalled its ambassador and protested to Bolivia': the recall names no host, and the protest that names
Bolivia is read after it, so the recall found no receiving side and was dropped. A recall naming no host is read
again after the sentence's other acts (pipeline/acts.act_events) and goes to the side the recaller's own conflict act
in that sentence addresses (act_recalls.recalled_envoy_host), else, as before, to the story's counterpart. Negative
rows: a recall for consultations in a story naming no other state, and a recall beside a thanks to a third state,
which is no conflict act and names no host.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, actor, host", [
    ("Paraguay recalled its ambassador and protested to Bolivia.", "PRY", "BOL"),
    ("Paraguay recalled its ambassador on Wednesday and accused Bolivia of violating the border treaty.", "PRY", "BOL"),
    ("Bolivia closed its border with Paraguay on Tuesday. On Wednesday Paraguay recalled its ambassador.",
     "PRY", "BOL"),
    ("파라과이 정부는 12일 자국 대사를 소환하고 볼리비아에 항의했다.", "PRY", "BOL"),
    ("파라과이 정부는 12일 대사를 소환하고 볼리비아를 강하게 비난했다.", "PRY", "BOL"),
])
def test_recall_goes_to_the_side_the_recaller_is_at_odds_with(text, actor, host):
    assert ([actor], [host]) in sides(text, "SANCTION"), events(text)


@pytest.mark.parametrize("text", [
    "Paraguay recalled its ambassador for consultations on Wednesday, the foreign ministry said.",
    "파라과이 정부는 12일 협의를 위해 자국 대사를 소환했다고 외교부가 밝혔다.",
])
def test_recall_in_a_story_of_no_other_state_stays_unreceived(text):
    assert not sides(text, "SANCTION"), events(text)


@pytest.mark.parametrize("text", [
    "Paraguay recalled its ambassador for consultations and thanked Brazil for its mediation.",
    "파라과이 정부는 협의를 위해 자국 대사를 소환하고 브라질의 중재에 감사를 표했다.",
])
def test_recall_beside_a_thanks_is_not_aimed_at_the_thanked(text):
    assert (["PRY"], ["BRA"]) not in sides(text, "SANCTION"), events(text)
