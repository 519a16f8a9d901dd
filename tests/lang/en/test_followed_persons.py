"""(groups53, issue 14) Armed people following a named person ('rebels loyal to General X', 'militias led by Colonel
X') are the subject, not the person's title: the walk back over the subject skips the follower phrase
(lang/en/act_sides.followed_person), so they act as the place's armed group (REB), as 'rebels loyal to Sudan's
warlord' (followed_owner) did. Our own invented people (Korean: tests/lang/ko/test_followed_rebels.py)."""
from __future__ import annotations

import pytest

ROWS = [  # (sentence, acting (state, sector), receiving (state, sector))
    ("Rebels loyal to General Oumar Sangare attacked Malian troops near Gao on Monday.",
     ("MLI", "REB"), ("MLI", "MIL")),
    ("Fighters loyal to former minister Ali Dembele attacked Malian troops near Gao on Monday.",
     ("MLI", "REB"), ("MLI", "MIL")),
    ("Militias led by Colonel Issa Kone attacked a Chadian army post near Abeche on Friday.",
     ("TCD", "REB"), ("TCD", "MIL")),
]


def sides(extract, text: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, acting, receiving", ROWS)
def test_followers_of_a_named_person_act(extract, text, acting, receiving):
    found = sides(extract, text)
    assert any(acting in a and receiving in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "Soldiers loyal to General Oumar Sangare attacked rebels near Gao on Monday.",  # a state's soldiers: no rebels acting
])
def test_no_rebels_acting_where_the_followers_are_no_armed_group(extract, text):
    assert all(("MLI", "REB") not in a for a, _r in sides(extract, text)), sides(extract, text)
