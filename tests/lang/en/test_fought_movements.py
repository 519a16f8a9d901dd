"""(groups53b, issue 14) (1) An unlisted group's name whose head is also a political people noun ('the X Patriotic
Movement': 'movement' is OPP in the agents table) is an armed group (REB) in an assault, either side, and stays the
opposition in any other act (lang/en/act_named_groups.fought_name_words, read by act_context.with_domestic_targets
for ASSAULT only). (2) A capitalized word after a domestic party qualifier ('the opposition Unity Alliance party') is
a word of the party's name, no region or people before a party noun (lang/en/agents.qualified_name, read by
people_mentions and place_agents.place_agent_mentions). Our own invented names and sentences."""
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


@pytest.mark.parametrize("text, side, other", [  # the party's name after 'opposition'/'ruling' holds a region's name
    ("The Kenyan opposition Unity Alliance party accused the government of fraud on Sunday.", ("KEN", "OPP"), "SSD"),
    ("The opposition Unity party in Kenya accused the government of fraud on Sunday.", ("KEN", "OPP"), "SSD"),
    ("The Kenyan ruling Unity party accused the opposition of fraud on Sunday.", ("KEN", "PTY"), "SSD"),
])
def test_a_qualified_partys_name_names_no_region(extract, text, side, other):
    found = sided(extract, text, "ACCUSE")
    assert any(side in a for a, _r in found), found
    assert all(c != other for a, r in found for c, _s in a | r), found


@pytest.mark.parametrize("text, side", [  # a region before an agent noun with no party qualifier still reads
    ("Texas police arrested five protesters on Sunday.", ("USA", "COP")),
    ("Tigrayan opposition parties accused the Ethiopian government of fraud on Sunday.", ("ETH", "OPP")),
])
def test_a_region_before_an_agent_still_reads(extract, text, side):
    assert any(side in a for a, _r in sided(extract, text, "COERCE") + sided(extract, text, "ACCUSE"))
