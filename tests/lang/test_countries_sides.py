"""Sides named without a country word: 'the <surname> administration' of a head of the world table or of
persons.yaml on any day; peoples of one state ('Abkhaz separatists'); a region that names armed groups
('Niger Delta militants', never Niger); a country form before a river, delta or valley is no state."""
from datetime import date

import pytest

from readout.api import extract_text


def acting(text: str) -> list[str]:
    events = extract_text(text, published=date(2024, 5, 22)).events
    return sorted({p.country for e in events for p in e.participants if p.country})


@pytest.mark.parametrize("text, expected", [
    ("The Bush administration condemned Norway on Monday.", ["USA"]),
    ("The Trump administration accused Norway of violating the agreement.", ["USA"]),
    ("The Assad regime condemned Norway on Monday.", ["SYR"]),
    ("The Smith administration condemned Norway on Monday.", []),  # no head of that surname
    ("Abkhaz separatists accused Norway of violating the agreement.", ["GEO"]),
    ("Transnistrian separatists condemned Norway on Monday.", ["MDA"]),
    ("Acehnese rebels condemned Norway on Monday.", ["IDN"]),
    ("Niger Delta militants condemned Norway on Monday.", ["NGA"]),
    ("Niger accused Norway of violating the agreement.", ["NER"]),
])
def test_sides_without_a_country_word(text, expected):
    assert acting(text) == expected
