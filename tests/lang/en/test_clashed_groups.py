"""(groups53, issue 14) A clash 'with' an armed group no table lists, of the state whose forces clash with it: the
group receives the attack as that state's REB, as an object does ('fought the X Front')
(pipeline/act_recipients_own_side.own_state_group, the 'with' role of an ASSAULT). Our own invented groups and
sentences (Korean: tests/lang/ko/test_fought_sides.py)."""
from __future__ import annotations

import pytest

CLASHED = [  # (sentence, acting (state, sector), receiving (state, sector))
    ("Malian troops clashed with the Sahel Freedom Front near Kidal on Monday.", ("MLI", "MIL"), ("MLI", "REB")),
    ("Chadian police clashed with the Lakeshore Defence Brigades on Friday.", ("TCD", "COP"), ("TCD", "REB")),
    ("Burkinabe soldiers fought with the Ironwood Resistance Front overnight.", ("BFA", "MIL"), ("BFA", "REB")),
]


def sides(extract, text: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, acting, receiving", CLASHED)
def test_a_clash_acts_on_the_states_group(extract, text, acting, receiving):
    found = sides(extract, text)
    assert found, text
    assert acting in found[0][0] and receiving in found[0][1], found


@pytest.mark.parametrize("text", [
    "Malian troops clashed with Nigerien troops near the border on Monday.",  # two states' forces: no rebels made
    "Malian and Nigerien troops clashed with the Sahel Freedom Front on Monday.",  # whose group: not told
])
def test_no_group_side_without_one_state(extract, text):
    assert all(("MLI", "REB") not in r for _a, r in sides(extract, text)), sides(extract, text)
