"""State-owned and national champion companies act for their state in the business sector (BUS), in both
languages; state corporations (Rosatom) in the government's."""
from datetime import date

import pytest

from readout.api import extract_text


@pytest.mark.parametrize("text, expected", [
    ("Gazprom accused Norway of violating the agreement.", [("RUS", "BUS")]),
    ("Saudi Aramco condemned Norway on Monday.", [("SAU", "BUS")]),
    ("Petrobras accused Norway of violating the agreement.", [("BRA", "BUS")]),
    ("Rosatom accused Norway of violating the agreement.", [("RUS", "GOV")]),
    ("가스프롬은 노르웨이를 강하게 비난했다.", [("RUS", "BUS")]),
    ("화웨이는 노르웨이를 강하게 비난했다.", [("CHN", "BUS")]),
])
def test_state_companies(text, expected):
    events = extract_text(text, published=date(2024, 5, 22)).events
    assert sorted({(p.country, p.sector) for e in events for p in e.participants}) == expected
