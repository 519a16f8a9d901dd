"""(enfollow66) A country adjective that is its own plural ('Togolese', 'Lebanese', 'Swiss') heading a subject alone
names that state's people (CVL), as 'Kenyans' does: their criticism or protest of 'the government' is aimed at their
own government (act_sides.bare_invariant_demonym). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def sectors(sentence: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(r.country, r.sector) for r in e.recipients})
            for e in events(sentence) if e.type == kind]


@pytest.mark.parametrize("sentence, kind, country", [
    ("Togolese criticized the government over fuel prices.", "ACCUSE", "TGO"),
    ("Togolese protested against the government in Lome.", "PROTEST", "TGO"),
    ("Thousands of Lebanese marched against the government.", "PROTEST", "LBN"),
    ("Gabonese protested against the government on Sunday.", "PROTEST", "GAB"),
    ("Kenyans protested against the government.", "PROTEST", "KEN"),  # the plural in -s, for comparison
    ("가봉인들은 정부를 비판했다.", "ACCUSE", "GAB"),
])
def test_people_judge_their_government(sentence, kind, country):
    assert sectors(sentence, kind) == [({(country, "CVL")}, {(country, "GOV")})]


@pytest.mark.parametrize("sentence, kind, side", [
    ("The Lebanese government criticized Israel.", "ACCUSE", ({("LBN", "GOV")}, {("ISR", "GOV")})),  # a noun after it
    ("Togolese troops attacked rebels near the border.", "ASSAULT", None),  # the adjective of forces, not people
])
def test_adjective_before_a_noun_is_no_people(sentence, kind, side):
    found = sectors(sentence, kind)
    if side is not None:
        assert found == [side]
    assert all(("TGO", "CVL") not in actors for actors, _ in found)
