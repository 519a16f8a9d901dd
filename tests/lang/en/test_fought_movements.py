"""(groups53b, issue 14) An unlisted group's name whose head is also a political people noun ('the X Patriotic
Movement': 'movement' is OPP in the agents table) is an armed group (REB) in an assault, either side, and stays the
opposition in any other act (lang/en/act_named_groups.fought_name_words, read by act_context.with_domestic_targets
for ASSAULT only). Our own invented names and sentences."""
from __future__ import annotations

import pytest


def sided(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, acting, receiving", [
    ("Chadian soldiers fought the Lakeshore Patriotic Movement near Bol on Sunday.", ("TCD", "MIL"), ("TCD", "REB")),
    ("The Lakeshore Patriotic Movement attacked Chadian soldiers near Bol on Sunday.", ("TCD", "REB"), ("TCD", "MIL")),
    ("Burkinabe troops fought the Red Valley Movement on Tuesday.", ("BFA", "MIL"), ("BFA", "REB")),
])
def test_a_fighting_movement_is_an_armed_group(extract, text, acting, receiving):
    found = sided(extract, text, "ASSAULT")
    assert any(acting in a and receiving in r for a, r in found), found


@pytest.mark.parametrize("text, kind, side", [
    ("The Lakeshore Patriotic Movement accused the Chadian government of fraud on Sunday.", "ACCUSE", ("TCD", "OPP")),
    ("Chadian police arrested members of the Lakeshore Patriotic Movement on Sunday.", "COERCE", ("TCD", "OPP")),
])
def test_a_movement_outside_a_fight_stays_the_opposition(extract, text, kind, side):
    found = sided(extract, text, kind)
    assert any(side in a | r for a, r in found), found
    assert all(s != "REB" for a, r in found for _c, s in a | r), found
