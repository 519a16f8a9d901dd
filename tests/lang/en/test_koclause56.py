"""(koclause56, issue 13: who did what to whom) English clause rows: a demand of a release owned by a possessive
('demanded their release': the owner is the one released, the captor is asked), a deed told after a first deed by
the same doer ('attacked X and then warned Y', twin of Korean 'A가 ...한 뒤 C에 경고했다'), a run of three clauses,
a doer with 'also' (the Korean additive 도 class). Every sentence is ours; the Korean twins are in
tests/lang/ko/test_koclause56.py."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import class_rows, side_rows as rows, sides_of_types

DAY = date(2025, 3, 4)


def of_types(text: str, types: set[str]) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return sides_of_types(text, DAY, types)


@pytest.mark.parametrize("text, expected", class_rows({
    "owned-release-demanded": [
        ("Kenya arrested a Ugandan activist. Uganda demanded his release.",
         rows(("COERCE", {"KEN"}, {"UGA"}), ("REQUEST", {"UGA"}, {"KEN"}))),
        ("Kenya detained two Ugandan journalists and Uganda demanded their release.",
         rows(("COERCE", {"KEN"}, {"UGA"}), ("REQUEST", {"UGA"}, {"KEN"}))),
        ("Rwanda seized a Burundian trawler. Burundi called for the trawler's release.",
         rows(("REQUEST", {"BDI"}, {"RWA"}),)),
    ],
    "release-read-already": [  # guard rows: a modifier or an 'of' phrase was read before
        ("Kenya arrested a Ugandan activist. Uganda demanded his immediate release.",
         rows(("COERCE", {"KEN"}, {"UGA"}), ("REQUEST", {"UGA"}, {"KEN"}))),
        ("Uganda demanded the release of two journalists detained by Kenya.", rows(("REQUEST", {"UGA"}, {"KEN"}))),
    ],
    "same-doer-goes-on": [
        ("Kenya criticized Uganda and then threatened Tanzania.",
         rows(("ACCUSE", {"KEN"}, {"UGA"}), ("THREATEN", {"KEN"}, {"TZA"}))),
    ],
    "joined-verb-ends-object": [
        ("Kenya attacked a Somali post and then warned Ethiopia.",
         rows(("ASSAULT", {"KEN"}, {"SOM"}), ("THREATEN", {"KEN"}, {"ETH"}))),
        ("Uganda shelled a Rwandan camp and criticized Burundi.",
         rows(("ASSAULT", {"UGA"}, {"RWA"}), ("ACCUSE", {"UGA"}, {"BDI"}))),
    ],
    "joined-objects-kept": [  # two objects of one verb stay its targets (guard row)
        ("Kenya attacked a Somali post and an Ethiopian camp.", rows(("ASSAULT", {"KEN"}, {"SOM", "ETH"}))),
    ],
    "run-of-three-clauses": [
        ("Kenya criticized Uganda, condemned Tanzania and imposed sanctions on Somalia.",
         rows(("ACCUSE", {"KEN"}, {"UGA"}), ("ACCUSE", {"KEN"}, {"TZA"}), ("SANCTION", {"KEN"}, {"SOM"}))),
    ],
    "both-sides-judged": [
        ("Kenya and Uganda clashed at the border. Tanzania criticized both sides.",
         rows(("ACCUSE", {"TZA"}, {"KEN", "UGA"}))),
        ("Kenya and Uganda clashed at the border. Tanzania condemned the two sides.",
         rows(("ACCUSE", {"TZA"}, {"KEN", "UGA"}))),
    ],
    "both-sides-asked": [  # guard rows: an appeal to both sides was read already
        ("Kenya and Uganda clashed at the border. Tanzania urged both sides to show restraint.",
         rows(("REQUEST", {"TZA"}, {"KEN", "UGA"}))),
        ("Kenya and Uganda clashed at the border. Tanzania called for restraint on both sides.",
         rows(("REQUEST", {"TZA"}, {"KEN", "UGA"}))),
    ],
    "both-sides-not-judged": [  # a negated judgement is none (guard row)
        ("Kenya and Uganda clashed at the border. Tanzania did not criticize both sides.", set()),
    ],
    "judged-meeting-told-before": [
        ("Kenya's foreign minister met Uganda's president on Monday. Tanzania criticized the meeting.",
         rows(("ACCUSE", {"TZA"}, {"KEN", "UGA"}))),
        ("Rwanda's president visited Burundi on Friday. Congo condemned the visit.",
         rows(("ACCUSE", {"COD"}, {"RWA", "BDI"}))),
        ("Kenya held talks with Uganda and Tanzania criticized the meeting.", rows(("ACCUSE", {"TZA"}, {"KEN", "UGA"}))),
    ],
    "judged-meeting-named": [  # a meeting whose parties are named after it was read already (guard rows)
        ("Tanzania criticized the meeting between Kenya and Uganda.", rows(("ACCUSE", {"TZA"}, {"KEN", "UGA"}))),
    ],
    "judged-meeting-none-told": [  # no meeting told: no one to judge (guard row)
        ("Tanzania criticized the meeting.", set()),
    ],
    "also-doer": [
        ("Ethiopia's army also shelled a Sudanese village.", rows(("ASSAULT", {"ETH"}, {"SDN"}))),
    ],
}))
def test_each_clause_keeps_its_own_sides(text, expected):
    assert of_types(text, {t for t, _a, _r in expected} or {"ACCUSE"}) == expected


@pytest.mark.parametrize("text", class_rows({
    "its-release-no-demand-of-captor": [  # 'its' is a report's or a film's release: no captor asked (guard row)
        "Uganda demanded its release before the summit.",
    ],
}))
def test_release_of_a_thing_asks_no_captor(text):
    assert of_types(text, {"REQUEST"}) == set() or all(not r for _t, _a, r in of_types(text, {"REQUEST"}))
