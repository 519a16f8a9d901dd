"""A demand one organ of a state puts to another part of it ('the parliament passed a resolution urging the president
to ...', '의회는 대통령에게 ...하라고 촉구하는 결의안을 통과시켰다') is a domestic REQUEST of that state: the organ named
as its subject (LEG) acts, the government it asks receives, and the two stay two parties instead of collapsing into
one (request57; pipeline/act_side_entities.sided `ORGAN_VOICED`). Acts of other types keep the sectors they had. Sentences of
our own, both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def organ_sides(text: str, kind: str) -> list[tuple[list[tuple[str, str]], list[tuple[str, str]]]]:
    return [([(p.country, p.sector) for p in e.participants], [(p.country, p.sector) for p in e.recipients])
            for e in events(text) if e.type == kind]


@pytest.mark.parametrize("text, state", [
    ("The Ghanaian parliament passed a resolution urging the president to dismiss the finance minister.", "GHA"),
    ("Peru's parliament demanded that the president resign.", "PER"),
    ("The Latvian parliament called on the government to close the last border crossing.", "LVA"),
    ("가나 의회는 대통령에게 재무장관을 해임하라고 촉구하는 결의안을 통과시켰다.", "GHA"),
    ("페루 의회는 대통령의 사임을 촉구했다.", "PER"),
])
def test_legislature_demand_of_own_government_is_kept(text, state):
    assert ([(state, "LEG")], [(state, "GOV")]) in organ_sides(text, "REQUEST")


def test_other_domestic_acts_keep_their_sectors():
    found = organ_sides("Chilean police arrested dozens of opposition protesters in Santiago.", "COERCE")
    assert found == [([("CHL", "COP")], [("CHL", "OPP")])]
