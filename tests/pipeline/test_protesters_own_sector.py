"""(conflict54) People protesting whom an agent table gives a sector of their own other than the language's people
word's ('political prisoners': OPP, read as the people 'prisoners') protest their own government when the sentence
names no one else: the government receives (pipeline/act_own_government.own_government_protested), not the
protesters' own sector. A protest aimed at a named side keeps it. Our own sentences, both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of

ROWS = [  # (sentence, expected (acting, receiving) states and sectors of the PROTEST)
    ("Political prisoners in Belarus went on a hunger strike.", ("BLR", "BLR-GOV")),
    ("Political detainees in Nicaragua went on a hunger strike on Monday.", ("NIC", "NIC-GOV")),
    ("벨라루스의 정치범들이 단식 투쟁에 들어갔다.", ("BLR", "BLR-GOV")),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_protesters_protest_their_government(text, expected):
    first = first_of(events(text), type="PROTEST")
    assert {p.country for p in first.participants} == {expected[0]}
    assert {f"{r.country}-{r.sector}" for r in first.recipients} == {expected[1]}


def test_a_named_target_stays():
    found = [e for e in events("Students in Chile protested against the opposition party.") if e.type == "PROTEST"]
    assert {r.sector for r in found[0].recipients} == {"OPP"}
