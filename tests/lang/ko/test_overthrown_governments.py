"""(koacts50b, issue 14) A government overthrown, the pair's own noun its object ('기니 반군이 정부를 전복했다', as
"Guinean rebels overthrew the government"): the acting state's own government receives the coup
(lang/ko/act_armed_ousters marks the pair's noun `domestic_target`, GOV). Negative rows: another state's government
named before the noun stays the recipient; lawmakers ousting a premier is still no coup.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of

ROWS = [  # (sentence, acting (country, sector), receiving (country, sector))
    ("기니 반군이 6일 정부를 전복했다.", ("GIN", "REB"), ("GIN", "GOV")),
    ("Guinean rebels overthrew the government on Tuesday.", ("GIN", "REB"), ("GIN", "GOV")),
    ("부르키나파소 군부가 9일 정권을 전복했다.", ("BFA", "MIL"), ("BFA", "GOV")),
    ("Burkinabe soldiers overthrew the regime on Friday.", ("BFA", "MIL"), ("BFA", "GOV")),
    ("러시아가 우크라이나 정부를 전복하려 했다고 밝혔다.", ("RUS", "GOV"), ("UKR", "GOV")),
]


@pytest.mark.parametrize("sentence, acting, receiving", ROWS)
def test_overthrown_government_is_the_doers_own(sentence, acting, receiving):
    first = first_of(events(sentence), type="ASSAULT")
    assert {(p.country, p.sector) for p in first.participants} == {acting}
    assert {(r.country, r.sector) for r in first.recipients} == {receiving}


def test_lawmakers_ousting_is_no_coup():
    assert not [e for e in events("기니 의원들이 6일 총리를 축출했다.") if e.type == "ASSAULT"]
