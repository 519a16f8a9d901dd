"""A sanction ordered is a threat, and a retaliation paid with a measure threatens the measure (threats49; lang/en/
act_ordered_measures, act_retaliation_means), with sentences of our own.

1. "X ordered his trade minister to raise tariffs on Y's imports": an order TO impose a sanction is not yet in force:
   THREATEN `restrict` at the sanction's target; a sanction imposed, announced or ordered as a noun stays SANCTION.
2. "X vowed to retaliate with tariffs": THREATEN `restrict`, not violence; paid back with force it stays violence.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def kinds(text: str):
    return [(e.type, e.mode, sorted(p.country for p in e.participants), sorted(r.country for r in e.recipients))
            for e in events(text)]


@pytest.mark.parametrize("text", [
    "The Indian prime minister ordered his trade minister to raise tariffs on Turkish imports by 25%.",
    "The Indian prime minister directed his government to impose 30% tariffs on goods from Turkey.",
    "The Indian prime minister said he had instructed officials to impose sanctions on Turkey.",
])
def test_ordered_measure_threatens(text):
    assert ("THREATEN", "restrict", ["IND"], ["TUR"]) in kinds(text)
    assert not [k for k in kinds(text) if k[0] == "SANCTION"]


@pytest.mark.parametrize("text", [
    "India imposed retaliatory tariffs on Turkey.",
    "India ordered retaliatory tariffs on Turkey.",
    "Mexico said it had instructed its foreign minister to break diplomatic relations with Ecuador.",  # the break itself
])
def test_measure_in_force_stays_sanction(text):
    assert [k[0] for k in kinds(text)] == ["SANCTION"]


@pytest.mark.parametrize("text, expected", [
    ("India threatened to retaliate with sanctions against Turkey.", ("THREATEN", "restrict", ["IND"], ["TUR"])),
    ("Turkey raised tariffs on Indian goods on Monday.\n\nIndia threatened to hit back with 25% tariffs.",
     ("THREATEN", "restrict", ["IND"], ["TUR"])),
    ("India vowed to retaliate with tariffs of its own.", ("THREATEN", "restrict", ["IND"], [])),
    ("India vowed to retaliate with missile strikes.", ("THREATEN", "violence", ["IND"], [])),
])
def test_retaliation_means(text, expected):
    assert expected in kinds(text)
