"""(enacts55, issue 15) A protest named inside a measure against protests is no protest ('lifted its ban on
protests', 'banned rallies'): the measure's act stays, the PROTEST goes (lang/en/act_measured_protests). Korean reads
the compound '시위 금지령' as one measure already. Guard rows: protests held against a ban stay protests. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

ROWS = [  # (sentence, the types expected among the events, whether a PROTEST is expected)
    ("Kenya lifted its ban on protests.", {"CONCEDE"}, False),
    ("Uganda eased restrictions on opposition rallies.", {"CONCEDE"}, False),
    ("Kenya banned protests in Nairobi.", {"COERCE"}, False),
    ("케냐는 시위 금지령을 해제했다.", {"CONCEDE"}, False),
    ("Thousands of Kenyans protested in Nairobi despite a ban on rallies.", {"PROTEST"}, True),
    ("Kenyan students held protests in Nairobi against the ban on rallies.", {"PROTEST"}, True),
]


@pytest.mark.parametrize("text, kinds, protest", ROWS)
def test_measured_protests(text, kinds, protest):
    found = {e.type for e in events(text)}
    assert kinds <= found, found
    assert ("PROTEST" in found) == protest, found
